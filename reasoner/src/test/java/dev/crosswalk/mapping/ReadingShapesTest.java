package dev.crosswalk.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crosswalk.kb.DataIntegrityException;
import dev.crosswalk.kb.DataSource;
import dev.crosswalk.kb.ReferencePipeline;
import dev.crosswalk.validate.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SSSOM columns subject_source_version / object_source_version: a row to a provision with a wording
 * per timeline must say which it reads, the wording must exist, and rows reading different wordings of
 * one pair may coexist but must agree on the relation. Rows start at line 10 of the fixture.
 */
class ReadingShapesTest {
    private static final String FILE = "mappings/iso42001-eu-ai-act.sssom.tsv";
    private static final String HEADER = """
            # curie_map:
            #   cw: https://w3id.org/crosswalk/ontology#
            #   cwagent: https://w3id.org/crosswalk/agent/
            #   semapv: https://w3id.org/semapv/vocab/
            #   iso42001: https://w3id.org/crosswalk/id/iso42001/
            #   eu-ai-act: https://w3id.org/crosswalk/id/eu-ai-act/
            # mapping_set_title: Reading fixture
            # license: https://creativecommons.org/licenses/by/4.0/
            # creator_id: [cwagent:crosswalk-curation]
            # mapping_date: 2026-12-06
            subject_id\tsubject_label\tpredicate_id\tobject_id\tobject_label\tmapping_justification\tconfidence\tauthor_id\tmapping_date\trelation\tstrength\trationale\tcomment\tobject_source_version
            """;

    @TempDir
    Path tmp;

    private static String row(String subject, String subjectLabel, String relation, String object, String objectLabel, String reads) {
        String predicate = switch (relation) {
            case "intersects-with" -> "cw:intersectsWith";
            case "superset-of" -> "cw:supersetOf";
            default -> throw new IllegalArgumentException(relation);
        };
        return String.join("\t", "iso42001:" + subject, subjectLabel, predicate, "eu-ai-act:" + object, objectLabel,
                "semapv:ManualMappingCuration", "0.7", "cwagent:crosswalk-curation", "2026-12-06", relation, "5",
                "A rationale long enough to say what is shared and what is not.", "", reads) + "\n";
    }

    private static final String COMPETENCE = "Competence";
    private static final String LITERACY = "AI literacy";

    private List<Violation> violations(String rows) throws IOException {
        Path root = tmp.resolve("data");
        DataSource packaged = DataSource.classpath();
        for (String p : List.of("ontology/crosswalk.ttl", "ontology/shapes/catalog.shacl.ttl", "ontology/shapes/mappings.shacl.ttl",
                "ontology/catalogs/iso42001.ttl", "ontology/catalogs/eu-ai-act.ttl", "ontology/catalogs/eu-ai-act-detail.ttl")) {
            Path target = root.resolve(p);
            Files.createDirectories(target.getParent());
            Files.write(target, packaged.read(p));
        }
        Files.createDirectories(root.resolve("mappings"));
        Files.writeString(root.resolve(FILE), HEADER + rows, StandardCharsets.UTF_8);
        DataIntegrityException e = catchThrowableOfType(DataIntegrityException.class, () -> ReferencePipeline.of(DataSource.directory(root)).run());
        return e == null ? List.of() : e.report().violations();
    }

    private static List<String> located(List<Violation> vs) {
        return vs.stream().map(v -> v.location() + " | " + v.shape().substring(v.shape().indexOf('#') + 1)).toList();
    }

    @Test
    void aRowPerWordingOfArticle4Loads() throws IOException {
        assertThat(violations(row("7.2", COMPETENCE, "intersects-with", "art_4", LITERACY, "original")
                + row("7.2", COMPETENCE, "intersects-with", "art_4", LITERACY, "amended")
                + row("7.2", COMPETENCE, "intersects-with", "art_9", "Risk management system", ""))).isEmpty();
    }

    @Test
    void aRowToArticle4MustSayWhichWordingItReads() throws IOException {
        List<Violation> vs = violations(row("7.2", COMPETENCE, "intersects-with", "art_4", LITERACY, ""));
        assertThat(located(vs)).containsExactly(FILE + ":12 | ReadingNamedWhereWordingsDiffer");
        assertThat(vs.get(0).message()).contains("object").contains("object_source_version original or amended");
    }

    @Test
    void anUnknownTimelineIsRejected() throws IOException {
        List<Violation> vs = violations(row("7.2", COMPETENCE, "intersects-with", "art_4", LITERACY, "2024"));
        assertThat(located(vs)).contains(FILE + ":12 | MappingObjectTimeline");
        assertThat(vs).anySatisfy(v -> assertThat(v.message()).contains("must be 'original' or 'amended'"));
    }

    @Test
    void aRowCannotReadTextThatDoesNotExistOnItsTimeline() throws IOException {
        List<Violation> vs = violations(
                row("A.7.2", "Data for development and enhancement of AI system", "intersects-with", "art_4a",
                        "Processing of special categories of personal data for bias detection and correction", "original")
                + row("A.7.2", "Data for development and enhancement of AI system", "intersects-with", "anx_I/pnt_1",
                        "Annex I 1 — Directive 2006/42/EC (machinery)", "amended"));
        assertThat(located(vs)).containsExactlyInAnyOrder(FILE + ":12 | ReadingOnATimelineWhereTheTextExists",
                FILE + ":13 | ReadingOnATimelineWhereTheTextExists");
        assertThat(vs).allSatisfy(v -> assertThat(v.message()).contains("where that provision has no text"));
    }

    @Test
    void theSamePairReadingTheSameWordingTwiceIsADuplicate() throws IOException {
        List<Violation> vs = violations(row("7.2", COMPETENCE, "intersects-with", "art_4", LITERACY, "amended")
                + row("7.2", COMPETENCE, "intersects-with", "art_4", LITERACY, "amended"));
        assertThat(located(vs)).containsExactlyInAnyOrder(FILE + ":12 | PairOncePerSet", FILE + ":13 | PairOncePerSet");
    }

    @Test
    void rowsReadingDifferentWordingsMustAgreeOnTheRelation() throws IOException {
        List<Violation> vs = violations(row("7.2", COMPETENCE, "intersects-with", "art_4", LITERACY, "original")
                + row("7.2", COMPETENCE, "superset-of", "art_4", LITERACY, "amended"));
        assertThat(located(vs)).containsExactlyInAnyOrder(FILE + ":12 | ReadingsAgreeOnRelation", FILE + ":13 | ReadingsAgreeOnRelation");
        assertThat(vs).anySatisfy(v -> assertThat(v.message()).contains("the direct edge cannot carry both"));
    }
}
