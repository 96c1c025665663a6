package dev.crosswalk.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.classify.AiSystem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Art. 25 fields of an AI system survive the profile's RDF form (Turtle and JSON-LD profiles read them back). */
class ValueChainProfileTest {
    @Test
    void theValueChainFieldsRoundTripThroughRdf() {
        Catalog catalog = dev.crosswalk.SharedCrosswalk.get().catalog();
        AiSystem s = new AiSystem("hire", "Hiring screen", "deployer", "4(a)", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, true, null, true, true, true, null);
        AiSystem supplier = new AiSystem("tool", null, "supplier", "4(a)", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, true, null, null, null, true);
        OrganisationProfile p = new OrganisationProfile(new OrganisationProfile.Organisation("org", "Org", "technology", List.of("EU"), false),
                List.of(), new OrganisationProfile.Scope(List.of("eu-ai-act")), List.of(s, supplier), List.of());
        List<AiSystem> back = ProfileRdf.read(ProfileGraph.toRdf(p, catalog), catalog).aiSystems();
        assertThat(back).hasSize(2);
        AiSystem hire = back.stream().filter(a -> a.id().equals("hire")).findFirst().orElseThrow();
        assertThat(hire.ownNameOrTrademark()).isTrue();
        assertThat(hire.substantialModification()).isNull();
        assertThat(hire.changedIntendedPurpose()).isTrue();
        assertThat(hire.excludedHighRiskUse()).isTrue();
        assertThat(hire.integratesGeneralPurposeModel()).isTrue();
        AiSystem tool = back.stream().filter(a -> a.id().equals("tool")).findFirst().orElseThrow();
        assertThat(tool.role()).isEqualTo("supplier");
        assertThat(tool.substantialModification()).isTrue();
        assertThat(tool.openSourceLicence()).isTrue();
    }
}
