package dev.crosswalk.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.SharedCrosswalk;
import dev.crosswalk.vocab.CW;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The build compiles the whole packaged model; a start over the same sources loads it, changed sources or imports do not. */
class CompiledReferenceTest {
    private static final String CHANGED = "ontology/catalogs/iso27001.ttl";

    @Test
    void theCompiledModelIsTheOneThePipelineAssemblesValidatesAndInfers() {
        ReferenceModel full = SharedCrosswalk.get().model();
        Map<String, Graph> compiled = CompiledReference.packaged().find(full.contentHash(), Crosswalk.build()).orElseThrow(
                () -> new AssertionError("process-classes compiles " + CompiledReference.DATA + " for this build (reasoner/pom.xml)"));
        assertThat(full.graphs()).hasSizeGreaterThan(20).containsKey(GraphNames.INFERRED);
        assertThat(compiled.keySet()).as("every graph, in the model's order").containsExactlyElementsOf(full.graphs().keySet());
        full.graphs().forEach((name, graph) -> {
            assertThat(compiled.get(name).size()).as(name).isEqualTo(graph.size());
            assertThat(compiled.get(name).isIsomorphicWith(graph)).as(name).isTrue();
        });
        assertThat(CompiledReference.packaged().find(full.contentHash(), "0.1.0+another-build")).as("another build").isEmpty();
        assertThat(CompiledReference.packaged().find("0".repeat(64), Crosswalk.build())).as("other content").isEmpty();
    }

    @Test
    void hashingTheSourcesAloneGivesTheHashOfReadingThem() {
        DataSource packaged = DataSource.classpath();
        assertThat(SourceFiles.hash(packaged)).hasSize(64).isEqualTo(SourceFiles.read(packaged).contentHash())
                .isEqualTo(SharedCrosswalk.get().model().contentHash());
        assertThat(SourceFiles.hash(edited(packaged))).isNotEqualTo(SourceFiles.hash(packaged));
    }

    @Test
    void aStartOverThePackagedDataHashesTheSourcesAndLoadsTheCompiledModel() {
        List<ReferencePipeline.Step> steps = new ArrayList<>();
        ReferenceModel model = ReferencePipeline.of(DataSource.classpath()).loadingCompiled(CompiledReference.packaged(), Crosswalk.build())
                .observing((step, ms) -> steps.add(step)).run();
        assertThat(steps).containsExactly(ReferencePipeline.Step.SOURCES, ReferencePipeline.Step.ASSEMBLY);
        assertThat(model.timings().reused()).isTrue();
        ReferenceModel full = SharedCrosswalk.get().model();
        assertThat(model.contentHash()).isEqualTo(full.contentHash());
        assertThat(model.tripleCounts()).hasSizeGreaterThan(20).isEqualTo(full.tripleCounts());
        assertThat(model.union().isIsomorphicWith(full.union())).isTrue();
        assertThat(model.catalog().size()).isPositive().isEqualTo(full.catalog().size());
    }

    @Test
    void aChangedSourceRunsTheWholePipeline() {
        List<ReferencePipeline.Step> steps = new ArrayList<>();
        ReferenceModel model = ReferencePipeline.of(edited(DataSource.classpath()))
                .loadingCompiled(CompiledReference.packaged(), Crosswalk.build()).observing((step, ms) -> steps.add(step)).run();
        assertThat(steps).containsExactly(ReferencePipeline.Step.SOURCES, ReferencePipeline.Step.SOURCES, ReferencePipeline.Step.ASSEMBLY,
                ReferencePipeline.Step.VALIDATION, ReferencePipeline.Step.INFERENCE);
        assertThat(model.timings().reused()).isFalse();
        assertThat(model.contentHash()).isNotEqualTo(SharedCrosswalk.get().model().contentHash());
        assertThat(model.tripleCounts()).as("a comment changes no triple").isEqualTo(SharedCrosswalk.get().model().tripleCounts());
    }

    @Test
    void aChangedSourceNeverLoadsTheCompiledGraphs() {
        List<String> asked = new ArrayList<>();
        List<ReferencePipeline.Step> steps = new ArrayList<>();
        assertThatThrownBy(() -> ReferencePipeline.of(edited(DataSource.classpath()))
                .loadingCompiled(new CompiledReference(recording(asked)), Crosswalk.build())
                .observing(stopAfterAssembly(steps)).run()).hasMessage("stopped after the assembly");
        assertThat(asked).as("the stamp is read, it does not match, the graphs are not loaded").containsExactly(CompiledReference.STAMP);
        assertThat(steps).containsExactly(ReferencePipeline.Step.SOURCES, ReferencePipeline.Step.SOURCES, ReferencePipeline.Step.ASSEMBLY);
    }

    @Test
    void importedGraphsJoiningThePackagedDataNeverAskForTheCompiledModel() {
        Graph extra = GraphFactory.createDefaultGraph();
        extra.add(Triple.create(NodeFactory.createURI(CW.NS + "test-note"), RDFS.label.asNode(), NodeFactory.createLiteralString("a note")));
        SourceGraph note = new SourceGraph(GraphNames.GUIDANCE_PREFIX + "test-note", extra, "a note".getBytes(StandardCharsets.UTF_8));
        List<String> asked = new ArrayList<>();
        List<ReferencePipeline.Step> steps = new ArrayList<>();
        assertThatThrownBy(() -> ReferencePipeline.of(DataSource.classpath()).including(List.of(note))
                .loadingCompiled(new CompiledReference(recording(asked)), Crosswalk.build())
                .observing(stopAfterAssembly(steps)).run()).hasMessage("stopped after the assembly");
        assertThat(steps).as("the sources parsed and assembled as without a compiled model")
                .containsExactly(ReferencePipeline.Step.SOURCES, ReferencePipeline.Step.ASSEMBLY);
        assertThat(asked).isEmpty();
    }

    /** Records the steps, and ends the run after the assembly (validating and inferring take a minute; they are tested above). */
    private static java.util.function.BiConsumer<ReferencePipeline.Step, Long> stopAfterAssembly(List<ReferencePipeline.Step> steps) {
        return (step, ms) -> {
            steps.add(step);
            if (step == ReferencePipeline.Step.ASSEMBLY) throw new IllegalStateException("stopped after the assembly");
        };
    }

    /** The test's class loader, recording which compiled resources are asked for. */
    private static ClassLoader recording(List<String> asked) {
        ClassLoader parent = CompiledReferenceTest.class.getClassLoader();
        return new ClassLoader(parent) {
            @Override
            public java.io.InputStream getResourceAsStream(String name) {
                if (name.startsWith("crosswalk/compiled/")) asked.add(name);
                return parent.getResourceAsStream(name);
            }
        };
    }

    private static DataSource edited(DataSource packaged) {
        return new EditedSource(packaged, CHANGED);
    }
}
