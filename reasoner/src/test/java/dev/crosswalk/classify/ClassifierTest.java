package dev.crosswalk.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.catalog.Catalog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Classification cases written from the Regulation's text (Art. 4, 5, 6, 16, 22–27, 49, 50,
 * 52–55, 86, 113) and the amending act's dates, not from the implementation.
 */
class ClassifierTest {
    private static Classifier classifier;

    @BeforeAll
    static void load() {
        Catalog catalog = dev.crosswalk.SharedCrosswalk.get().catalog();
        classifier = new Classifier(catalog, Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC));
    }

    /** A request with only the named fields set. */
    static AiSystem sys(String role, Map<String, Object> f) {
        return new AiSystem("s", null, role, (String) f.get("annexIII"), (Boolean) f.get("annexI"),
                (String) f.get("section"), (String) f.get("practice"), cast(f.get("conditions")), (Boolean) f.get("profiling"),
                (Boolean) f.get("publicAuthority"), (Boolean) f.get("publicService"), (Boolean) f.get("interacts"),
                (Boolean) f.get("synthetic"), (Boolean) f.get("emotion"), (Boolean) f.get("biometricCat"),
                (Boolean) f.get("deepFake"), (Boolean) f.get("gpai"), (Boolean) f.get("systemic"),
                (String) f.get("asOf"), (String) f.get("timeline"), (Boolean) f.get("ownName"), (Boolean) f.get("modified"),
                (Boolean) f.get("purposeChanged"), (Boolean) f.get("excluded"), (Boolean) f.get("integratesGpai"),
                (Boolean) f.get("openSource"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> cast(Object o) {
        return (List<String>) o;
    }

    private static List<String> refs(Classification c) {
        return c.obligations().stream().map(Obligation::provision).toList();
    }

    private static Obligation obligation(Classification c, String ref) {
        return c.obligations().stream().filter(o -> o.provision().equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError(ref + " not in " + refs(c)));
    }

    // --- Art. 6(2) and Annex III: every area makes a system high-risk -----------------------------

    @ParameterizedTest(name = "Annex III {0} is high-risk for its provider")
    @ValueSource(strings = {"1(a)", "2", "3(b)", "4(a)", "5(b)", "6(a)", "7(c)", "8(a)"})
    void everyAnnexIIIAreaIsHighRisk(String point) {
        Classification c = classifier.classify(sys("provider", Map.of("annexIII", point)));
        assertThat(c.riskCategory()).isEqualTo("high-risk");
        assertThat(c.basis()).contains("eu-ai-act:Annex III " + point, "eu-ai-act:Art. 6(2)");
        assertThat(refs(c)).contains("eu-ai-act:Art. 9", "eu-ai-act:Art. 10", "eu-ai-act:Art. 11", "eu-ai-act:Art. 12",
                "eu-ai-act:Art. 13", "eu-ai-act:Art. 14", "eu-ai-act:Art. 15", "eu-ai-act:Art. 17", "eu-ai-act:Art. 43",
                "eu-ai-act:Art. 47", "eu-ai-act:Art. 48", "eu-ai-act:Art. 49", "eu-ai-act:Art. 72", "eu-ai-act:Art. 73",
                "eu-ai-act:Art. 4");
        // Art. 49(5): critical infrastructure is registered nationally, not in the EU database
        String registration = obligation(c, "eu-ai-act:Art. 49").condition();
        if (point.equals("2")) assertThat(registration).contains("national level");
        else assertThat(registration).isNull();
    }

    @Test
    void annexISafetyComponentIsHighRiskUnderArticle6_1() {
        Classification c = classifier.classify(sys("provider", Map.of("annexI", true)));
        assertThat(c.riskCategory()).isEqualTo("high-risk");
        assertThat(c.basis()).containsExactly("eu-ai-act:Art. 6(1)");
        // Art. 49(1) registration concerns Annex III systems only
        assertThat(refs(c)).contains("eu-ai-act:Art. 43", "eu-ai-act:Art. 48").doesNotContain("eu-ai-act:Art. 49");
    }

    @Test
    void annexISectionBProductsGetOnlyArticle6_1AndTheSectoralRoute() {
        // Art. 2(2): e.g. a rail safety component (Directive (EU) 2016/797, Annex I Section B point 17)
        Classification c = classifier.classify(sys("provider", Map.of("annexI", true, "section", "B")));
        assertThat(c.riskCategory()).isEqualTo("high-risk");
        assertThat(c.basis()).containsExactly("eu-ai-act:Art. 6(1)", "eu-ai-act:Art. 2");
        assertThat(c.obligations()).isEmpty();
        // the default (amended) timeline reads Art. 2(2) as Regulation (EU) 2026/1744 rewrote it; the original the 2024 text
        assertThat(c.explanation()).anyMatch(s -> s.contains("Art. 60a") && s.contains("Art. 102–112"));
        assertThat(classifier.classify(sys("provider", Map.of("annexI", true, "section", "B", "timeline", "original"))).explanation())
                .anyMatch(s -> s.contains("Art. 102–109") && !s.contains("Art. 60a"));
        assertThatThrownBy(() -> classifier.classify(sys("provider", Map.of("annexI", true, "section", "C"))))
                .hasMessageContaining("'A' or 'B'");
        assertThatThrownBy(() -> classifier.classify(sys("provider", Map.of("section", "B"))))
                .hasMessageContaining("annexISafetyComponent");
    }

    // --- Art. 5: every prohibited practice ---------------------------------------------------------

    @ParameterizedTest(name = "Art. 5(1)({0}) is prohibited")
    @ValueSource(strings = {"a", "b", "c", "d", "e", "f", "g", "h"})
    void everyArticle5PointIsProhibited(String letter) {
        Classification c = classifier.classify(sys("deployer", Map.of("practice", letter, "annexIII", "1(a)")));
        assertThat(c.riskCategory()).isEqualTo("prohibited");
        assertThat(c.basis()).containsExactly("eu-ai-act:Art. 5(1)(" + letter + ")");
        assertThat(refs(c)).containsExactly("eu-ai-act:Art. 5(1)(" + letter + ")");
        assertThat(c.obligations().get(0).appliesFrom()).hasToString("2025-02-02");
    }

    @Test
    void theAmendedProhibitionsExistOnlyOnTheAmendedTimeline() {
        Classification original = classifier.classify(sys("provider", Map.of("practice", "bb", "timeline", "original")));
        assertThat(original.riskCategory()).isNotEqualTo("prohibited");
        assertThat(original.explanation()).anyMatch(s -> s.contains("exists only in the amended text"));
        Classification amended = classifier.classify(sys("provider", Map.of("practice", "bb", "asOf", "2026-12-01")));
        assertThat(amended.riskCategory()).isEqualTo("prohibited");
        assertThat(amended.obligations().get(0).appliesFrom()).hasToString("2026-12-02");
        assertThat(amended.obligations().get(0).inForce()).isFalse();
    }

    // --- Art. 6(3) derogation and the profiling override ----------------------------------------

    @Test
    void derogationWithoutProfilingIsNotHighRiskButMustBeDocumentedAndRegistered() {
        Classification c = classifier.classify(sys("provider", Map.of("annexIII", "4(a)", "conditions", List.of("a", "d"))));
        assertThat(c.riskCategory()).isEqualTo("not-high-risk-by-derogation");
        assertThat(c.basis()).contains("eu-ai-act:Art. 6(3)", "eu-ai-act:Art. 6(3)(a)", "eu-ai-act:Art. 6(3)(d)");
        assertThat(refs(c)).contains("eu-ai-act:Art. 6(4)", "eu-ai-act:Art. 49").doesNotContain("eu-ai-act:Art. 9", "eu-ai-act:Art. 43");
        assertThat(obligation(c, "eu-ai-act:Art. 49").because()).contains("Art. 49(2)");
    }

    @Test
    void profilingAlwaysMakesAnAnnexIIISystemHighRisk() {
        Classification c = classifier.classify(sys("provider", Map.of("annexIII", "4(a)", "conditions", List.of("a"), "profiling", true)));
        assertThat(c.riskCategory()).isEqualTo("high-risk");
        assertThat(refs(c)).contains("eu-ai-act:Art. 9").doesNotContain("eu-ai-act:Art. 6(4)");
        assertThat(c.explanation()).anyMatch(s -> s.contains("profiles natural persons"));
    }

    // --- Roles ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} of an Annex III system: {1}")
    @CsvSource({
        "provider, Art. 16",
        "deployer, Art. 26(1)",
        "importer, Art. 23",
        "distributor, Art. 24",
        "authorised-representative, Art. 22",
    })
    void everyRoleGetsItsOwnArticle(String role, String article) {
        Classification c = classifier.classify(sys(role, Map.of("annexIII", "3(a)")));
        assertThat(refs(c)).contains("eu-ai-act:" + article);
        if (!role.equals("provider")) assertThat(refs(c)).doesNotContain("eu-ai-act:Art. 16", "eu-ai-act:Art. 17");
        if (!role.equals("deployer")) assertThat(refs(c)).doesNotContain("eu-ai-act:Art. 26(1)");
    }

    @Test
    void aProductManufacturerIsTheProviderOnlyForAnnexIProducts() {
        Classification annexI = classifier.classify(sys("product-manufacturer", Map.of("annexI", true)));
        assertThat(refs(annexI)).contains("eu-ai-act:Art. 16", "eu-ai-act:Art. 43");
        assertThat(obligation(annexI, "eu-ai-act:Art. 16").because()).contains("Art. 25(3)");
        Classification annexIII = classifier.classify(sys("product-manufacturer", Map.of("annexIII", "4(a)")));
        assertThat(refs(annexIII)).doesNotContain("eu-ai-act:Art. 16");
    }

    @Test
    void aiLiteracyBindsProvidersAndDeployersOfEveryAiSystem() {
        assertThat(refs(classifier.classify(sys("provider", Map.of())))).containsExactly("eu-ai-act:Art. 4");
        assertThat(refs(classifier.classify(sys("deployer", Map.of())))).containsExactly("eu-ai-act:Art. 4");
        assertThat(refs(classifier.classify(sys("distributor", Map.of())))).isEmpty();
        assertThat(classifier.classify(sys("provider", Map.of())).riskCategory()).isEqualTo("minimal-risk");
    }

    // --- Art. 27 exactly as its scope reads ---------------------------------------------------------

    @ParameterizedTest(name = "FRIA for deployer of {0}, publicAuthority={1}, publicService={2}: {3}")
    @CsvSource({
        "5(a), true, false, true",     // body governed by public law
        "3(a), false, true, true",     // private entity providing public services
        "5(b), false, false, true",    // creditworthiness: any deployer
        "5(c), false, false, true",    // life and health insurance pricing: any deployer
        "4(a), false, false, false",   // private employer: no FRIA
        "2, true, false, false",       // critical infrastructure is excluded even for public bodies
    })
    void fundamentalRightsImpactAssessmentFollowsArticle27(String point, boolean publicAuthority, boolean publicService, boolean fria) {
        Classification c = classifier.classify(sys("deployer", Map.of("annexIII", point, "publicAuthority", publicAuthority, "publicService", publicService)));
        if (fria) assertThat(refs(c)).contains("eu-ai-act:Art. 27");
        else assertThat(refs(c)).doesNotContain("eu-ai-act:Art. 27");
    }

    @Test
    void annexIOnlySystemsNeedNoFundamentalRightsImpactAssessment() {
        Classification c = classifier.classify(sys("deployer", Map.of("annexI", true, "publicAuthority", true)));
        assertThat(refs(c)).doesNotContain("eu-ai-act:Art. 27", "eu-ai-act:Art. 86");
    }

    @Test
    void publicAuthorityDeployersRegisterTheirUseAndAffectedPersonsMayAskForExplanations() {
        Classification c = classifier.classify(sys("deployer", Map.of("annexIII", "5(a)", "publicAuthority", true)));
        assertThat(refs(c)).contains("eu-ai-act:Art. 26(8)", "eu-ai-act:Art. 49", "eu-ai-act:Art. 86");
        assertThat(obligation(c, "eu-ai-act:Art. 49").because()).contains("Art. 49(3)");
    }

    // --- Art. 50, paragraph by paragraph -----------------------------------------------------------

    @ParameterizedTest(name = "{0} with {1} → {2}")
    @CsvSource({
        "provider, interacts, Art. 50(1)",
        "provider, synthetic, Art. 50(2)",
        "deployer, emotion, Art. 50(3)",
        "deployer, biometricCat, Art. 50(3)",
        "deployer, deepFake, Art. 50(4)",
    })
    void eachTransparencyParagraphBindsItsOperator(String role, String flag, String paragraph) {
        Classification c = classifier.classify(sys(role, Map.of(flag, true)));
        assertThat(c.transparency()).containsExactly("eu-ai-act:" + paragraph);
        assertThat(c.riskCategory()).isEqualTo("limited-risk");
        assertThat(refs(c)).contains("eu-ai-act:" + paragraph, "eu-ai-act:Art. 50(5)");
    }

    @Test
    void transparencyDutiesOfTheOtherOperatorDoNotBind() {
        assertThat(classifier.classify(sys("deployer", Map.of("interacts", true))).transparency()).isEmpty();
        assertThat(classifier.classify(sys("provider", Map.of("deepFake", true))).transparency()).isEmpty();
    }

    @Test
    void transparencyAppliesOnTopOfHighRisk() {
        Classification c = classifier.classify(sys("provider", Map.of("annexIII", "4(a)", "interacts", true)));
        assertThat(c.riskCategory()).isEqualTo("high-risk");
        assertThat(c.transparency()).containsExactly("eu-ai-act:Art. 50(1)");
    }

    // --- General-purpose AI models ----------------------------------------------------------------

    @Test
    void generalPurposeModelDutiesBindTheModelProvider() {
        assertThat(refs(classifier.classify(sys("provider", Map.of("gpai", true))))).contains("eu-ai-act:Art. 53")
                .doesNotContain("eu-ai-act:Art. 55");
        assertThat(refs(classifier.classify(sys("provider", Map.of("gpai", true, "systemic", true)))))
                .contains("eu-ai-act:Art. 52", "eu-ai-act:Art. 53", "eu-ai-act:Art. 55");
        assertThat(refs(classifier.classify(sys("deployer", Map.of("gpai", true))))).doesNotContain("eu-ai-act:Art. 53");
        Obligation art53 = obligation(classifier.classify(sys("provider", Map.of("gpai", true, "asOf", "2025-08-01"))), "eu-ai-act:Art. 53");
        assertThat(art53.appliesFrom()).hasToString("2025-08-02");
        assertThat(art53.inForce()).isFalse();
    }

    // --- Dates before and after each application date (Art. 113 and the amending act) ------------

    @ParameterizedTest(name = "{0} {1} {2}: {3} applies from {4}")
    @CsvSource({
        // Annex III route: 2 Aug 2026 originally, 2 Dec 2027 as amended
        "provider, 4(a), original, Art. 9, 2026-08-02",
        "provider, 4(a), amended, Art. 9, 2027-12-02",
        "deployer, 4(a), original, Art. 26(1), 2026-08-02",
        "deployer, 4(a), amended, Art. 26(1), 2027-12-02",
        // Art. 6(1) and the corresponding obligations: 2 Aug 2027 originally, 2 Aug 2028 as amended
        "provider, annexI, original, Art. 9, 2027-08-02",
        "provider, annexI, amended, Art. 9, 2028-08-02",
        "provider, annexI, original, Art. 43, 2027-08-02",
        // Chapters I–II from 2 Feb 2025 on both timelines
        "provider, none, original, Art. 4, 2025-02-02",
        "provider, none, amended, Art. 4, 2025-02-02",
    })
    void datesComeFromArticle113(String role, String route, String timeline, String article, String date) {
        Map<String, Object> f = new java.util.HashMap<>(Map.of("timeline", timeline));
        if (route.equals("annexI")) f.put("annexI", true);
        else if (!route.equals("none")) f.put("annexIII", route);
        java.time.LocalDate from = java.time.LocalDate.parse(date);
        f.put("asOf", from.minusDays(1).toString());
        Obligation before = obligation(classifier.classify(sys(role, f)), "eu-ai-act:" + article);
        assertThat(before.appliesFrom()).isEqualTo(from);
        assertThat(before.inForce()).isFalse();
        f.put("asOf", date);
        assertThat(obligation(classifier.classify(sys(role, f)), "eu-ai-act:" + article).inForce()).isTrue();
    }

    @Test
    void transparencyAppliesFromAugust2026OnBothTimelinesWithTheAmendedGraceNoted() {
        for (String timeline : List.of("original", "amended")) {
            Obligation o = obligation(classifier.classify(sys("provider", Map.of("synthetic", true, "timeline", timeline))), "eu-ai-act:Art. 50(2)");
            assertThat(o.appliesFrom()).hasToString("2026-08-02");
        }
        Obligation amended = obligation(classifier.classify(sys("provider", Map.of("synthetic", true))), "eu-ai-act:Art. 50(2)");
        assertThat(amended.condition()).contains("2026-12-02");
    }

    @ParameterizedTest(name = "Art. 4 on the {0} timeline as of {1} is described by its {2} wording")
    @CsvSource({
        // the amended wording holds only once Regulation (EU) 2026/1744 is in force (27 Jul 2026)
        "amended, 2027-01-01, amended",
        "amended, 2026-07-27, amended",
        "amended, 2026-07-26, original",
        "original, 2027-01-01, original",
    })
    void theArticle4DutyIsDescribedInTheWordingInForce(String timeline, String asOf, String wording) {
        Obligation literacy = obligation(classifier.classify(sys("deployer", Map.of("timeline", timeline, "asOf", asOf))), "eu-ai-act:Art. 4");
        assertThat(literacy.because()).contains("Text in force on " + asOf + " (" + timeline + " timeline");
        if (wording.equals("amended")) {
            assertThat(literacy.because()).contains("support the development of AI literacy").contains("Regulation (EU) 2026/1744")
                    .contains("valid from 2026-07-27").doesNotContain("sufficient level");
        } else {
            assertThat(literacy.because()).contains("a sufficient level of AI literacy").contains("valid from 2024-08-01")
                    .doesNotContain("support the development");
        }
    }

    @Test
    void eachResultSaysWhichTimelineItUses() {
        Classification c = classifier.classify(sys("provider", Map.of()));
        assertThat(c.timeline()).isEqualTo("amended");
        // the amending act's standing comes from the catalog: corroborated by secondary sources, no longer "unverified"
        assertThat(c.timelineNote()).contains("2026/1744").contains("corroborated by secondary sources, OJ text not read")
                .contains("confidence 0.8").contains("2026-07-27").doesNotContainIgnoringCase("unverified");
        assertThat(c.asOf()).hasToString("2026-11-27");
        assertThat(classifier.classify(sys("provider", Map.of("timeline", "original"))).timelineNote()).contains("Art. 113");
    }

    // --- Bad input names the valid values ------------------------------------------------------------

    @Test
    void invalidInputsNameTheFieldAndTheValidValues() {
        assertThatThrownBy(() -> classifier.classify(sys("provider", Map.of("annexIII", "9(z)"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("9(z)").hasMessageContaining("5(b)")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("annexIII");
        assertThatThrownBy(() -> classifier.classify(sys("provider", Map.of("practice", "z"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Valid values: a, b");
        assertThatThrownBy(() -> classifier.classify(sys("user", Map.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Valid roles: provider, deployer");
        assertThatThrownBy(() -> classifier.classify(sys(null, Map.of()))).hasMessageContaining("role is required");
        assertThatThrownBy(() -> classifier.classify(sys("provider", Map.of("conditions", List.of("a")))))
                .hasMessageContaining("needs an Annex III point");
        assertThatThrownBy(() -> classifier.classify(sys("provider", Map.of("annexIII", "4(a)", "conditions", List.of("e")))))
                .hasMessageContaining("Valid values: a, b, c, d");
        assertThatThrownBy(() -> classifier.classify(sys("provider", Map.of("systemic", true)))).hasMessageContaining("generalPurposeModel");
        assertThatThrownBy(() -> classifier.classify(sys("provider", Map.of("asOf", "27/11/2026")))).hasMessageContaining("ISO date");
        assertThatThrownBy(() -> classifier.classify(sys("provider", Map.of("timeline", "future")))).hasMessageContaining("'original' or 'amended'");
    }

    @Test
    void everyObligationCarriesTitleReasonAndDate() {
        Classification c = classifier.classify(sys("provider", Map.of("annexIII", "5(b)", "interacts", true, "gpai", true)));
        Map<String, Long> dup = c.obligations().stream().collect(Collectors.groupingBy(Obligation::provision, Collectors.counting()));
        assertThat(c.obligations()).as("a high-risk provider with a chatbot and a GPAI model owes many duties").hasSizeGreaterThan(10);
        assertThat(dup.values()).allMatch(n -> n == 1);
        c.obligations().forEach(o -> {
            assertThat(o.title()).as(o.provision()).isNotBlank();
            assertThat(o.because()).as(o.provision()).isNotBlank();
            assertThat(o.appliesFrom()).as(o.provision()).isNotNull();
        });
    }
}
