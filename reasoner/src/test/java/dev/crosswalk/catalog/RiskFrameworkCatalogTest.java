package dev.crosswalk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** NIST AI RMF, SR 11-7, SR 26-2 and OSFI E-23 counted against the checked lists, with their status and dates as data. */
class RiskFrameworkCatalogTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = dev.crosswalk.SharedCrosswalk.get().catalog();
    }

    private static Map<String, String> titles(String framework) {
        return catalog.provisions(framework).stream()
                .collect(Collectors.toMap(Provision::notation, Provision::title, (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, String> expected(String file, int titleColumn) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] row : ReferenceLists.rows(file)) out.put(row[0], row[titleColumn]);
        return out;
    }

    private static Map<String, String> parents(String framework) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Provision p : catalog.provisions(framework)) {
            out.put(p.notation(), p.parentIri() == null ? "" : catalog.provisionByIri(p.parentIri()).orElseThrow().notation());
        }
        return out;
    }

    @Test
    void nistAiRmfHas4Functions19CategoriesAnd72SubcategoriesWithTheCheckedText() {
        Map<String, String> expected = expected("nist-ai-rmf-subcategories.tsv", 3);
        assertThat(expected).hasSize(95);
        assertThat(titles("nist-ai-rmf")).containsExactlyInAnyOrderEntriesOf(expected);
        Map<String, Long> byType = catalog.provisions("nist-ai-rmf").stream()
                .collect(Collectors.groupingBy(Provision::type, Collectors.counting()));
        assertThat(byType).containsExactlyInAnyOrderEntriesOf(Map.of("ControlGroup", 4L, "ControlObjective", 19L, "Control", 72L));
        Map<String, String> parents = parents("nist-ai-rmf");
        ReferenceLists.rows("nist-ai-rmf-subcategories.tsv").forEach(r -> assertThat(parents.get(r[0])).as(r[0]).isEqualTo(r[2]));
        Provision g11 = catalog.require("nist-ai-rmf:GOVERN 1.1");
        assertThat(g11.paraphrase()).isNotEqualTo(g11.title());
        assertThat(g11.source()).isEqualTo("https://doi.org/10.6028/NIST.AI.100-1");
    }

    @Test
    void sr11_7AndOsfiE23MatchTheirCheckedLists() {
        Map<String, String> sr = expected("us-sr-11-7.tsv", 1);
        assertThat(sr).hasSize(22);
        assertThat(titles("us-sr-11-7")).containsExactlyInAnyOrderEntriesOf(sr);
        Map<String, String> e23 = expected("ca-osfi-e23.tsv", 1);
        assertThat(e23).hasSize(43);
        assertThat(titles("ca-osfi-e23")).containsExactlyInAnyOrderEntriesOf(e23);
        Map<String, String> srParents = parents("us-sr-11-7");
        ReferenceLists.rows("us-sr-11-7.tsv").forEach(r -> assertThat(srParents.get(r[0])).as(r[0]).isEqualTo(r[2]));
        Map<String, String> eParents = parents("ca-osfi-e23");
        ReferenceLists.rows("ca-osfi-e23.tsv").forEach(r -> assertThat(eParents.get(r[0])).as(r[0]).isEqualTo(r[2]));
        assertThat(catalog.provisions("ca-osfi-e23").stream().filter(p -> p.type().equals("Principle"))).hasSize(12);
        assertThat(catalog.require("ca-osfi-e23:E23 Principle 2.1").title())
                .isEqualTo("Institutions should identify and track all models in use or recently decommissioned.");
    }

    @Test
    void sr26_2IsTheDocumentOnlyAndSaysWhatIsMissing() {
        List<Provision> sr26 = catalog.provisions("us-sr-26-2");
        assertThat(sr26).extracting(Provision::notation).containsExactly("SR26-2");
        assertThat(sr26.get(0).confidence()).isLessThan(1.0);
        Lifecycle l = catalog.requireFramework("us-sr-26-2").lifecycle();
        assertThat(l.status()).isEqualTo(Lifecycle.IN_FORCE);
        assertThat(l.effectiveFrom()).isEqualTo(LocalDate.of(2026, 4, 17));
        assertThat(l.notes()).anySatisfy(n -> assertThat(n).startsWith("Structure missing"));
    }

    @Test
    void statusAndDatesAreData() {
        Lifecycle sr11 = catalog.requireFramework("us-sr-11-7").lifecycle();
        assertThat(sr11.status()).isEqualTo(Lifecycle.SUPERSEDED);
        assertThat(sr11.effectiveFrom()).isEqualTo(LocalDate.of(2011, 4, 4));
        assertThat(sr11.effectiveUntil()).isEqualTo(LocalDate.of(2026, 4, 17));
        assertThat(sr11.supersededBy()).isEqualTo("us-sr-26-2");
        assertThat(sr11.warning("us-sr-11-7")).contains("superseded since 2026-04-17 by us-sr-26-2");
        Lifecycle e23 = catalog.requireFramework("ca-osfi-e23").lifecycle();
        assertThat(e23.status()).isEqualTo(Lifecycle.ISSUED);
        assertThat(e23.effectiveFrom()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(e23.warning("ca-osfi-e23")).contains("not yet effective").contains("2027-05-01");
        assertThat(catalog.requireFramework("nist-ai-rmf").lifecycle().warning("nist-ai-rmf")).isNull();
        // the packaged frameworks that state no status keep none
        assertThat(catalog.requireFramework("iso42001").lifecycle()).isNull();
    }
}
