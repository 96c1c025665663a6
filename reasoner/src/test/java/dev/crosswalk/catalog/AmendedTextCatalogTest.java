package dev.crosswalk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The 2026 amending act as data: its standing, the wordings it replaced, and the provisions it added or deleted. */
class AmendedTextCatalogTest {
    private static final String ACT = "https://w3id.org/crosswalk/id/eu-ai-act/amendment/2026-1744";
    private static final String STANDING = "corroborated by secondary sources, OJ text not read";
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = dev.crosswalk.SharedCrosswalk.get().catalog();
    }

    @Test
    void theAmendingActCarriesItsDatesSourceAndStanding() {
        AmendingAct act = catalog.amendingAct(ACT).orElseThrow();
        assertThat(act.identifier()).isEqualTo("Regulation (EU) 2026/1744");
        assertThat(act.timeline()).isEqualTo("amended");
        assertThat(act.adopted()).isEqualTo(LocalDate.of(2026, 7, 8));
        assertThat(act.publishedInOj()).isEqualTo(LocalDate.of(2026, 7, 24));
        assertThat(act.entryIntoForce()).isEqualTo(LocalDate.of(2026, 7, 27));
        assertThat(act.standing()).isEqualTo(STANDING);
        assertThat(act.confidence()).isEqualTo(0.8);
        assertThat(act.source()).isEqualTo("http://data.europa.eu/eli/reg/2026/1744/oj");
        assertThat(act.secondarySources()).hasSize(2);
        assertThat(catalog.amendingActOn("amended")).contains(act);
        assertThat(catalog.amendingActOn("original")).isEmpty();
    }

    @Test
    void noAmendedTimelineStatementCallsTheActUnverifiedOrHalfCertain() {
        List<Provision> eu = catalog.provisions("eu-ai-act");
        List<Application> amended = eu.stream().flatMap(p -> p.applications().stream())
                .filter(a -> a.timeline().equals("amended")).toList();
        assertThat(amended).hasSizeGreaterThan(120);
        assertThat(amended).allSatisfy(a -> {
            assertThat(a.confidence()).isGreaterThanOrEqualTo(0.7);
            assertThat(a.note()).doesNotContainIgnoringCase("unverified").contains(STANDING);
        });
        // the act's own date changes are the corroborated content: 0.8
        assertThat(catalog.require("eu-ai-act:Art. 9").applications()).filteredOn(a -> a.timeline().equals("amended"))
                .isNotEmpty().allSatisfy(a -> assertThat(a.confidence()).isEqualTo(0.8));
        Stream<String> notes = Stream.concat(eu.stream().flatMap(p -> p.notes().stream()),
                catalog.amendingAct(ACT).orElseThrow().notes().stream());
        assertThat(notes.filter(n -> n.contains("2026/1744"))).isNotEmpty().noneMatch(n -> n.toLowerCase().contains("unverified"));
    }

    @Test
    void article4HasADatedWordingPerTimeline() {
        Provision art4 = catalog.require("eu-ai-act:Art. 4");
        assertThat(art4.wordings()).extracting(Wording::timeline).containsExactly("original", "amended");
        Wording original = art4.wording("original").orElseThrow();
        Wording amended = art4.wording("amended").orElseThrow();
        assertThat(original.validFrom()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(original.amendingAct()).isNull();
        assertThat(original.paraphrase()).contains("sufficient level of AI literacy");
        assertThat(original.source()).isEqualTo("http://data.europa.eu/eli/reg/2024/1689/art_4/oj");
        assertThat(amended.validFrom()).isEqualTo(LocalDate.of(2026, 7, 27));
        assertThat(amended.amendingAct()).isEqualTo(ACT);
        assertThat(amended.paraphrase()).contains("support the development of AI literacy").contains("without having to guarantee")
                .doesNotContain("sufficient level");
        assertThat(amended.confidence()).isEqualTo(0.8);
        assertThat(art4.amendedBy()).isEqualTo(ACT);
        // the provision's own paraphrase no longer states the 2024 duty as the current one
        assertThat(art4.paraphrase()).contains("support the development").contains("2024 text");
        // which wording was the text on a date, per timeline
        assertThat(art4.wordingOn("amended", LocalDate.of(2026, 7, 26))).contains(original);
        assertThat(art4.wordingOn("amended", LocalDate.of(2026, 7, 27))).contains(amended);
        assertThat(art4.wordingOn("original", LocalDate.of(2030, 1, 1))).contains(original);
        assertThat(catalog.require("eu-ai-act:Art. 9").wordings()).isEmpty();
    }

    @Test
    void article10LosesParagraph5ToTheNewArticle4a() {
        Provision art10 = catalog.require("eu-ai-act:Art. 10");
        assertThat(art10.wording("original").orElseThrow().paraphrase()).contains("special-category");
        assertThat(art10.wording("amended").orElseThrow().paraphrase()).contains("Art. 4a").contains("deleted");
        assertThat(art10.wording("amended").orElseThrow().confidence()).isLessThan(0.8);
    }

    @ParameterizedTest(name = "{0} exists only on the amended timeline")
    @ValueSource(strings = {"Art. 4a", "Art. 60a", "Art. 75a", "Art. 75b", "Art. 75c", "Art. 75d", "Annex XIV",
            "Annex I 21", "Art. 5(1)(ba)", "Art. 5(1)(bb)"})
    void provisionsAddedByTheActExistOnlyOnTheAmendedTimeline(String notation) {
        Provision p = catalog.require("eu-ai-act:" + notation);
        assertThat(p.introducedBy()).isEqualTo(ACT);
        assertThat(p.timelines()).containsExactly("amended");
        assertThat(p.existsOn("original")).isFalse();
        assertThat(p.confidence()).isEqualTo(0.7);
        assertThat(p.source()).isEqualTo("http://data.europa.eu/eli/reg/2026/1744/oj");
        assertThat(p.eli()).isNull();
        assertThat(p.applications()).extracting(Application::timeline).doesNotContain("original");
        assertThat(p.notes()).anyMatch(n -> n.contains("unofficial consolidation") && n.contains(STANDING));
    }

    @Test
    void addedArticlesSitInTheirChaptersAndApplyNoEarlierThanTheAct() {
        assertThat(catalog.require("eu-ai-act:Art. 4a").title())
                .isEqualTo("Processing of special categories of personal data for bias detection and correction");
        assertThat(catalog.require("eu-ai-act:Art. 4a").chapter()).isEqualTo("Chapter I: General provisions");
        assertThat(catalog.require("eu-ai-act:Art. 75c").section()).isEqualTo("Section 3: Enforcement");
        for (String n : List.of("Art. 4a", "Art. 60a", "Art. 75a", "Art. 75b", "Art. 75c", "Art. 75d")) {
            assertThat(catalog.require("eu-ai-act:" + n).applications()).singleElement()
                    .satisfies(a -> assertThat(a.appliesFrom()).isAfterOrEqualTo(LocalDate.of(2026, 7, 27)));
        }
        // document order: the added article follows the one it is numbered after
        List<String> order = catalog.provisions("eu-ai-act").stream().map(Provision::notation).toList();
        assertThat(order.indexOf("Art. 4a")).isEqualTo(order.indexOf("Art. 4") + 1);
        assertThat(order.indexOf("Art. 75a")).isEqualTo(order.indexOf("Art. 75") + 1);
        assertThat(order.indexOf("Annex XIV")).isEqualTo(order.indexOf("Annex XIII") + 1);
    }

    @Test
    void theDeletedMachineryPointDoesNotApplyOnTheAmendedTimeline() {
        Provision machinery = catalog.require("eu-ai-act:Annex I 1");
        assertThat(machinery.deletedBy()).isEqualTo(ACT);
        assertThat(machinery.timelines()).containsExactly("original");
        assertThat(machinery.existsOn("amended")).isFalse();
        assertThat(machinery.parentIri()).isEqualTo(catalog.require("eu-ai-act:Annex I").iri());
        assertThat(catalog.require("eu-ai-act:Annex I").amendedBy()).isEqualTo(ACT);
    }

    @ParameterizedTest(name = "{0}: text changed by the act is marked")
    @ValueSource(strings = {"Art. 2", "Art. 6", "Art. 42", "Art. 43", "Art. 50", "Art. 72", "Art. 75", "Art. 111", "Annex VIII"})
    void otherArticlesWhoseTextChangedAreMarked(String notation) {
        Provision p = catalog.require("eu-ai-act:" + notation);
        assertThat(p.amendedBy()).isEqualTo(ACT);
        assertThat(p.timelines()).containsExactly("original", "amended");
        assertThat(p.notes()).anyMatch(n -> n.startsWith("Text amended by Regulation (EU) 2026/1744"));
    }

    @Test
    void unchangedArticlesAreNotMarked() {
        for (String n : List.of("Art. 9", "Art. 12", "Art. 14", "Art. 26", "Art. 49")) {
            assertThat(catalog.require("eu-ai-act:" + n).amendedBy()).as(n).isNull();
        }
    }
}
