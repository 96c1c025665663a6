package dev.crosswalk.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.kb.GraphNames;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing into TDB2: a restart over an existing store changes nothing; the public view hides other graphs. */
class ReferenceStoreTest {

    @Test
    void restartOverAnExistingStoreDoesNotDuplicateAnything(@TempDir Path dir) {
        Map<String, Long> first;
        org.apache.jena.graph.Graph inferred;
        try (Crosswalk cw = Crosswalk.open(dir)) {
            assertThat(cw.startup().published()).isTrue();
            assertThat(cw.startup().reusedValidation()).isFalse();
            first = cw.store().tripleCounts();
            inferred = cw.referenceData().graphs().get(GraphNames.INFERRED);
            // a real restart: drop the database this JVM keeps, so the next open reads what is on disk (test-only internal API)
            org.apache.jena.tdb2.sys.TDBInternal.expel(cw.store().dataset());
        }
        try (Crosswalk cw = Crosswalk.open(dir)) {
            assertThat(cw.startup().published()).as("same content: nothing rewritten").isFalse();
            assertThat(cw.startup().reusedValidation()).as("same content, same build: validation and inference reused").isTrue();
            assertThat(cw.store().tripleCounts()).isEqualTo(first);
            assertThat(cw.referenceData().graphs().get(GraphNames.INFERRED).isIsomorphicWith(inferred)).isTrue();
        }
        assertThat(first.get("default")).isGreaterThan(5_000L);
        assertThat(first).containsKeys(GraphNames.ONTOLOGY, GraphNames.CATALOG_PREFIX + "iso42001",
                GraphNames.CATALOG_PREFIX + "eu-ai-act", GraphNames.SHAPES_PREFIX + "catalog", GraphNames.META);
    }

    @Test
    void inferencesLiveInTheirOwnGraphNotInTheAssertedDefaultGraph() {
        try (Crosswalk cw = Crosswalk.inMemory()) {
            DatasetGraph ds = cw.store().dataset();
            String ask = "ASK { ?m a <https://w3id.org/crosswalk/ontology#InferredMapping> }";
            String askNamed = "ASK { GRAPH <" + GraphNames.INFERRED + "> { ?m a <https://w3id.org/crosswalk/ontology#InferredMapping> } }";
            assertThat(Txn.calculateRead(ds, () -> QueryExec.dataset(ds).query(ask).ask())).isFalse();
            assertThat(Txn.calculateRead(ds, () -> QueryExec.dataset(ds).query(askNamed).ask())).isTrue();
        }
    }

    @Test
    void publicDatasetNeverShowsANonReferenceGraph() {
        try (Crosswalk cw = Crosswalk.inMemory()) {
            DatasetGraph base = cw.store().dataset();
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
