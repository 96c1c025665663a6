package dev.crosswalk.reason;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.SharedCrosswalk;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.lookup.Chain;
import dev.crosswalk.lookup.ChainStep;
import dev.crosswalk.lookup.Explanation;
import dev.crosswalk.lookup.InferredEdge;
import dev.crosswalk.mapping.Relation;
import java.util.List;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chaining rules on the real mapping sets: hub equalities, bounds, weakest links, derivations. */
class ChainingTest {
    private static Crosswalk cw;

    @BeforeAll
    static void load() {
        cw = SharedCrosswalk.get();
    }

    private static long count(String where) {
        String q = "PREFIX cw: <https://w3id.org/crosswalk/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                + "SELECT (COUNT(*) AS ?n) { " + where + " }";
        return Txn.calculateRead(cw.referenceDataset(), () -> Long.parseLong(QueryExec.dataset(cw.referenceDataset())
                .query(q).select().next().get("n").getLiteralLexicalForm()));
    }

    @Test
    void clausesEqualToTheSameHubClauseAreInferredEqualAcrossStandards() {
        Provision iso42001 = cw.catalog().require("iso42001:7.2");
        Provision iso27001 = cw.catalog().require("iso27001:7.2");
        Explanation e = cw.explainer().explain(iso42001, iso27001);
        assertThat(e.related()).isTrue();
        Chain best = e.chains().get(0);
        assertThat(best.relation()).isEqualTo(Relation.EQUAL);
        assertThat(best.steps()).extracting(ChainStep::to).containsExactly("harmonized-structure:7.2", "iso27001:7.2");
        assertThat(best.steps().get(1).reversed()).isTrue();
    }

    @Test
    void aClauseThatAddsToTheHubIsASupersetOfItsPeers() {
        // 42001 4.1 adds AI-specific context to the HS text; 27001 4.1 is the HS text itself.
        List<InferredEdge> rows = cw.explainer().inferred(cw.catalog().require("iso42001:4.1"), "iso27001", 1, List.of());
        List<InferredEdge> toPeer = rows.stream().filter(r -> r.to().equals("iso27001:4.1")).toList();
        assertThat(toPeer).hasSize(1);
        assertThat(toPeer.get(0).relation()).as("superset-of the HS clause, which is equal to its peer").isEqualTo(Relation.SUPERSET_OF);
    }

    @Test
    void inferredStrengthIsTheWeakestStepAndConfidenceTheLeastCertain() {
        for (String ref : List.of("iso42001:7.2", "iso42001:9.2.2", "iso27001:10.2")) {
            Provision p = cw.catalog().require(ref);
            List<InferredEdge> edges = cw.explainer().inferred(p, null, 1, List.of());
            assertThat(edges).as(ref + " has chained mappings").isNotEmpty();
            for (InferredEdge edge : edges) {
                Chain c = edge.bestChain();
                assertThat(c.strength()).isEqualTo(c.steps().stream().mapToInt(ChainStep::strength).min().orElseThrow());
                assertThat(c.confidence()).isEqualTo(c.steps().stream().mapToDouble(ChainStep::confidence).min().orElseThrow());
                assertThat(c.depth()).isBetween(2, 3);
                assertThat(c.steps().get(0).from()).isEqualTo(ref);
            }
        }
    }

    @Test
    void chainsAreBoundedNeverReflexiveNeverInsideOneFrameworkAndFullyDerived() {
        String inferred = "GRAPH <" + GraphNames.INFERRED + "> { ?m a cw:InferredMapping ";
        assertThat(count("?m a cw:InferredMapping")).isGreaterThan(50);
        assertThat(count(inferred + "; cw:subject ?s ; cw:object ?s } ")).isZero();
        assertThat(count("?l cw:linkDepth ?d FILTER (?d > 3)")).isZero();
        assertThat(count("?m a cw:InferredMapping ; cw:subject ?s ; cw:object ?o . ?s <http://www.w3.org/2004/02/skos/core#inScheme> ?f . ?o <http://www.w3.org/2004/02/skos/core#inScheme> ?f")).isZero();
        assertThat(count("?m a cw:InferredMapping FILTER NOT EXISTS { ?m cw:justification <https://w3id.org/semapv/vocab/MappingChaining> }")).isZero();
        assertThat(count("?m a cw:InferredMapping FILTER NOT EXISTS { ?m cw:confidence ?c }")).isZero();
        // a chain of depth d is derived from exactly d asserted mappings (no mapping used twice)
        assertThat(count("{ SELECT ?m (COUNT(DISTINCT ?a) AS ?used) { ?m a cw:InferredMapping ; prov:wasDerivedFrom ?a . ?a a cw:Mapping } GROUP BY ?m } "
                + "?m cw:linkDepth ?d FILTER (?used != ?d)")).isZero();
        // intersects-with never chains into anything stronger
        assertThat(count("?m a cw:InferredMapping ; cw:relation ?r ; cw:prefix ?p . ?p cw:linkRelation 'intersects-with' FILTER (?r != 'intersects-with')")).isZero();
    }

    @Test
    void unrelatedProvisionsAreExplainedAsUnrelated() {
        Explanation e = cw.explainer().explain(cw.catalog().require("iso42001:7.2"), cw.catalog().require("eu-ai-act:Art. 48"));
        assertThat(e.related()).isFalse();
        assertThat(e.chains()).isEmpty();
        assertThat(e.explanation()).contains("No asserted mapping and no chain");
    }
}
