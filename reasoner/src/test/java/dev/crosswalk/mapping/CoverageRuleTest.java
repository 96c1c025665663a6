package dev.crosswalk.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.kb.DataSource;
import dev.crosswalk.lookup.Chain;
import dev.crosswalk.lookup.ChainExplainer;
import dev.crosswalk.reason.Inference;
import dev.crosswalk.kb.RuleFiles;
import dev.crosswalk.vocab.CW;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coverage rule on a small fixture (src/test/resources/coverage/fixture.ttl) chained by the real
 * chaining rules: no-relationship rows and the minimum strength turn asserted and chained evidence
 * into related evidence, and one relation order decides which evidence is shown.
 */
class CoverageRuleTest {
    private static final String FA = "https://w3id.org/crosswalk/id/fa/";
    private static final String FC = "https://w3id.org/crosswalk/id/fc/";
    private static CoverageRule rule;

    @BeforeAll
    static void load() {
        DataSource source = DataSource.classpath();
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(source.read("ontology/crosswalk.ttl"))).lang(Lang.TURTLE).parse(g);
        RDFParser.source(CoverageRuleTest.class.getResourceAsStream("/coverage/fixture.ttl")).lang(Lang.TURTLE).parse(g);
        Graph inferred = Inference.deduce(RuleFiles.load(source, "rules/chaining.rules"), g);
        inferred.find().forEach(g::add);
        rule = CoverageRule.of(g);
    }

    private static CoverageRule.Verdict verdict(String control, String requirement) {
        return rule.assess(control, requirement).orElseThrow(() -> new AssertionError("no evidence " + control + " → " + requirement));
    }

    @Test
    void aNoRelationshipRowMakesAssertedAndChainedEvidenceRelatedOnly() {
        // asserted: x2 intersects-with r1 (strength 6) although "nothing in fa meets r1"
        CoverageRule.Verdict asserted = verdict(FA + "x2", FC + "r1");
        assertThat(asserted.effect()).isEqualTo(Effect.RELATED);
        assertThat(asserted.best().inferred()).isFalse();
        assertThat(asserted.best().objections()).containsExactly(
                "mapping set fa-fc states that nothing in fa corresponds to fc:r1 (no-relationship)");
        // chained: x1 = h1 = r1 (equal, strength 9) is blocked by the same row
        CoverageRule.Verdict chained = verdict(FA + "x1", FC + "r1");
        assertThat(chained.best().inferred()).isTrue();
        assertThat(chained.best().relation()).isEqualTo(Relation.EQUAL);
        assertThat(chained.best().strength()).isEqualTo(9);
        assertThat(chained.effect()).isEqualTo(Effect.RELATED);
        assertThat(chained.best().objections()).anyMatch(o -> o.contains("nothing in fa corresponds to fc:r1"));
        // read the other way round, the same pair is just as blocked
        assertThat(verdict(FC + "r1", FA + "x1").effect()).isEqualTo(Effect.RELATED);
        // a chain through a framework that has nothing for the requirement: x7 = h3 ∩ r4, "nothing in fb corresponds to r4"
        CoverageRule.Verdict through = verdict(FA + "x7", FC + "r4");
        assertThat(through.best().inferred()).isTrue();
        assertThat(through.effect()).isEqualTo(Effect.RELATED);
        assertThat(through.best().objections()).containsExactly(
                "mapping set fc-fb states that nothing in fb corresponds to fc:r4 (no-relationship)");
    }

    @Test
    void belowTheMinimumStrengthIsRelatedEvidenceNotPartialCoverage() {
        assertThat(CoverageRule.MIN_STRENGTH).isEqualTo(4);
        CoverageRule.Verdict weak = verdict(FA + "x3", FC + "r2");
        assertThat(weak.effect()).isEqualTo(Effect.RELATED);
        assertThat(weak.best().objections()).containsExactly("strength 3 is below the minimum strength 4");
        assertThat(verdict(FA + "x4", FC + "r2").effect()).isEqualTo(Effect.PARTIAL);
        assertThat(verdict(FA + "x5", FC + "r2").effect()).isEqualTo(Effect.COVERS);
        assertThat(verdict(FC + "r2", FA + "x5").effect()).as("r2 is a subset of x5: it covers only part of x5")
                .isEqualTo(Effect.PARTIAL);
    }

    @Test
    void theEdgesTheGapShapesReadHoldOnlyCountingEvidenceFromTheControlsSide() {
        Graph edges = rule.edges();
        assertThat(edges.contains(uri(FA + "x4"), uri(Relation.INTERSECTS_WITH.predicateIri()), uri(FC + "r2"))).isTrue();
        assertThat(edges.contains(uri(FA + "x5"), uri(Relation.SUPERSET_OF.predicateIri()), uri(FC + "r2"))).isTrue();
        assertThat(edges.contains(uri(FC + "r2"), uri(Relation.SUBSET_OF.predicateIri()), uri(FA + "x5"))).isTrue();
        assertThat(edges.contains(uri(FA + "x1"), Node.ANY, uri(FC + "r1"))).isTrue();
        assertThat(edges.find(uri(FA + "x1"), Node.ANY, uri(FC + "r1")).toList()).singleElement()
                .satisfies(t -> assertThat(t.getPredicate()).isEqualTo(CoverageRule.RELATED_EVIDENCE));
        assertThat(edges.find(uri(FA + "x3"), Node.ANY, uri(FC + "r2")).toList()).singleElement()
                .satisfies(t -> assertThat(t.getPredicate()).isEqualTo(CoverageRule.RELATED_EVIDENCE));
        assertThat(edges.contains(uri(Relation.EQUAL.predicateIri()), Node.ANY, CW.node("MappingEdge"))).isTrue();
        assertThat(edges.contains(CoverageRule.RELATED_EVIDENCE, Node.ANY, CW.node("MappingEdge"))).isFalse();
        // every control toward r2, counting evidence first
        assertThat(rule.verdictsFor(FC + "r2")).extracting(CoverageRule.Verdict::control)
                .containsExactly(FA + "x5", FA + "x4", FA + "x3");
    }

    @Test
    void oneRelationOrderRanksEvidenceInGapAnalysisAndChainsInExplain() {
        List<Relation> expected = List.of(Relation.EQUAL, Relation.SUPERSET_OF, Relation.SUBSET_OF, Relation.INTERSECTS_WITH);
        assertThat(Arrays.stream(Relation.values()).filter(r -> r != Relation.NO_RELATIONSHIP).sorted(Relation.BY_COVERAGE).toList())
                .isEqualTo(expected);
        // gap analysis: x6 is asserted superset-of r3 (strength 5) and chained subset-of it (strength 9); superset-of decides
        CoverageRule.Verdict x6 = verdict(FA + "x6", FC + "r3");
        assertThat(x6.evidence()).extracting(CoverageRule.Evidence::relation).containsExactly(Relation.SUPERSET_OF, Relation.SUBSET_OF);
        assertThat(x6.best().strength()).isEqualTo(5);
        assertThat(x6.effect()).isEqualTo(Effect.COVERS);
        // explain ranks chains by the same order (strength and depth equal, so only the relation decides)
        List<Chain> chains = new ArrayList<>();
        for (Relation r : List.of(Relation.INTERSECTS_WITH, Relation.SUBSET_OF, Relation.SUPERSET_OF, Relation.EQUAL)) {
            chains.add(new Chain("urn:chain:" + r.label(), r, 5, 0.9, 2, "semapv:MappingChaining", List.of()));
        }
        chains.sort(ChainExplainer.BY_STRENGTH);
        assertThat(chains).extracting(Chain::relation).containsExactlyElementsOf(expected);
        List<CoverageRule.Evidence> evidence = new ArrayList<>();
        for (Relation r : List.of(Relation.INTERSECTS_WITH, Relation.SUBSET_OF, Relation.SUPERSET_OF, Relation.EQUAL)) {
            evidence.add(new CoverageRule.Evidence("urn:c", "urn:r", r, 5, true, "urn:chain:" + r.label(), List.of(), List.of()));
        }
        evidence.sort(CoverageRule.BEST_FIRST);
        assertThat(evidence).extracting(CoverageRule.Evidence::relation).isEqualTo(expected);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
