package dev.crosswalk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every catalog counted against the checked reference lists: same ids, same titles, nothing more, nothing less. */
class CatalogCompletenessTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = dev.crosswalk.SharedCrosswalk.get().catalog();
    }

    private static Map<String, String> titles(String framework, String type) {
        return catalog.provisions(framework).stream().filter(p -> p.type().equals(type))
                .collect(Collectors.toMap(Provision::notation, Provision::title, (a, b) -> a, LinkedHashMap::new));
    }

    /** Titles of the provisions of the 2024 text: those an amending act added are checked in AmendedTextCatalogTest. */
    private static Map<String, String> originalTitles(String framework, String type) {
        return catalog.provisions(framework).stream().filter(p -> p.type().equals(type) && p.existsOn("original"))
                .collect(Collectors.toMap(Provision::notation, Provision::title, (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, String> expected(String file, Function<String[], String> id, int titleColumn) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] row : ReferenceLists.rows(file)) out.put(id.apply(row), row[titleColumn]);
        return out;
    }

    @Test
    void iso42001ClausesMatchTheReferenceList() {
        Map<String, String> expected = expected("iso42001-clauses.tsv", r -> r[0], 1);
        assertThat(expected).hasSize(43);
        assertThat(titles("iso42001", "Clause")).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void iso42001AnnexAControlsAndObjectivesMatchTheReferenceList() {
        Map<String, String> controls = expected("iso42001-annexA.tsv", r -> r[0], 1);
        Map<String, String> objectives = new LinkedHashMap<>();
        ReferenceLists.rows("iso42001-annexA.tsv").forEach(r -> objectives.put(r[2], r[3]));
        assertThat(controls).hasSize(38);
        assertThat(objectives).hasSize(10);
        assertThat(titles("iso42001", "Control")).containsExactlyInAnyOrderEntriesOf(controls);
        assertThat(titles("iso42001", "ControlObjective")).containsExactlyInAnyOrderEntriesOf(objectives);
        // each control hangs under the objective the reference list names
        for (String[] row : ReferenceLists.rows("iso42001-annexA.tsv")) {
            Provision control = catalog.require("iso42001:" + row[0]);
            assertThat(catalog.provisionByIri(control.parentIri())).map(Provision::notation).contains(row[2]);
        }
    }

    @Test
    void iso27001ClausesAndControlsMatchTheReferenceLists() {
        assertThat(titles("iso27001", "Clause"))
                .containsExactlyInAnyOrderEntriesOf(expected("iso27001-clauses.tsv", r -> r[0], 1));
        Map<String, String> controls = expected("iso27001-annexA.tsv", r -> "A." + r[0], 1);
        assertThat(controls).hasSize(93);
        assertThat(titles("iso27001", "Control")).containsExactlyInAnyOrderEntriesOf(controls);
        for (String[] row : ReferenceLists.rows("iso27001-annexA.tsv")) {
            assertThat(catalog.require("iso27001:A." + row[0]).theme()).as(row[0]).isEqualTo(row[2]);
        }
    }

    @Test
    void euAiActArticlesAndAnnexesMatchTheReferenceLists() {
        Map<String, String> articles = expected("eu-ai-act-articles.tsv", r -> "Art. " + r[0], 1);
        assertThat(articles).hasSize(113);
        assertThat(originalTitles("eu-ai-act", "Article")).containsExactlyInAnyOrderEntriesOf(articles);
        for (String[] row : ReferenceLists.rows("eu-ai-act-articles.tsv")) {
            Provision art = catalog.require("eu-ai-act:Art. " + row[0]);
            assertThat(art.chapter()).as(art.ref()).isEqualTo(row[2]);
            assertThat(art.section() == null ? "" : art.section()).as(art.ref()).isEqualTo(row[3]);
            assertThat(art.eli()).isEqualTo("http://data.europa.eu/eli/reg/2024/1689/art_" + row[0] + "/oj");
        }
        Map<String, String> annexes = expected("eu-ai-act-annexes.tsv", r -> "Annex " + r[0], 1);
        assertThat(annexes).hasSize(13);
        assertThat(originalTitles("eu-ai-act", "Annex")).containsExactlyInAnyOrderEntriesOf(annexes);
    }

    @Test
    void euAiActFineGrainedProvisionsExistWhereObligationsLive() {
        for (char c = 'a'; c <= 'h'; c++) assertThat(catalog.require("eu-ai-act:Art. 5(1)(" + c + ")").ordinal()).isEqualTo(String.valueOf(c));
        for (int i = 1; i <= 8; i++) catalog.require("eu-ai-act:Art. 6(" + i + ")");
        for (int i = 1; i <= 8; i++) assertThat(catalog.require("eu-ai-act:Annex III " + i).ordinal()).isEqualTo(String.valueOf(i));
        assertThat(catalog.require("eu-ai-act:Annex III 5(b)").ordinal()).isEqualTo("5(b)");
        assertThat(catalog.children(catalog.require("eu-ai-act:Art. 26"))).hasSize(12);
        assertThat(catalog.children(catalog.require("eu-ai-act:Art. 27"))).hasSize(5);
        assertThat(catalog.children(catalog.require("eu-ai-act:Art. 50"))).hasSize(7);
    }

    @Test
    void euAiActApplicationDatesFollowArticle113() {
        Provision art5 = catalog.require("eu-ai-act:Art. 5");
        assertThat(art5.applications()).anySatisfy(a -> {
            assertThat(a.timeline()).isEqualTo("original");
            assertThat(a.appliesFrom()).hasToString("2025-02-02");
        });
        Provision art9 = catalog.require("eu-ai-act:Art. 9");
        assertThat(art9.applications()).filteredOn(a -> a.timeline().equals("original"))
                .extracting(a -> a.route() + "@" + a.appliesFrom())
                .contains("AnnexIIIRoute@2026-08-02", "AnnexIRoute@2027-08-02");
        assertThat(catalog.require("eu-ai-act:Art. 101").applications())
                .filteredOn(a -> a.timeline().equals("original")).extracting(a -> a.appliesFrom().toString())
                .containsExactly("2026-08-02");
        assertThat(catalog.require("eu-ai-act:Art. 99").applications())
                .filteredOn(a -> a.timeline().equals("original")).extracting(a -> a.appliesFrom().toString())
                .containsExactly("2025-08-02");
        // every article of the 2024 text carries both timelines (those the amending act added only the amended one)
        catalog.provisions("eu-ai-act").stream().filter(p -> p.type().equals("Article") && p.existsOn("original")).forEach(p ->
                assertThat(p.applications()).extracting(Application::timeline).as(p.ref()).contains("original", "amended"));
    }

    @Test
    void ukExpectationsCarryTheReferenceListsCitationsAndConfidence() {
        List<String[]> rows = ReferenceLists.rows("fca-ai-expectations.tsv");
        assertThat(rows).hasSize(20);
        List<Provision> uk = catalog.provisions("uk-fca");
        for (String[] row : rows) {
            String ref = row[2];
            // the SS1/23 and DP5/22+FS2/23 rows are split into several provisions: each part is cited
            assertThat(uk).as(ref).anySatisfy(p -> assertThat(p.citation()).isNotNull()
                    .satisfiesAnyOf(c -> assertThat(c).isEqualTo(ref), c -> assertThat(ref).contains(c)));
        }
        assertThat(uk.stream().filter(p -> p.type().equals("Principle"))).hasSize(5);
        for (int i = 1; i <= 5; i++) catalog.require("uk-fca:SS1/23 Principle " + i);
        // an unverified link is never presented as certain
        assertThat(catalog.require("uk-fca:SYSC 8").confidence()).isLessThan(0.5);
        assertThat(catalog.require("uk-fca:CP 815 principle 1").confidence()).isGreaterThan(0.7);
    }

    @Test
    void managementSystemStandardsAndTheHarmonizedStructureHaveClauses4To10() {
        for (String fw : List.of("iso9001", "iso22301", "harmonized-structure")) {
            for (int top = 4; top <= 10; top++) catalog.require(fw + ":" + top);
        }
        assertThat(catalog.require("harmonized-structure:6.3").title()).isEqualTo("Planning of changes");
        assertThat(catalog.requireFramework("iso9001").provisionCount()).isGreaterThan(40);
    }

    @Test
    void everyProvisionHasAParaphraseThatIsNotItsTitle() {
        catalog.frameworks().forEach(f -> catalog.provisions(f.id()).forEach(p ->
                assertThat(p.paraphrase()).as(p.ref()).isNotBlank().isNotEqualToIgnoringCase(p.title())));
    }
}
