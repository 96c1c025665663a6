package dev.crosswalk.classify;

import static dev.crosswalk.classify.ClassifierTest.sys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.catalog.Catalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Art. 25 cases written from the Article's text (paragraphs 1(a)–(c), 2, 3, 4 and 5), Art. 3(23) and
 * Art. 53(1)(b) with Annex XII, one per path.
 */
class ValueChainTest {
    private static Classifier classifier;

    @BeforeAll
    static void load() {
        Catalog catalog = dev.crosswalk.SharedCrosswalk.get().catalog();
        classifier = new Classifier(catalog, Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC));
    }

    private static List<String> refs(List<Obligation> list) {
        return list.stream().map(Obligation::provision).toList();
    }

    private static Obligation one(List<Obligation> list, String ref) {
        return list.stream().filter(o -> o.provision().equals(ref)).findFirst().orElseThrow(() -> new AssertionError(ref + " not in " + refs(list)));
    }

    // Art. 25(1)(a): "they put their name or trademark on a high-risk AI system already placed on the market"
    @Test
    void aDistributorRebrandingAHighRiskSystemBecomesItsProvider() {
        Classification c = classifier.classify(sys("distributor", Map.of("annexIII", "4(a)", "ownName", true)));
        assertThat(c.role()).isEqualTo("distributor");
        assertThat(c.effectiveRole()).isEqualTo("provider");
        assertThat(c.basis()).contains("eu-ai-act:Art. 25(1)(a)").doesNotContain("eu-ai-act:Art. 25(1)(b)");
        // "subject to the obligations of the provider under Article 16"
        assertThat(refs(c.obligations())).contains("eu-ai-act:Art. 16", "eu-ai-act:Art. 17", "eu-ai-act:Art. 43", "eu-ai-act:Art. 49")
                .doesNotContain("eu-ai-act:Art. 24");
        assertThat(one(c.obligations(), "eu-ai-act:Art. 16").because()).contains("Art. 25(1)(a) makes the distributor the provider");
        // the initial provider must cooperate (Art. 25(2)); the contract clause of point (a) is pointed out
        assertThat(refs(c.owedByInitialProvider())).containsExactly("eu-ai-act:Art. 25(2)");
        assertThat(c.explanation()).anyMatch(s -> s.contains("without prejudice to contracts"));
    }

    @Test
    void rebrandingASystemThatIsNotHighRiskMovesNoRole() {
        Classification c = classifier.classify(sys("distributor", Map.of("ownName", true)));
        assertThat(c.effectiveRole()).isEqualTo("distributor");
        assertThat(c.basis()).doesNotContain("eu-ai-act:Art. 25(1)(a)");
        assertThat(c.obligations()).isEmpty();
        assertThat(c.owedByInitialProvider()).isEmpty();
        assertThat(c.explanation()).anyMatch(s -> s.startsWith("Art. 25(1): (a)") && s.contains("no role moves"));
    }

    // Art. 25(1)(b) with Art. 3(23): a substantial modification of a high-risk system that "remains a high-risk AI system"
    @Test
    void aDeployerSubstantiallyModifyingAHighRiskSystemBecomesItsProvider() {
        Classification c = classifier.classify(sys("deployer", Map.of("annexIII", "5(b)", "modified", true)));
        assertThat(c.effectiveRole()).isEqualTo("provider");
        assertThat(c.riskCategory()).isEqualTo("high-risk");
        assertThat(c.basis()).contains("eu-ai-act:Art. 25(1)(b)", "eu-ai-act:Annex III 5(b)", "eu-ai-act:Art. 6(2)");
        assertThat(refs(c.obligations())).contains("eu-ai-act:Art. 16", "eu-ai-act:Art. 9", "eu-ai-act:Art. 72")
                .doesNotContain("eu-ai-act:Art. 26(1)", "eu-ai-act:Art. 27");
        assertThat(refs(c.owedByInitialProvider())).containsExactly("eu-ai-act:Art. 25(2)");
    }

    // Art. 25(1)(c): the intended purpose of a system "which has not been classified as high-risk" changes so that it
    // "becomes a high-risk AI system in accordance with Article 6" — here an assistant repurposed for recruitment (Annex III 4(a))
    @Test
    void aDeployerRepurposingASystemIntoAnAnnexIIIUseBecomesItsProvider() {
        Classification c = classifier.classify(sys("deployer", Map.of("annexIII", "4(a)", "purposeChanged", true)));
        assertThat(c.effectiveRole()).isEqualTo("provider");
        assertThat(c.basis()).contains("eu-ai-act:Art. 25(1)(c)", "eu-ai-act:Annex III 4(a)");
        assertThat(refs(c.obligations())).contains("eu-ai-act:Art. 16", "eu-ai-act:Art. 43");
        assertThat(refs(c.owedByInitialProvider())).containsExactly("eu-ai-act:Art. 25(2)");
    }

    @Test
    void aNewPurposeThatStaysOutsideHighRiskByTheDerogationMovesNoRole() {
        Classification c = classifier.classify(sys("deployer", Map.of("annexIII", "4(a)", "purposeChanged", true, "conditions", List.of("d"))));
        assertThat(c.riskCategory()).isEqualTo("not-high-risk-by-derogation");
        assertThat(c.effectiveRole()).isEqualTo("deployer");
        assertThat(c.basis()).doesNotContain("eu-ai-act:Art. 25(1)(c)");
        assertThat(refs(c.obligations())).doesNotContain("eu-ai-act:Art. 16");
    }

    // Art. 25(2): the initial provider "shall no longer be considered to be a provider of that specific AI system" and
    // "shall closely cooperate with new providers"
    @Test
    void theInitialProviderOwesCooperationOnlyAndIsNoLongerTheProvider() {
        Classification c = classifier.classify(sys("provider", Map.of("annexIII", "5(b)", "modified", true)));
        assertThat(c.role()).isEqualTo("provider");
        assertThat(c.effectiveRole()).isEqualTo("initial-provider");
        assertThat(c.basis()).contains("eu-ai-act:Art. 25(1)(b)", "eu-ai-act:Art. 25(2)");
        assertThat(refs(c.obligations())).containsExactly("eu-ai-act:Art. 25(2)");
        Obligation coop = c.obligations().get(0);
        assertThat(coop.because()).contains("conformity assessment");
        // Art. 25(5): paragraphs 2 and 3 leave IP and trade secrets protected
        assertThat(coop.condition()).contains("Art. 25(5)").contains("trade secrets");
        // Annex III route: Art. 25 applies with Art. 6(2), on the amended timeline from 2 Dec 2027 (catalog, Art. 113 as amended)
        assertThat(coop.appliesFrom()).isEqualTo(LocalDate.of(2027, 12, 2));
        assertThat(c.owedByInitialProvider()).isEmpty();
    }

    @Test
    void theCooperationDutyReadsTheWordingOfItsTimeline() {
        Obligation amended = classifier.classify(sys("provider", Map.of("annexIII", "5(b)", "modified", true))).obligations().get(0);
        Obligation original = classifier.classify(sys("provider", Map.of("annexIII", "5(b)", "modified", true, "timeline", "original")))
                .obligations().get(0);
        // the 2026 amendment spells the cooperation out (known limitations and failure modes, targeted technical access)
        assertThat(amended.because()).contains("known limitations and failure modes", "2026/1744");
        assertThat(original.because()).doesNotContain("failure modes");
        // Art. 113(c) as published: Art. 25 with the rest of Chapter III Section 3 from 2 Aug 2026
        assertThat(original.appliesFrom()).isEqualTo(LocalDate.of(2026, 8, 2));
    }

    // Art. 25(2), last sentence: no duty where the initial provider "clearly specified that its AI system is not to be
    // changed into a high-risk AI system"
    @Test
    void anInitialProviderThatExcludedHighRiskUseOwesNothing() {
        Classification provider = classifier.classify(sys("provider", Map.of("annexIII", "4(a)", "purposeChanged", true, "excluded", true)));
        assertThat(provider.effectiveRole()).isEqualTo("initial-provider");
        assertThat(provider.obligations()).isEmpty();
        assertThat(provider.explanation()).anyMatch(s -> s.startsWith("Art. 25(2), last sentence"));
        Classification deployer = classifier.classify(sys("deployer", Map.of("annexIII", "4(a)", "purposeChanged", true, "excluded", true)));
        assertThat(deployer.effectiveRole()).isEqualTo("provider");
        assertThat(deployer.owedByInitialProvider()).isEmpty();
        assertThat(refs(deployer.obligations())).contains("eu-ai-act:Art. 16");
    }

    @Test
    void aProviderWhoseSystemIsNotHighRiskStaysTheProvider() {
        Classification c = classifier.classify(sys("provider", Map.of("modified", true)));
        assertThat(c.effectiveRole()).isEqualTo("provider");
        assertThat(refs(c.obligations())).containsExactly("eu-ai-act:Art. 4");
    }

    // Art. 25(3): the manufacturer of an Annex I Section A product whose safety component is the system is its provider
    @Test
    void aProductManufacturerIsTheProviderOfTheSafetyComponentOfItsProduct() {
        Classification c = classifier.classify(sys("product-manufacturer", Map.of("annexI", true)));
        assertThat(c.effectiveRole()).isEqualTo("provider");
        assertThat(c.basis()).contains("eu-ai-act:Art. 25(3)", "eu-ai-act:Art. 6(1)");
        assertThat(refs(c.obligations())).contains("eu-ai-act:Art. 16", "eu-ai-act:Art. 43", "eu-ai-act:Art. 4");
        Classification annexIII = classifier.classify(sys("product-manufacturer", Map.of("annexIII", "4(a)")));
        assertThat(annexIII.effectiveRole()).isEqualTo("product-manufacturer");
        assertThat(annexIII.basis()).doesNotContain("eu-ai-act:Art. 25(3)");
        // Section B products: Art. 2(2) leaves only Art. 6(1), 102–112 (amended), so Art. 25(3) (Section A only) does not apply
        Classification sectionB = classifier.classify(sys("product-manufacturer", Map.of("annexI", true, "section", "B")));
        assertThat(sectionB.effectiveRole()).isEqualTo("product-manufacturer");
        assertThat(sectionB.obligations()).isEmpty();
    }

    // Art. 25(4): provider and supplier "shall, by written agreement, specify the necessary information ..."; not for
    // free and open-source tools, "other than general-purpose AI models"
    @Test
    void aSupplierOfAComponentOfAHighRiskSystemOwesAWrittenAgreement() {
        Classification c = classifier.classify(sys("supplier", Map.of("annexIII", "4(a)")));
        assertThat(c.effectiveRole()).isEqualTo("supplier");
        assertThat(refs(c.obligations())).containsExactly("eu-ai-act:Art. 25(4)");
        assertThat(one(c.obligations(), "eu-ai-act:Art. 25(4)").appliesFrom()).isEqualTo(LocalDate.of(2027, 12, 2));
        assertThat(classifier.classify(sys("supplier", Map.of("annexIII", "4(a)", "openSource", true))).obligations()).isEmpty();
        assertThat(refs(classifier.classify(sys("supplier", Map.of("annexIII", "4(a)", "openSource", true, "gpai", true))).obligations()))
                .contains("eu-ai-act:Art. 25(4)", "eu-ai-act:Art. 53");
        assertThat(classifier.classify(sys("supplier", Map.of())).obligations()).isEmpty();
    }

    // Art. 53(1)(b) and Annex XII: what the provider of an integrated general-purpose AI model must give downstream providers
    @Test
    void aDownstreamProviderGetsTheInformationItMayDemandListed() {
        Classification c = classifier.classify(sys("provider", Map.of("integratesGpai", true, "interacts", true)));
        assertThat(c.basis()).contains("eu-ai-act:Art. 53(1)(b)");
        assertThat(c.informationToDemand()).hasSize(12)
                .anyMatch(s -> s.startsWith("Art. 53(1)(b)(i)"))
                .anyMatch(s -> s.startsWith("Annex XII 1(h)"))
                .anyMatch(s -> s.startsWith("Annex XII 2(c)"));
        // not high-risk: no Art. 25(4) agreement
        assertThat(refs(c.obligations())).doesNotContain("eu-ai-act:Art. 25(4)", "eu-ai-act:Art. 53");
        Classification highRisk = classifier.classify(sys("provider", Map.of("integratesGpai", true, "annexIII", "4(a)")));
        assertThat(refs(highRisk.obligations())).contains("eu-ai-act:Art. 25(4)", "eu-ai-act:Art. 16");
        assertThat(classifier.classify(sys("deployer", Map.of("integratesGpai", true))).informationToDemand()).isEmpty();
    }

    @Test
    void contradictoryValueChainFactsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> classifier.classify(sys("deployer", Map.of("annexIII", "4(a)", "purposeChanged", true, "modified", true))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("changedIntendedPurpose");
        assertThatThrownBy(() -> classifier.classify(sys("deployer", Map.of("purposeChanged", true))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("annexIII");
        assertThatThrownBy(() -> classifier.classify(sys("provider", Map.of("annexIII", "4(a)", "modified", true, "excluded", true))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("excludedHighRiskUse");
        assertThatThrownBy(() -> classifier.classify(sys("deployer", Map.of("openSource", true))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("openSourceLicence");
        assertThatThrownBy(() -> classifier.classify(sys("provider", Map.of("gpai", true, "integratesGpai", true))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("integratesGeneralPurposeModel");
    }
}
