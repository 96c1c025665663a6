package dev.crosswalk.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.SharedCrosswalk;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.vocab.CW;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference data exists once: the analyses, the public endpoint and the named-query runner
 * read views of the model's graphs, each view with a context of its own, and nobody can write.
 */
class ReferenceModelTest {

    @Test
    void everyViewReadsTheModelsOwnGraphsNotCopies() {
        Crosswalk cw = SharedCrosswalk.get();
        ReferenceModel model = cw.model();
        String name = GraphNames.CATALOG_PREFIX + "iso42001";
        Graph own = model.graph(name).orElseThrow();
        for (DatasetGraph view : List.of(model.analysisView(), model.publicView(), cw.referenceDataset(), cw.publicDataset())) {
            assertThat(base(view.getGraph(NodeFactory.createURI(name)))).as("a view hands out the model's graph itself").isSameAs(base(own));
        }
        assertThat(base(cw.referenceDataset().getDefaultGraph())).as("the analyses' default graph is the model's union")
                .isSameAs(base(model.union()));
        assertThat(base(model.publicView().getDefaultGraph())).isSameAs(base(model.asserted()));
    }

    @Test
    void theAssertedDefaultGraphIsExactlyTheAssertedGraphsTogether() {
        ReferenceModel model = SharedCrosswalk.get().model();
        java.util.Set<Triple> expected = new java.util.HashSet<>();
        List<String> assertedNames = model.graphs().keySet().stream().filter(ReferenceModel::isAsserted).toList();
        assertThat(assertedNames).as("catalogs, mappings and the rest").hasSizeGreaterThan(5);
        assertThat(model.graphs().keySet()).as("some graphs stay out of the default graph").hasSizeGreaterThan(assertedNames.size());
        assertedNames.forEach(n -> model.graph(n).orElseThrow().find().forEachRemaining(expected::add));
        java.util.Set<Triple> actual = new java.util.HashSet<>(model.asserted().find().toList());
        assertThat(actual).hasSize(expected.size()).isEqualTo(expected);
        assertThat(model.asserted().size()).as("no triple twice").isEqualTo(expected.size());
    }

    @Test
    void theUnionHoldsInferencesAndShapesTheAssertedDefaultGraphNeither() {
        ReferenceModel model = SharedCrosswalk.get().model();
        Node inferredMapping = CW.node("InferredMapping");
        assertThat(model.union().contains(Node.ANY, RDF.type.asNode(), inferredMapping)).isTrue();
        assertThat(model.asserted().contains(Node.ANY, RDF.type.asNode(), inferredMapping)).isFalse();
        Node nodeShape = NodeFactory.createURI("http://www.w3.org/ns/shacl#NodeShape");
        assertThat(model.union().contains(Node.ANY, RDF.type.asNode(), nodeShape)).isTrue();
        assertThat(model.asserted().contains(Node.ANY, RDF.type.asNode(), nodeShape)).isFalse();
        long inferred = model.graph(GraphNames.INFERRED).orElseThrow().find(Node.ANY, RDF.type.asNode(), inferredMapping).toList().size();
        assertThat(inferred).isGreaterThan(10);
        assertThat(count(model.analysisView(), "SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a <" + CW.NS + "InferredMapping> }"))
                .as("the analyses' view sees every inference once").isEqualTo(inferred);
    }

    @Test
    void eachViewHasAContextOfItsOwn() {
        ReferenceModel model = SharedCrosswalk.get().model();
        DatasetGraph one = model.publicView();
        DatasetGraph other = model.publicView();
        one.getContext().set(ARQ.queryTimeout, "1000");
        assertThat(other.getContext().isDefined(ARQ.queryTimeout)).isFalse();
        assertThat(model.analysisView().getContext().isDefined(ARQ.queryTimeout)).isFalse();
    }

    @Test
    void aGraphTheModelLacksReadsAsEmptyInsideAReadTransaction() {
        DatasetGraph view = SharedCrosswalk.get().model().publicView();
        long rows = Txn.calculateRead(view, () -> {
            try (QueryExec exec = QueryExec.dataset(view)
                    .query("SELECT * FROM NAMED <https://w3id.org/crosswalk/org/acme/profile> { GRAPH ?g { ?s ?p ?o } }").build()) {
                return (long) exec.select().materialize().rewindable().size();
            }
        });
        assertThat(rows).isZero();
        assertThat(view.getGraph(NodeFactory.createURI("urn:none")).isEmpty()).isTrue();
        assertThat(view.containsGraph(NodeFactory.createURI("urn:none"))).as("reading it created nothing").isFalse();
    }

    @Test
    void nothingCanWriteToTheModel() {
        ReferenceModel model = SharedCrosswalk.get().model();
        Triple t = Triple.create(NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o"));
        assertThatThrownBy(() -> model.graphs().values().iterator().next().add(t)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> model.union().add(t)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> model.publicView().add(NodeFactory.createURI("urn:g"), t.getSubject(), t.getPredicate(), t.getObject()))
                .isInstanceOf(RuntimeException.class);
        assertThat(model.union().contains(t)).isFalse();
    }

    @Test
    void theCatalogAloneRunsNoInference(@TempDir Path root) throws IOException {
        DataSource fixture = fixture(root);
        List<ReferencePipeline.Step> steps = new ArrayList<>();
        Catalog catalog = ReferencePipeline.of(fixture).observing((step, ms) -> steps.add(step)).catalog();
        assertThat(steps).containsExactly(ReferencePipeline.Step.SOURCES, ReferencePipeline.Step.ASSEMBLY, ReferencePipeline.Step.VALIDATION);
        assertThat(catalog.size()).isPositive().isEqualTo(ReferencePipeline.of(fixture).run().catalog().size());
    }

    @Test
    void aFullRunTakesEveryStepAndCachedInferencesSkipValidationAndInference(@TempDir Path root) throws IOException {
        DataSource fixture = fixture(root);
        List<ReferencePipeline.Step> steps = new ArrayList<>();
        ReferenceModel model = ReferencePipeline.of(fixture).observing((step, ms) -> steps.add(step)).run();
        assertThat(steps).containsExactly(ReferencePipeline.Step.values());
        assertThat(model.timings().reused()).isFalse();
        assertThat(model.graph(GraphNames.INFERRED)).isPresent();

        Graph cached = GraphFactory.createDefaultGraph();
        cached.add(Triple.create(NodeFactory.createURI("urn:cached"), RDF.type.asNode(), CW.node("InferredMapping")));
        List<ReferencePipeline.Step> reusing = new ArrayList<>();
        ReferenceModel again = ReferencePipeline.of(fixture)
                .reusing((hash, build) -> hash.equals(model.contentHash()) ? Optional.of(cached) : Optional.empty(), "1.0+20261206")
                .observing((step, ms) -> reusing.add(step)).run();
        assertThat(reusing).containsExactly(ReferencePipeline.Step.SOURCES, ReferencePipeline.Step.ASSEMBLY);
        assertThat(again.timings().reused()).isTrue();
        assertThat(again.graph(GraphNames.INFERRED).orElseThrow().isIsomorphicWith(cached)).isTrue();

        List<ReferencePipeline.Step> untrusted = new ArrayList<>();
        ReferencePipeline.of(fixture).reusing((hash, build) -> Optional.of(cached), "0.1.0+unknown")
                .observing((step, ms) -> untrusted.add(step)).run();
        assertThat(untrusted).as("a build without an id is never trusted").contains(ReferencePipeline.Step.INFERENCE);
    }

    /** A small data folder: the ontology, the catalog shapes, one valid catalog and the packaged rules. */
    private static DataSource fixture(Path root) throws IOException {
        DataSource packaged = DataSource.classpath();
        Files.createDirectories(root.resolve("ontology/catalogs"));
        Files.createDirectories(root.resolve("ontology/shapes"));
        Files.createDirectories(root.resolve("rules"));
        Files.write(root.resolve("ontology/crosswalk.ttl"), packaged.read("ontology/crosswalk.ttl"));
        Files.write(root.resolve("ontology/shapes/catalog.shacl.ttl"), packaged.read("ontology/shapes/catalog.shacl.ttl"));
        Files.write(root.resolve("rules/chaining.rules"), packaged.read("rules/chaining.rules"));
        try (var in = ReferenceModelTest.class.getClassLoader().getResourceAsStream("integrity/valid.ttl")) {
            Files.write(root.resolve("ontology/catalogs/fixture.ttl"), in.readAllBytes());
        }
        return DataSource.directory(root);
    }

    /** The graph under any read-only wrappers. */
    private static Graph base(Graph g) {
        while (g instanceof org.apache.jena.graph.impl.WrappedGraph w) g = w.getWrapped();
        return g;
    }

    private static long count(DatasetGraph ds, String query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExec exec = QueryExec.dataset(ds).query(query).build()) {
                return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
            }
        });
    }
}
