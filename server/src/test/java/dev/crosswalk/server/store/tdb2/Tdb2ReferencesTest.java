package dev.crosswalk.server.store.tdb2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.SharedCrosswalk;
import dev.crosswalk.kb.DataSource;
import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.kb.ReferencePipeline;
import dev.crosswalk.server.store.PublicationStamp;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing into TDB2: a restart over an existing store changes nothing; a new build republishes; the public view hides other graphs. */
class Tdb2ReferencesTest {
    private static final String BUILD = Crosswalk.build();

    private static ReferenceModel load(Tdb2Store store, String build) {
        return ReferencePipeline.of(DataSource.classpath()).reusing(store.references(), build).run();
    }

    private static PublicationStamp stamp(ReferenceModel model, String build) {
        return new PublicationStamp(model.contentHash(), build);
    }

    @Test
    void restartOverAnExistingStoreDoesNotDuplicateAnything(@TempDir Path dir) {
        Map<String, Long> first;
        org.apache.jena.graph.Graph inferred;
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            ReferenceModel model = load(store, BUILD);
            assertThat(model.timings().reused()).isFalse();
            assertThat(store.references().publish(model, stamp(model, BUILD))).isTrue();
            first = store.references().tripleCounts();
            inferred = model.graph(GraphNames.INFERRED).orElseThrow();
            // a real restart: drop the database this JVM keeps, so the next open reads what is on disk (test-only internal API)
            org.apache.jena.tdb2.sys.TDBInternal.expel(store.dataset());
        }
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            ReferenceModel model = load(store, BUILD);
            assertThat(store.references().publish(model, stamp(model, BUILD))).as("same content: nothing rewritten").isFalse();
            assertThat(model.timings().reused()).as("same content, same build: validation and inference reused").isTrue();
            assertThat(store.references().tripleCounts()).isEqualTo(first);
            assertThat(model.graph(GraphNames.INFERRED).orElseThrow().isIsomorphicWith(inferred)).isTrue();
        }
        assertThat(first.get("default")).isGreaterThan(5_000L);
        assertThat(first).containsKeys(GraphNames.ONTOLOGY, GraphNames.CATALOG_PREFIX + "iso42001",
                GraphNames.CATALOG_PREFIX + "eu-ai-act", GraphNames.SHAPES_PREFIX + "catalog", GraphNames.META);
    }

    @Test
    void aNewBuildOfTheCodeRepublishesAndNeverReusesOlderInferences() {
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            ReferenceModel model = SharedCrosswalk.get().model();
            assertThat(store.references().publish(model, stamp(model, BUILD))).isTrue();
            assertThat(store.references().find(model.contentHash(), BUILD)).isPresent();
            String upgraded = BUILD + "-next";
            assertThat(store.references().find(model.contentHash(), upgraded)).as("inferences of another build").isEmpty();
            assertThat(store.references().publish(model, stamp(model, upgraded))).as("same content, new build: republished").isTrue();
            assertThat(store.references().publish(model, stamp(model, upgraded))).isFalse();
            assertThat(store.references().find(model.contentHash(), "0.1.0+unknown")).as("a build without an id is never trusted").isEmpty();
        }
    }

    @Test
    void inferencesLiveInTheirOwnGraphNotInTheAssertedDefaultGraph() {
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            ReferenceModel model = SharedCrosswalk.get().model();
            store.references().publish(model, stamp(model, BUILD));
            DatasetGraph ds = store.dataset();
            String ask = "ASK { ?m a <https://w3id.org/crosswalk/ontology#InferredMapping> }";
            String askNamed = "ASK { GRAPH <" + GraphNames.INFERRED + "> { ?m a <https://w3id.org/crosswalk/ontology#InferredMapping> } }";
            assertThat(Txn.calculateRead(ds, () -> QueryExec.dataset(ds).query(ask).ask())).isFalse();
            assertThat(Txn.calculateRead(ds, () -> QueryExec.dataset(ds).query(askNamed).ask())).isTrue();
        }
    }

    @Test
    void publicDatasetNeverShowsANonReferenceGraph() {
        Crosswalk cw = SharedCrosswalk.get();
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            store.references().publish(cw.model(), stamp(cw.model(), BUILD));
            DatasetGraph base = store.dataset();
            var secret = NodeFactory.createURI("https://w3id.org/crosswalk/org/acme/profile");
            Txn.executeWrite(base, () -> base.add(new Quad(secret, NodeFactory.createURI("urn:s"),
                    NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("confidential"))));
            DatasetGraph view = cw.publicDataset();
            long hits = Txn.calculateRead(view, () -> QueryExec.dataset(view)
                    .query("SELECT * { { ?s ?p 'confidential' } UNION { GRAPH ?g { ?s ?p 'confidential' } } }")
                    .select().materialize().rewindable().size());
            assertThat(hits).isZero();
            long graphs = Txn.calculateRead(view, () -> QueryExec.dataset(view)
                    .query("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }").select().materialize().rewindable().size());
            assertThat(graphs).isGreaterThan(5);
            long visibleInBase = Txn.calculateRead(base, () -> QueryExec.dataset(base)
                    .query("SELECT * { GRAPH ?g { ?s ?p 'confidential' } }").select().materialize().rewindable().size());
            assertThat(visibleInBase).as("the secret is really in the store").isEqualTo(1);
        }
    }
}
