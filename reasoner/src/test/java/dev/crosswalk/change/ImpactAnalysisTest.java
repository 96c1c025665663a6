package dev.crosswalk.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.classify.InvalidInputException;
import dev.crosswalk.profile.OrganisationProfile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regulatory change impact of Regulation (EU) 2026/1744 on the example profiles, against expectations worked
 * out by hand from ontology/catalogs/eu-ai-act.ttl (each test says why).
 */
class ImpactAnalysisTest {
    private static final LocalDate ORIGINAL_ANNEX_III = LocalDate.of(2026, 8, 2);   // Art. 113 as published: Chapter III etc.
    private static final LocalDate AMENDED_ANNEX_III = LocalDate.of(2027, 12, 2);   // Art. 6(2)/Annex III route as amended
    private static Crosswalk core;

    @BeforeAll
    static void load() {
        core = dev.crosswalk.SharedCrosswalk.get();
    }

    private static OrganisationProfile example(String name) throws Exception {
        return new ObjectMapper().readValue(Path.of("..", "examples", name + ".json").toFile(), OrganisationProfile.class);
    }

    private static void assertOnlyAnnexIIIDatesMove(ImpactReport.SystemImpact s) {
        assertThat(s.appear()).isEmpty();
        assertThat(s.disappear()).isEmpty();
        assertThat(s.moved()).isNotEmpty();
        assertThat(s.moved()).allSatisfy(m -> {
            assertThat(m.fromDate()).isEqualTo(ORIGINAL_ANNEX_III);
            assertThat(m.toDate()).isEqualTo(AMENDED_ANNEX_III);
        });
        // Art. 4 applies from 2 Feb 2025 on both timelines: only its wording changed, so it does not move
        assertThat(s.moved()).noneMatch(m -> m.provision().equals("eu-ai-act:Art. 4"));
    }

    /**
     * The hospital deploys one Annex III 5(d) system as a public authority. Its duties (Art. 26, 27, 49(3), 86) all
     * hang on the Annex III route, which applied from 2 Aug 2026 (Art. 113) and, as amended, from 2 Dec 2027; nothing is
     * added or removed for a deployer. The gap shapes run on the direct mapping edges, which do not depend on the wording
     * a row reads (docs/timelines.md), and the requirements are the same provisions: no status or score changes.
     */
    @Test
    void theHospitalsTriageDutiesMoveToDecember2027AndNoGapChanges() throws Exception {
        ImpactReport r = core.impact().impact(example("hospital"), "original", "amended");
        assertThat(r.amendingAct()).isEqualTo("Regulation (EU) 2026/1744");
        assertThat(r.aiSystems()).hasSize(1);
        ImpactReport.SystemImpact triage = r.aiSystems().get(0);
        assertThat(triage.riskCategoryFrom()).isEqualTo("high-risk").isEqualTo(triage.riskCategoryTo());
        assertOnlyAnnexIIIDatesMove(triage);
        assertThat(triage.moved()).extracting(ImpactReport.ObligationChange::provision)
                .contains("eu-ai-act:Art. 26(1)", "eu-ai-act:Art. 27", "eu-ai-act:Art. 49", "eu-ai-act:Art. 86");
        assertThat(r.gaps()).extracting(ImpactReport.GapImpact::framework).containsExactly("iso42001", "eu-ai-act");
        assertThat(r.gaps()).allSatisfy(g -> {
            assertThat(g.statusChanges()).isEmpty();
            assertThat(g.scoreTo()).isEqualTo(g.scoreFrom());
        });
    }

    /**
     * HR tech: the CV screener (provider, Annex III 4(a)) keeps every provider duty but each moves from 2 Aug 2026 to
     * 2 Dec 2027; the interview scheduler (deployer, no Annex III use) owes only Art. 4, whose date is unchanged.
     */
    @Test
    void theHrProvidersDutiesMoveAndItsSchedulerIsUntouched() throws Exception {
        ImpactReport r = core.impact().impact(example("hr-tech"), "original", "amended");
        assertThat(r.aiSystems()).extracting(ImpactReport.SystemImpact::id).containsExactly("cv-screening", "interview-scheduler");
        ImpactReport.SystemImpact cv = r.aiSystems().get(0);
        assertOnlyAnnexIIIDatesMove(cv);
        assertThat(cv.moved()).extracting(ImpactReport.ObligationChange::provision).contains("eu-ai-act:Art. 16", "eu-ai-act:Art. 43");
        ImpactReport.SystemImpact scheduler = r.aiSystems().get(1);
        assertThat(scheduler.appear()).isEmpty();
        assertThat(scheduler.disappear()).isEmpty();
        assertThat(scheduler.moved()).isEmpty();
    }

    /** The rail operator's Annex I Section B product: Art. 2(2) leaves no operator duty on either timeline. */
    @Test
    void theRailOperatorsSectionBProductHasNothingToMove() throws Exception {
        ImpactReport.SystemImpact s = core.impact().impact(example("rail-operator"), "original", "amended").aiSystems().get(0);
        assertThat(s.appear()).isEmpty();
        assertThat(s.disappear()).isEmpty();
        assertThat(s.moved()).isEmpty();
    }

    /**
     * Art. 5(1)(ba) exists only as amended (applying from 2 Dec 2026): a provider whose system is such a practice owes
     * nothing prohibited on the original timeline (and only Art. 4), while as amended the ban appears and Art. 4 goes,
     * since a prohibited practice gets the ban alone. Read backwards (amended to original), the same lists swap.
     */
    @Test
    void aPracticeTheAmendmentProhibitsAppears() throws Exception {
        OrganisationProfile p = new ObjectMapper().readValue("""
                {"organisation": {"id": "gen-co", "name": "Gen Co", "sector": "technology", "jurisdictions": ["EU"]},
                 "scope": {"frameworks": ["eu-ai-act"]},
                 "aiSystems": [{"id": "gen", "role": "provider", "prohibitedPractice": "ba"}]}""", OrganisationProfile.class);
        ImpactReport.SystemImpact s = core.impact().impact(p, "original", "amended").aiSystems().get(0);
        assertThat(s.riskCategoryFrom()).isEqualTo("minimal-risk");
        assertThat(s.riskCategoryTo()).isEqualTo("prohibited");
        assertThat(s.appear()).extracting(ImpactReport.ObligationChange::provision).containsExactly("eu-ai-act:Art. 5(1)(ba)");
        assertThat(s.appear().get(0).toDate()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(s.disappear()).extracting(ImpactReport.ObligationChange::provision).containsExactly("eu-ai-act:Art. 4");
        ImpactReport.SystemImpact back = core.impact().impact(p, "amended", "original").aiSystems().get(0);
        assertThat(back.disappear()).extracting(ImpactReport.ObligationChange::provision).containsExactly("eu-ai-act:Art. 5(1)(ba)");
        assertThat(back.appear()).extracting(ImpactReport.ObligationChange::provision).containsExactly("eu-ai-act:Art. 4");
    }

    @Test
    void timelinesAreChecked() throws Exception {
        OrganisationProfile p = example("hospital");
        assertThatThrownBy(() -> core.impact().impact(p, "amended", "amended")).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("to");
        assertThatThrownBy(() -> core.impact().impact(p, "2024", "amended")).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("from");
    }

    /**
     * The provision-level changes: Art. 4 has a wording per timeline (and its mapping rows differ: 7.2 is read with
     * strength 6 on the original wording and 7 on the amended one); Art. 5(1)(ba) is added; Annex I 1 is deleted;
     * Art. 25 is marked text-amended and its Annex III date moves from 2026-08-02 to 2027-12-02.
     */
    @Test
    void theChangesBetweenTimelinesNameEachKind() {
        ChangeReport r = core.changes().between("original", "amended");
        assertThat(r.count()).isEqualTo(r.changes().size()).isGreaterThan(30);
        ProvisionChange art4 = change(r.changes(), "eu-ai-act:Art. 4");
        assertThat(art4.changes()).contains("wording", "mappings").doesNotContain("application-date");
        assertThat(art4.from().wording()).isNotEqualTo(art4.to().wording());
        assertThat(art4.amendingAct()).isEqualTo("Regulation (EU) 2026/1744");
        assertThat(change(r.changes(), "eu-ai-act:Art. 5(1)(ba)").changes()).contains("added");
        assertThat(change(r.changes(), "eu-ai-act:Annex I 1").changes()).contains("deleted");
        ProvisionChange art25 = change(r.changes(), "eu-ai-act:Art. 25");
        assertThat(art25.changes()).contains("text-amended", "application-date");
        assertThat(art25.from().applications()).anyMatch(a -> "AnnexIIIRoute".equals(a.route()) && a.appliesFrom().equals(ORIGINAL_ANNEX_III));
        assertThat(art25.to().applications()).anyMatch(a -> "AnnexIIIRoute".equals(a.route()) && a.appliesFrom().equals(AMENDED_ANNEX_III));
        // a paragraph with neither its own date nor a change is not listed
        assertThat(r.changes()).noneMatch(c -> c.provision().equals("eu-ai-act:Art. 26(1)"));
    }

    /** Between two dates on the amended timeline: Art. 5(1)(ba) starts applying on 2 Dec 2026, Art. 4's wording changes on 27 Jul 2026. */
    @Test
    void theChangesBetweenDatesListWhatStartsApplyingOrChangesWording() {
        ChangeReport r = core.changes().between("amended", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31));
        assertThat(change(r.changes(), "eu-ai-act:Art. 5(1)(ba)").changes()).containsExactly("starts-applying");
        ProvisionChange art4 = change(r.changes(), "eu-ai-act:Art. 4");
        assertThat(art4.changes()).containsExactly("wording");
        assertThat(art4.from().wordingValidFrom()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(art4.to().wordingValidFrom()).isEqualTo(LocalDate.of(2026, 7, 27));
        assertThat(r.changes()).noneMatch(c -> c.provision().equals("eu-ai-act:Art. 25"));
        assertThatThrownBy(() -> core.changes().between("amended", LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("toDate");
    }

    private static ProvisionChange change(List<ProvisionChange> list, String ref) {
        return list.stream().filter(c -> c.provision().equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError(ref + " not in " + list.stream().map(ProvisionChange::provision).toList()));
    }
}
