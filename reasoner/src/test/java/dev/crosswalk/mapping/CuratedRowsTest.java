package dev.crosswalk.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.SharedCrosswalk;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.lookup.MappingEdge;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows added, dropped, lowered or rewritten after review (issue 11), read back from the loaded graph. */
class CuratedRowsTest {
    private static Crosswalk cw;

    @BeforeAll
    static void load() {
        cw = SharedCrosswalk.get();
    }

    private static List<MappingEdge> rows(String from, String to) {
        Provision p = cw.catalog().require(from);
        String target = cw.catalog().require(to).ref();
        return cw.lookup().direct(p, null, 1).stream().filter(e -> e.to().equals(target)).toList();
    }

    private static MappingEdge row(String from, String to) {
        List<MappingEdge> found = rows(from, to);
        assertThat(found).as(from + " -> " + to).hasSize(1);
        return found.get(0);
    }

    @Test
    void technicalDocumentationMapsToAnnexIV() {
        MappingEdge e = row("iso42001:A.6.2.7", "eu-ai-act:Annex IV");
        assertThat(e.relation()).isEqualTo(Relation.INTERSECTS_WITH);
        assertThat(e.mappingSet()).isEqualTo("iso42001-eu-ai-act");
        assertThat(e.rationale()).contains("Annex IV").contains("EU declaration");
    }

    @Test
    void responsibleUseProcessesMeetHumanOversightOnlyWeakly() {
        MappingEdge e = row("iso42001:A.9.2", "eu-ai-act:Art. 14");
        assertThat(e.relation()).isEqualTo(Relation.INTERSECTS_WITH);
        assertThat(e.strength()).isLessThanOrEqualTo(3);
        assertThat(e.rationale()).contains("design requirement on the provider");
    }

    @Test
    void dataBackupIsNotTheActsFailSafePlanAndEvidenceCollectionIsNotLogging() {
        assertThat(rows("iso27001:A.8.13", "eu-ai-act:Art. 15")).isEmpty();
        assertThat(rows("iso27001:A.5.28", "eu-ai-act:Art. 12")).isEmpty();
        MappingEdge redundancy = row("iso27001:A.8.14", "eu-ai-act:Art. 15");
        assertThat(redundancy.rationale()).contains("backup or fail-safe plans").contains("technical redundancy");
        // backups still help keep retained logs (Art. 19)
        assertThat(row("iso27001:A.8.13", "eu-ai-act:Art. 19").relation()).isEqualTo(Relation.INTERSECTS_WITH);
    }

    @ParameterizedTest(name = "A.8.5 to {0} says the control determines and documents duties, not that it meets them")
    @CsvSource({"eu-ai-act:Art. 16(k)", "eu-ai-act:Art. 17(1)(j)", "eu-ai-act:Art. 21", "eu-ai-act:Art. 26(11)",
            "eu-ai-act:Art. 26(12)", "eu-ai-act:Art. 49", "eu-ai-act:Art. 73", "uk-fca:PRIN 2A.5.3R", "uk-fca:CP 815 principle 2",
            "iso27001:A.5.31", "iso27001:A.5.5"})
    void informationForInterestedPartiesOnlyDeterminesAndDocumentsDuties(String target) {
        String rationale = row("iso42001:A.8.5", target).rationale();
        assertThat(rationale).containsAnyOf("determine and document", "determines and documents", "determining and documenting",
                "Determining and documenting", "Knowing and documenting");
        assertThat(rationale).doesNotContain("identify and meet", "identifies and meets", "record and meet", "records and meets",
                "Identifying and meeting", "Meeting disclosure obligations");
    }

    @Test
    void theA85CatalogParaphraseNoLongerSaysTheDutiesAreFulfilled() {
        String paraphrase = cw.catalog().require("iso42001:A.8.5").paraphrase();
        assertThat(paraphrase).contains("determines").contains("documents").doesNotContain("fulfils");
    }

    @Test
    void noIso42001RowClaimsToCoverAWholeAiActDuty() {
        MappingEdge intendedUse = row("iso42001:A.9.4", "eu-ai-act:Art. 26(1)");
        assertThat(intendedUse.relation()).isEqualTo(Relation.INTERSECTS_WITH);
        assertThat(intendedUse.rationale()).contains("paragraphs 3 and 6");
        // it was the only superset-of row; none is left in the set, in either direction
        List<MappingEdge> all = cw.catalog().provisions("iso42001").stream()
                .flatMap(p -> cw.lookup().direct(p, "eu-ai-act", 1).stream()).toList();
        assertThat(all).hasSizeGreaterThan(150);
        assertThat(all).extracting(MappingEdge::relation).doesNotContain(Relation.SUPERSET_OF, Relation.SUBSET_OF, Relation.EQUAL);
    }

    @ParameterizedTest(name = "ISO 42001 {0} intersects ISO 27001 {0}: same process, different risk object")
    @CsvSource({"6.1.2", "6.1.3", "8.2", "8.3"})
    void riskClausesOutsideTheHarmonizedStructureAreLinked(String clause) {
        MappingEdge e = row("iso42001:" + clause, "iso27001:" + clause);
        assertThat(e.relation()).isEqualTo(Relation.INTERSECTS_WITH);
        assertThat(e.mappingSet()).isEqualTo("iso42001-iso27001");
        assertThat(e.strength()).isBetween(4, 7);
        assertThat(e.rationale()).containsAnyOf("AI risk", "AI controls");
        assertThat(e.comment()).contains("outside the harmonized structure");
    }

    @ParameterizedTest(name = "Art. 4 and {0}: one row per wording, each right for the text it reads")
    @CsvSource({"iso42001:7.2", "iso42001:7.3", "iso42001:A.4.6", "uk-fca:SM&CR", "uk-fca:PRIN 2.1.1R Principle 2"})
    void aiLiteracyRowsReadOneWordingEach(String other) {
        List<MappingEdge> pair = rows("eu-ai-act:Art. 4", other);
        assertThat(pair).hasSize(2);
        MappingEdge original = pair.stream().filter(e -> e.fromReads().timeline().equals("original")).findFirst().orElseThrow();
        MappingEdge amended = pair.stream().filter(e -> e.fromReads().timeline().equals("amended")).findFirst().orElseThrow();
        assertThat(original.rationale()).contains("2024 Art. 4").contains("sufficient");
        assertThat(amended.rationale()).contains("amended Art. 4").contains("support the development of AI literacy")
                .doesNotContain("sufficient");
        assertThat(original.relation()).isEqualTo(amended.relation());
        // the reading carries the wording itself, with its date
        assertThat(amended.fromReads().validFrom()).hasToString("2026-07-27");
        assertThat(amended.fromReads().paraphrase()).contains("support the development");
        assertThat(original.fromReads().validFrom()).hasToString("2024-08-01");
        assertThat(original.toReads()).isNull();
        // per timeline, only the row reading that timeline's wording holds
        Provision art4 = cw.catalog().require("eu-ai-act:Art. 4");
        String target = cw.catalog().require(other).ref();
        assertThat(cw.lookup().direct(art4, null, 1, "original").stream().filter(e -> e.to().equals(target)))
                .singleElement().isEqualTo(original);
        assertThat(cw.lookup().direct(art4, null, 1, "amended").stream().filter(e -> e.to().equals(target)))
                .singleElement().isEqualTo(amended);
    }

    @Test
    void theAmendedLiteracyDutyIsMetFurtherByCompetenceThanTheOriginal() {
        List<MappingEdge> competence = rows("iso42001:7.2", "eu-ai-act:Art. 4");
        MappingEdge original = competence.stream().filter(e -> e.toReads().timeline().equals("original")).findFirst().orElseThrow();
        MappingEdge amended = competence.stream().filter(e -> e.toReads().timeline().equals("amended")).findFirst().orElseThrow();
        assertThat(amended.strength()).isGreaterThan(original.strength());
    }

    @Test
    void dataGovernanceRowsReadTheAmendedArticle10() {
        Provision art10 = cw.catalog().require("eu-ai-act:Art. 10");
        List<MappingEdge> all = cw.lookup().direct(art10, null, 1);
        assertThat(all).hasSizeGreaterThanOrEqualTo(12);
        assertThat(all).allSatisfy(e -> assertThat(e.fromReads()).isNotNull()
                .satisfies(r -> assertThat(r.timeline()).isEqualTo("amended")));
        assertThat(all).noneMatch(e -> e.rationale().contains("strict conditions for special-category data"));
        assertThat(row("iso42001:A.7.2", "eu-ai-act:Art. 10").rationale()).contains("Art. 4a");
    }

    @Test
    void consumerDutyRowsPointAtPrinciple12() {
        Provision duty = cw.catalog().require("uk-fca:PRIN 2.1.1R Principle 12");
        List<MappingEdge> rows = cw.lookup().direct(duty, null, 1);
        assertThat(rows).extracting(MappingEdge::to).contains("eu-ai-act:Art. 10", "eu-ai-act:Art. 26(5)", "eu-ai-act:Art. 27(1)",
                "iso42001:A.5.4", "iso42001:6.1.4");
    }

    @Test
    void statementsOfApplicabilityEndBothTreatmentClauses() {
        assertThat(row("iso42001:6.1.3", "iso27001:6.1.3").rationale()).contains("Statement of Applicability");
    }
}
