package dev.crosswalk.presumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.SharedCrosswalk;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.catalog.UnknownReferenceException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Presumption of conformity as Art. 40(1), 41(3), 42(1) and 42(2) read: an OJ reference, a covered
 * requirement, and a requirement inside the article's scope — all three, or no presumption.
 */
class PresumptionTest {
    private static Crosswalk cw;
    /** Art. 40(1)/41(3): Chapter III Section 2 (Art. 8–15) and Chapter V Sections 2–3 (Art. 53–55). */
    private static final Set<String> ART_40_SCOPE = Set.of("Art. 8", "Art. 9", "Art. 10", "Art. 11", "Art. 12",
            "Art. 13", "Art. 14", "Art. 15", "Art. 53", "Art. 54", "Art. 55");

    @BeforeAll
    static void load() {
        cw = SharedCrosswalk.get();
    }

    private static boolean inArt40Scope(String ref) {
        Provision p = cw.catalog().require(ref);
        while (p.parentIri() != null) p = cw.catalog().provisionByIri(p.parentIri()).orElseThrow();
        return ART_40_SCOPE.contains(p.notation());
    }

    @Test
    void iso42001GivesSupportingEvidenceButNoLegalPresumption() {
        Presumption p = cw.presumptions().evaluate("iso42001", false);
        assertThat(p.cited()).isFalse();
        assertThat(p.hypothetical()).isFalse();
        assertThat(p.presumedConformity()).isEmpty();
        assertThat(p.supportingEvidence()).contains("eu-ai-act:Art. 9", "eu-ai-act:Art. 17");
        assertThat(p.basis()).contains("eu-ai-act:Art. 40");
        assertThat(p.explanation()).contains("Supporting evidence, no legal presumption").contains("Art. 40(1)")
                .contains("Official Journal").contains("No OJ citation exists");
    }

    @Test
    void supportingEvidenceFollowsTheCoverageRule() {
        Presumption p = cw.presumptions().evaluate("iso42001", false);
        // the set says nothing in ISO 42001 registers a system; A.8.5's weak row to Art. 49 is related evidence only
        assertThat(p.supportingEvidence()).doesNotContain("eu-ai-act:Art. 49");
        assertThat(p.relatedEvidence()).contains("eu-ai-act:Art. 49").doesNotContainAnyElementsOf(p.supportingEvidence());
        assertThat(p.explanation()).contains("related evidence only");
        // every supporting requirement has counting evidence from some ISO 42001 provision, every related one has none
        var rule = cw.coverageRule();
        var iso = cw.catalog().provisions("iso42001");
        assertThat(p.supportingEvidence()).isNotEmpty().allSatisfy(ref -> assertThat(iso).as(ref).anyMatch(x ->
                rule.assess(x.iri(), cw.catalog().require(ref).iri()).map(dev.crosswalk.mapping.CoverageRule.Verdict::counts).orElse(false)));
        assertThat(p.relatedEvidence()).allSatisfy(ref -> assertThat(iso).as(ref).noneMatch(x ->
                rule.assess(x.iri(), cw.catalog().require(ref).iri()).map(dev.crosswalk.mapping.CoverageRule.Verdict::counts).orElse(false)));
    }

    @Test
    void thePresumptionsQueryCoversWhatTheRuleCovers() {
        List<Instrument> direct = cw.presumptions().instruments().stream().filter(i -> i.canBeCitedAs() == null).toList();
        assertThat(direct).extracting(Instrument::id).contains("eucc", "pren-18228", "setting-data");
        for (Instrument i : direct) {
            java.util.Set<String> queried = new java.util.TreeSet<>();
            cw.queries().select("presumptions", java.util.Map.of("standard", org.apache.jena.graph.NodeFactory.createURI(i.iri())),
                    cw.referenceDataset()).forEach(b -> queried.add(cw.catalog().provisionByIri(b.get("requirement").getURI()).orElseThrow().ref()));
            assertThat(queried).as(i.id()).isEqualTo(new java.util.TreeSet<>(cw.presumptions().evaluate(i.id(), true).presumedConformity()));
        }
    }

    @Test
    void itsEuropeanAdoptionIsNotCitedEither() {
        Presumption p = cw.presumptions().evaluate("en-iso-iec-42001", false);
        assertThat(p.cited()).isFalse();
        assertThat(p.presumedConformity()).isEmpty();
        assertThat(p.explanation()).contains("not published in the Official Journal");
    }

    @Test
    void whatIfCitedIsFlaggedHypotheticalAndStaysWithinSection2() {
        Presumption p = cw.presumptions().evaluate("iso42001", true);
        assertThat(p.hypothetical()).isTrue();
        assertThat(p.evaluatedAs()).isEqualTo("en-iso-iec-42001");
        assertThat(p.explanation()).startsWith("What-if, not the law today");
        // No ISO 42001 row fully covers an AI Act requirement any more (A.9.4 only intersects with Art. 26(1), a
        // deployer duty outside Section 2 anyway): even cited, the standard presumes nothing, though Art. 26(1) is supported.
        assertThat(inArt40Scope("eu-ai-act:Art. 26(1)")).isFalse();
        assertThat(p.supportingEvidence()).contains("eu-ai-act:Art. 26(1)");
        assertThat(p.presumedConformity()).isEmpty();
    }

    @Test
    void aCitedRiskManagementStandardWouldPresumeArticle9Only() {
        assertThat(cw.presumptions().evaluate("pren-18228", false).presumedConformity()).isEmpty();
        Presumption whatIf = cw.presumptions().evaluate("pren-18228", true);
        assertThat(whatIf.presumedConformity()).containsExactly("eu-ai-act:Art. 9");
        assertThat(whatIf.hypothetical()).isTrue();
    }

    @Test
    void aQualityManagementStandardGivesNoArticle40PresumptionEvenIfCited() {
        // Art. 17 (quality management) is in Section 3, outside Art. 40(1)'s Section 2 scope.
        Presumption p = cw.presumptions().evaluate("pren-18286", true);
        assertThat(p.presumedConformity()).isEmpty();
        assertThat(p.explanation()).contains("outside that scope");
    }

    @Test
    void aCybersecurityActCertificatePresumesOnlyArticle15() {
        Presumption p = cw.presumptions().evaluate("eucc", false);
        assertThat(p.cited()).isTrue();
        assertThat(p.presumedConformity()).containsExactly("eu-ai-act:Art. 15");
        assertThat(p.basis()).containsExactly("eu-ai-act:Art. 42");
        assertThat(p.explanation()).contains("Art. 42(2)");
    }

    @Test
    void iso27001IsNotACybersecurityActScheme() {
        Presumption p = cw.presumptions().evaluate("iso27001", false);
        assertThat(p.presumedConformity()).isEmpty();
        assertThat(p.explanation()).contains("Art. 42(2)");
        assertThat(p.supportingEvidence()).contains("eu-ai-act:Art. 15");
    }

    @Test
    void dataReflectingTheSettingPresumesArticle10() {
        assertThat(cw.presumptions().evaluate("setting-data", false).presumedConformity()).containsExactly("eu-ai-act:Art. 10");
    }

    @Test
    void standardsAreListedAndUnknownOnesNamed() {
        assertThat(cw.presumptions().instruments()).extracting(Instrument::id)
                .contains("iso42001", "en-iso-iec-42001", "pren-18286", "iso27001");
        assertThatThrownBy(() -> cw.presumptions().evaluate("iso9999", false))
                .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("iso9999").hasMessageContaining("iso42001");
        assertThat(List.of("iso42001", "iso27001")).allSatisfy(id ->
                assertThat(cw.presumptions().require(id).standingNote()).isNotBlank());
    }
}
