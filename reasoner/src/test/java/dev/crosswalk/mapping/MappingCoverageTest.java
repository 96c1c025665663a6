package dev.crosswalk.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.SharedCrosswalk;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.lookup.MappingSetSummary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The coverage floor of the curated sets, counted from the loaded graph. */
class MappingCoverageTest {
    private static Crosswalk cw;

    @BeforeAll
    static void load() {
        cw = SharedCrosswalk.get();
    }

    /** IRIs appearing on one side ("subject"/"object") of a set's rows. */
    private static Set<String> side(String set, String side) {
        String q = """
                PREFIX cw: <https://w3id.org/crosswalk/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT DISTINCT ?p { ?m cw:inMappingSet ?s ; cw:%s ?p . ?s dcterms:identifier "%s" }""".formatted(side, set);
        Set<String> out = new HashSet<>();
        Txn.executeRead(cw.referenceDataset(), () -> QueryExec.dataset(cw.referenceDataset()).query(q).select()
                .forEachRemaining(b -> out.add(b.get("p").getURI())));
        return out;
    }

    /** True when the provision or any of its descendants is in {@code iris}. */
    private static boolean coveredWithDescendants(Provision p, Set<String> iris) {
        return iris.contains(p.iri()) || cw.catalog().children(p).stream().anyMatch(c -> coveredWithDescendants(c, iris));
    }

    private static List<String> missing(List<Provision> provisions, Set<String> iris) {
        return provisions.stream().filter(p -> !iris.contains(p.iri())).map(Provision::ref).toList();
    }

    @Test
    void theRequiredSetsAreLoaded() {
        assertThat(cw.mappingSets()).extracting(MappingSetSummary::id).contains(
                "iso42001-harmonized-structure", "iso27001-harmonized-structure", "iso9001-harmonized-structure",
                "iso22301-harmonized-structure", "iso42001-iso27001", "iso42001-eu-ai-act", "iso27001-eu-ai-act",
                "iso42001-uk-fca", "eu-ai-act-uk-fca");
    }

    @Test
    void everyIso42001ClauseAndAnnexAControlIsInTheAiActSet() {
        Set<String> subjects = side("iso42001-eu-ai-act", "subject");
        List<Provision> iso = cw.catalog().provisions("iso42001").stream()
                .filter(p -> p.type().equals("Clause") || p.type().equals("Control")).toList();
        assertThat(iso).hasSize(43 + 38);
        assertThat(missing(iso, subjects)).isEmpty();
    }

    @Test
    void everyChapterIiiSection2And3ArticleAndArticles4_5_50_72_73AreInTheAiActSet() {
        Set<String> objects = side("iso42001-eu-ai-act", "object");
        List<Integer> articles = IntStream.rangeClosed(8, 27).boxed().collect(Collectors.toList());
        articles.addAll(List.of(4, 5, 50, 72, 73));
        List<String> uncovered = articles.stream().map(n -> cw.catalog().require("eu-ai-act:Art. " + n))
                .filter(p -> !coveredWithDescendants(p, objects)).map(Provision::ref).toList();
        assertThat(uncovered).isEmpty();
    }

    @Test
    void everyIso42001AnnexAControlIsInTheIso27001SetOrStatedWithoutCounterpart() {
        Set<String> subjects = side("iso42001-iso27001", "subject");
        List<Provision> controls = cw.catalog().provisions("iso42001").stream().filter(p -> p.type().equals("Control")).toList();
        assertThat(missing(controls, subjects)).isEmpty();
    }

    @Test
    void everyManagementSystemClauseIsMappedToTheHarmonizedStructure() {
        for (String fw : List.of("iso42001", "iso27001", "iso9001", "iso22301")) {
            Set<String> subjects = side(fw + "-harmonized-structure", "subject");
            List<Provision> clauses = cw.catalog().provisions(fw).stream().filter(p -> p.type().equals("Clause")).toList();
            assertThat(missing(clauses, subjects)).as(fw).isEmpty();
        }
    }

    @Test
    void aiActDutiesNoIsoProvisionMeetsAreStatedAsNoRelationship() {
        String q = """
                PREFIX cw: <https://w3id.org/crosswalk/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT DISTINCT ?o { ?m cw:inMappingSet ?s ; cw:relation "no-relationship" ;
                  cw:subject <https://w3id.org/sssom/NoTermFound> ; cw:object ?o . ?s dcterms:identifier "iso42001-eu-ai-act" }""";
        Set<String> stated = new HashSet<>();
        Txn.executeRead(cw.referenceDataset(), () -> QueryExec.dataset(cw.referenceDataset()).query(q).select()
                .forEachRemaining(b -> stated.add(b.get("o").getURI())));
        for (String ref : List.of("eu-ai-act:Art. 43", "eu-ai-act:Art. 47", "eu-ai-act:Art. 48", "eu-ai-act:Art. 22")) {
            assertThat(stated).as(ref + " is honestly unmet by ISO 42001").contains(cw.catalog().require(ref).iri());
        }
    }

    @Test
    void strengthAndConfidenceAreGradedNotConstant() {
        for (MappingSetSummary s : cw.mappingSets()) {
            assertThat(s.relations()).as(s.id()).isNotEmpty();
            assertThat(s.rows()).as(s.id()).isGreaterThan(10);
        }
        String q = """
                PREFIX cw: <https://w3id.org/crosswalk/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?set (COUNT(DISTINCT ?st) AS ?strengths) (COUNT(DISTINCT ?c) AS ?confidences)
                { ?m cw:inMappingSet ?s ; cw:strength ?st ; cw:confidence ?c . ?s dcterms:identifier ?set } GROUP BY ?set""";
        Txn.executeRead(cw.referenceDataset(), () -> QueryExec.dataset(cw.referenceDataset()).query(q).select()
                .forEachRemaining(b -> {
                    String set = b.get("set").getLiteralLexicalForm();
                    assertThat(Integer.parseInt(b.get("strengths").getLiteralLexicalForm())).as(set + " strengths").isGreaterThanOrEqualTo(3);
                    assertThat(Integer.parseInt(b.get("confidences").getLiteralLexicalForm())).as(set + " confidences").isGreaterThanOrEqualTo(2);
                }));
    }

    @Test
    void everyRowHasADirectEdgeMatchingItsRelation() {
        String q = """
                PREFIX cw: <https://w3id.org/crosswalk/ontology#>
                SELECT (COUNT(*) AS ?n) { ?m a cw:Mapping ; cw:subject ?s ; cw:object ?o ; cw:predicate ?p .
                  FILTER (?s != <https://w3id.org/sssom/NoTermFound> && ?o != <https://w3id.org/sssom/NoTermFound>)
                  FILTER NOT EXISTS { ?s ?p ?o } }""";
        long withoutEdge = Txn.calculateRead(cw.referenceDataset(), () -> Long.parseLong(QueryExec.dataset(cw.referenceDataset())
                .query(q).select().next().get("n").getLiteralLexicalForm()));
        assertThat(withoutEdge).isZero();
    }
}
