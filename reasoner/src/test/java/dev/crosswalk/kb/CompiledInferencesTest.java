package dev.crosswalk.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.SharedCrosswalk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;

/** The build compiles the packaged data's inferences; a start over the same sources loads them, a changed one does not. */
class CompiledInferencesTest {
    private static final String CHANGED = "ontology/catalogs/iso42001.ttl";

    @Test
    void theBuildCompiledThePackagedDataForThisBuildOfTheCode() {
        ReferenceModel full = SharedCrosswalk.get().model();
        assertThat(getClass().getClassLoader().getResource(CompiledInferences.STAMP))
                .as("process-classes writes %s (exec-maven-plugin in reasoner/pom.xml)", CompiledInferences.STAMP).isNotNull();
        Optional<Graph> compiled = CompiledInferences.packaged().find(full.contentHash(), Crosswalk.build());
        assertThat(compiled).as("compiled for content %s and build %s", full.contentHash(), Crosswalk.build()).isPresent();
        Graph inferred = full.graph(GraphNames.INFERRED).orElseThrow();
        assertThat(compiled.get().size()).isPositive().isEqualTo(inferred.size());
        assertThat(compiled.get().isIsomorphicWith(inferred)).as("the same inferences the pipeline makes now").isTrue();
        assertThat(CompiledInferences.packaged().find(full.contentHash(), "0.1.0+another-build")).as("another build").isEmpty();
    }

    @Test
    void aStartOverThePackagedDataChecksTheHashAndLoadsWithoutValidatingOrInferring() {
        List<ReferencePipeline.Step> steps = new ArrayList<>();
        ReferenceModel model = ReferencePipeline.of(DataSource.classpath()).reusing(CompiledInferences.packaged(), Crosswalk.build())
                .observing((step, ms) -> steps.add(step)).run();
        assertThat(steps).containsExactly(ReferencePipeline.Step.SOURCES, ReferencePipeline.Step.ASSEMBLY);
        assertThat(model.timings().reused()).isTrue();
        assertThat(model.tripleCounts()).isEqualTo(SharedCrosswalk.get().model().tripleCounts());
    }

    @Test
    void aChangedSourceHashesDifferentlyAndIsValidatedAndInferredAgain() {
        DataSource packaged = DataSource.classpath();
        DataSource changed = new EditedSource(packaged, CHANGED);
        List<String> asked = new ArrayList<>();
        InferenceCache compiled = CompiledInferences.packaged();
        List<ReferencePipeline.Step> steps = new ArrayList<>();
        ReferenceModel model = ReferencePipeline.of(changed).reusing((hash, build) -> {
            asked.add(hash);
            return compiled.find(hash, build);
        }, Crosswalk.build()).observing((step, ms) -> steps.add(step)).run();
        assertThat(asked).hasSize(1).doesNotContain(SharedCrosswalk.get().model().contentHash());
        assertThat(steps).containsExactly(ReferencePipeline.Step.values());
        assertThat(model.timings().reused()).isFalse();
        assertThat(model.graph(GraphNames.INFERRED).orElseThrow().size()).isEqualTo(
                SharedCrosswalk.get().model().graph(GraphNames.INFERRED).orElseThrow().size());
    }
}
