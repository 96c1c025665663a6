package dev.crosswalk.gap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.SharedCrosswalk;
import dev.crosswalk.profile.OrganisationProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The AI-risk and model-risk frameworks in scope.frameworks: assessed through the mappings, with their status noted. */
class RiskFrameworkGapTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static Crosswalk cw;

    @BeforeAll
    static void load() {
        cw = SharedCrosswalk.get();
    }

    private static OrganisationProfile profile(String frameworks) throws Exception {
        return JSON.readValue("""
                {"organisation": {"id": "risk-bank", "name": "Risk Bank", "sector": "financial-services", "jurisdictions": ["EU"]},
                 "managementSystems": [{"standard": "iso42001", "certified": false}],
                 "scope": {"frameworks": [%s]},
                 "controls": [
                   {"provision": "iso42001:A.3.2", "status": "implemented", "evidence": ["ROLES-01"]},
                   {"provision": "iso42001:A.6.2.6", "status": "implemented", "evidence": ["MON-01"]}]}
                """.formatted(frameworks), OrganisationProfile.class);
    }

    private static GapReport.FrameworkResult framework(GapReport r, String id) {
        return r.frameworks().stream().filter(f -> f.framework().equals(id)).findFirst().orElseThrow();
    }

    private static GapReport.RequirementResult requirement(GapReport.FrameworkResult f, String ref) {
        return f.requirements().stream().filter(q -> q.provision().equals(ref)).findFirst().orElseThrow();
    }

    @Test
    void nistAiRmfInScopeIsAssessedSubcategoryBySubcategoryThroughTheMappings() throws Exception {
        GapReport r = cw.gaps().analyse(profile("\"nist-ai-rmf\""));
        assertThat(r.frameworks()).extracting(GapReport.FrameworkResult::framework).containsExactly("nist-ai-rmf");
        GapReport.FrameworkResult nist = framework(r, "nist-ai-rmf");
        assertThat(nist.requirements()).hasSize(72);
        assertThat(nist.note()).isNull();
        GapReport.RequirementResult roles = requirement(nist, "nist-ai-rmf:GOVERN 2.1");
        assertThat(roles.status()).isNotEqualTo(GapStatus.GAP);
        assertThat(roles.coveredBy()).extracting(GapReport.Coverage::control).contains("iso42001:A.3.2");
        // a subcategory no implemented control bears on stays a gap
        assertThat(requirement(nist, "nist-ai-rmf:MEASURE 2.12").status()).isEqualTo(GapStatus.GAP);
        assertThat(nist.counts().get("applicable")).isEqualTo(72);
    }

    @Test
    void modelRiskFrameworksCarryTheirStatusIntoTheReport() throws Exception {
        GapReport r = cw.gaps().analyse(profile("\"us-sr-11-7\", \"us-sr-26-2\", \"ca-osfi-e23\""));
        GapReport.FrameworkResult sr11 = framework(r, "us-sr-11-7");
        assertThat(sr11.requirements()).hasSize(13);
        assertThat(sr11.note()).contains("superseded since 2026-04-17 by us-sr-26-2");
        assertThat(requirement(sr11, "us-sr-11-7:SR11-7 V.1.2").coveredBy()).extracting(GapReport.Coverage::control)
                .contains("iso42001:A.6.2.6");
        GapReport.FrameworkResult e23 = framework(r, "ca-osfi-e23");
        assertThat(e23.requirements()).hasSize(12);
        assertThat(e23.note()).contains("not yet effective").contains("2027-05-01");
        GapReport.FrameworkResult sr26 = framework(r, "us-sr-26-2");
        assertThat(sr26.requirements()).isEmpty();
        assertThat(sr26.note()).contains("no assessable provision of us-sr-26-2");
    }

    @Test
    void theImsPlanAcceptsAProfileScopedToTheNewFrameworks() throws Exception {
        ImsPlanner.Plan plan = cw.imsPlanner().plan(profile("\"nist-ai-rmf\", \"ca-osfi-e23\""), null);
        assertThat(plan.target()).isEqualTo("iso42001");
        assertThat(plan.items()).isNotEmpty();
        assertThat(plan.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(plan.items().size());
    }
}
