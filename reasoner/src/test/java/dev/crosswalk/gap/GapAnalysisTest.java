package dev.crosswalk.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.SharedCrosswalk;
import dev.crosswalk.profile.InvalidProfileException;
import dev.crosswalk.profile.OrganisationProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Gap analysis, SoA and IMS plan on the shipped example profiles: specific entries, not just "a report came back". */
class GapAnalysisTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static Crosswalk cw;

    @BeforeAll
    static void load() {
        cw = SharedCrosswalk.get();
    }

    static OrganisationProfile example(String name) throws IOException {
        return JSON.readValue(Path.of("..", "examples", name + ".json").toFile(), OrganisationProfile.class);
    }

    private static GapReport.FrameworkResult framework(GapReport r, String id) {
        return r.frameworks().stream().filter(f -> f.framework().equals(id)).findFirst().orElseThrow();
    }

    private static GapReport.RequirementResult requirement(GapReport r, String fw, String ref) {
        return framework(r, fw).requirements().stream().filter(q -> q.provision().equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError(ref + " not a requirement of " + fw));
    }

    private static GapReport.SystemResult system(GapReport r, String id) {
        return r.aiSystems().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void ukBankCreditModelIsHighRiskAndConformityAssessmentIsAGapNoIsoControlFills() throws IOException {
        GapReport r = cw.gaps().analyse(example("uk-bank"));
        assertThat(r.frameworks()).extracting(GapReport.FrameworkResult::framework).containsExactly("iso42001", "eu-ai-act", "uk-fca");
        GapReport.SystemResult credit = system(r, "credit-scoring");
        assertThat(credit.riskCategory()).isEqualTo("high-risk");
        assertThat(credit.obligations()).filteredOn(o -> o.provision().equals("eu-ai-act:Art. 43"))
                .singleElement().satisfies(o -> assertThat(o.status()).isEqualTo("gap"));
        // logging in the ISMS (iso27001:A.8.15) carries partly into Art. 12 record-keeping, with its mapping row
        GapReport.RequirementResult art12 = requirement(r, "eu-ai-act", "eu-ai-act:Art. 12");
        assertThat(art12.status()).isEqualTo("partial");
        assertThat(art12.coveredBy()).anySatisfy(c -> {
            assertThat(c.control()).isEqualTo("iso27001:A.8.15");
            assertThat(c.relation()).isEqualTo("intersects-with");
            assertThat(c.chain()).isNotEmpty();
        });
        assertThat(requirement(r, "iso42001", "iso42001:A.10.4").status()).isEqualTo("not-applicable");
        assertThat(requirement(r, "iso42001", "iso42001:A.6.2.4").status()).isEqualTo("covered");
    }

    @Test
    void theNamedQueryGivesTheSameStatusesAsTheShapes() throws IOException {
        for (String name : List.of("uk-bank", "hr-tech", "small-provider")) {
            OrganisationProfile p = example(name);
            GapAnalysis.Prepared prepared = cw.gaps().prepare(p);
            GapReport report = cw.gaps().analyse(prepared);
            java.util.Map<String, String> expected = new java.util.TreeMap<>();
            report.frameworks().forEach(f -> f.requirements().forEach(q -> expected.put(q.provision(), q.status())));
            var ds = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
            var g = cw.gaps().evaluationGraph(prepared);
            org.apache.jena.system.Txn.executeWrite(ds, () -> g.find().forEach(ds.getDefaultGraph()::add));
            org.apache.jena.graph.Node orgNode = g.find(org.apache.jena.graph.Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(),
                    dev.crosswalk.vocab.CW.node("Organisation")).next().getSubject();
            java.util.Map<String, String> actual = new java.util.TreeMap<>();
            cw.queries().select("gaps", java.util.Map.of("org", orgNode), ds).forEach(b -> actual.put(
                    cw.catalog().provisionByIri(b.get("provision").getURI()).orElseThrow().ref(), b.get("status").getLiteralLexicalForm()));
            assertThat(actual).as(name).isEqualTo(expected);
        }
    }

    @Test
    void scoresCountCoveredAsOneAndPartialAsHalfOverApplicableRequirements() throws IOException {
        for (String name : List.of("uk-bank", "hospital", "rail-operator", "hr-tech")) {
            for (GapReport.FrameworkResult f : cw.gaps().analyse(example(name)).frameworks()) {
                int applicable = f.counts().get("applicable");
                double expected = applicable == 0 ? 0 : (f.counts().get("covered") + 0.5 * f.counts().get("partial")) / applicable;
                assertThat(f.score()).as(name + " " + f.framework()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.001));
                assertThat(f.requirements()).hasSize(applicable + f.counts().get("not-applicable"));
            }
        }
    }

    @Test
    void hospitalAsPublicBodyDeployerOwesAFundamentalRightsImpactAssessment() throws IOException {
        GapReport r = cw.gaps().analyse(example("hospital"));
        GapReport.SystemResult triage = r.aiSystems().get(0);
        assertThat(triage.riskCategory()).isEqualTo("high-risk");
        assertThat(triage.obligations()).extracting(GapReport.ObligationResult::provision)
                .contains("eu-ai-act:Art. 27", "eu-ai-act:Art. 26(8)", "eu-ai-act:Art. 86");
        assertThat(r.frameworks()).extracting(GapReport.FrameworkResult::framework).doesNotContain("uk-fca");
    }

    @Test
    void railSafetyComponentUnderSectionBHasNoDirectAiActDuties() throws IOException {
        GapReport r = cw.gaps().analyse(example("rail-operator"));
        GapReport.SystemResult s = r.aiSystems().get(0);
        assertThat(s.riskCategory()).isEqualTo("high-risk");
        assertThat(s.obligations()).isEmpty();
        assertThat(s.basis()).contains("eu-ai-act:Art. 2");
    }

    @Test
    void hrTechImpactAssessmentIsPartialAsDeclared() throws IOException {
        GapReport r = cw.gaps().analyse(example("hr-tech"));
        assertThat(requirement(r, "iso42001", "iso42001:6.1.4").status()).isIn("partial", "covered");
        assertThat(system(r, "cv-screening").basis()).contains("eu-ai-act:Annex III 4(a)");
    }

    @Test
    void invalidProfilesListEveryViolationByField() throws IOException {
        OrganisationProfile good = example("hr-tech");
        OrganisationProfile bad = new OrganisationProfile(
                new OrganisationProfile.Organisation("Bad Id!", "x", "banking", List.of("US"), null),
                good.managementSystems(), good.scope(), good.aiSystems(),
                List.of(new OrganisationProfile.ControlStatus("iso42001:A.99", "done", null, null),
                        new OrganisationProfile.ControlStatus("iso42001:A.2.2", "not-applicable", null, null)));
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, () -> cw.gaps().analyse(bad));
        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(InvalidProfileException.FieldError::field).contains(
                "organisation.id", "organisation.sector", "organisation.jurisdictions",
                "controls[0].provision", "controls[0].status", "controls[1]");
        assertThat(e.errors()).anySatisfy(x -> assertThat(x.message()).contains("'iso42001:A.99' is not a provision"));
        assertThat(e.errors()).anySatisfy(x -> assertThat(x.message()).contains("not-applicable needs a justification"));
    }

    @Test
    void statementOfApplicabilityListsAll38ControlsWithExclusionsAndRelatedProvisions() throws IOException {
        StatementOfApplicability.Soa soa = cw.soa().build(example("uk-bank"));
        assertThat(soa.controls()).hasSize(38);
        StatementOfApplicability.Entry excluded = soa.controls().stream().filter(c -> c.provision().equals("iso42001:A.10.4")).findFirst().orElseThrow();
        assertThat(excluded.applicable()).isFalse();
        assertThat(excluded.justification()).isNotBlank();
        StatementOfApplicability.Entry logs = soa.controls().stream().filter(c -> c.provision().equals("iso42001:A.6.2.8")).findFirst().orElseThrow();
        assertThat(logs.related()).contains("iso27001:A.8.15").anyMatch(x -> x.startsWith("eu-ai-act:Art. 12"));
    }

    @Test
    void imsPlanReusesCertifiedSharedProcessesAndBuildsImpactAssessmentNew() throws IOException {
        ImsPlanner.Plan bank = cw.imsPlanner().plan(example("uk-bank"), null);
        assertThat(bank.items()).hasSize(81);
        ImsPlanner.Item docControl = bank.items().stream().filter(i -> i.provision().equals("iso42001:7.5.3")).findFirst().orElseThrow();
        assertThat(docControl.action()).isEqualTo("reuse");
        assertThat(docControl.from()).contains("iso27001:7.5.3");
        assertThat(docControl.sharedProcess()).isNotNull();
        ImsPlanner.Item impact = bank.items().stream().filter(i -> i.provision().equals("iso42001:6.1.4")).findFirst().orElseThrow();
        assertThat(impact.action()).isEqualTo("new");
        assertThat(impact.documents()).isNotEmpty();
        assertThat(bank.sharedProcesses()).extracting(ImsPlanner.SharedProcessUse::provisions).anySatisfy(p -> assertThat(p).contains("iso42001:9.2.2"));
        // the hospital runs no certified management system: nothing is reused
        ImsPlanner.Plan hospital = cw.imsPlanner().plan(example("hospital"), null);
        assertThat(hospital.counts().get("reuse")).isZero();
        assertThat(bank.items().get(0).phaseNumber()).isEqualTo(1);
    }
}
