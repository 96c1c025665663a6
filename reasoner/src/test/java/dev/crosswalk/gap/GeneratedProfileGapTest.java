package dev.crosswalk.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.SharedCrosswalk;
import dev.crosswalk.classify.AiSystem;
import dev.crosswalk.profile.InvalidProfileException;
import dev.crosswalk.profile.OrganisationProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A profile of a few hundred generated AI systems, analysed at once, gives every system and every requirement the
 * same result as the same systems analysed in small separate profiles: the analysis of one system does not depend
 * on how many others share the profile. Also: the generator is deterministic and its profiles are valid.
 */
class GeneratedProfileGapTest {
    private static Crosswalk cw;

    @BeforeAll
    static void load() {
        cw = SharedCrosswalk.get();
    }

    @Test
    void theGeneratorIsDeterministicForASeedAndVaried() {
        OrganisationProfile a = ProfileGenerator.generate(200, 11);
        assertThat(ProfileGenerator.toJson(a)).isEqualTo(ProfileGenerator.toJson(ProfileGenerator.generate(200, 11)));
        assertThat(ProfileGenerator.toJson(a)).isNotEqualTo(ProfileGenerator.toJson(ProfileGenerator.generate(200, 12)));
        assertThat(a.aiSystems()).hasSize(200);
        assertThat(a.aiSystems().stream().map(AiSystem::role).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(6);
        assertThat(a.aiSystems().stream().map(AiSystem::annexIII).filter(x -> x != null).collect(Collectors.toSet())).hasSizeGreaterThan(10);
        assertThat(a.aiSystems()).anyMatch(s -> Boolean.TRUE.equals(s.generalPurposeModel()));
        Set<String> categories = cw.gaps().prepare(a).classifications().stream().map(c -> c.riskCategory()).collect(Collectors.toSet());
        assertThat(categories).contains("high-risk", "limited-risk", "minimal-risk");
    }

    @Test
    void everySeedGivesAValidProfile() {
        for (long seed = 1; seed <= 5; seed++) {
            OrganisationProfile p = ProfileGenerator.generate(150, seed);
            assertThat(cw.gaps().prepare(p).classifications()).as("seed %d", seed).hasSize(150);
        }
    }

    @Test
    void aLargeProfileGivesEachSystemAndRequirementWhatSmallProfilesOfItsSystemsGive() {
        OrganisationProfile whole = ProfileGenerator.generate(240, 2026);
        GapReport all = cw.gaps().analyse(whole);
        assertThat(all.aiSystems()).hasSize(240);

        Map<String, GapReport.SystemResult> bySystem = new HashMap<>();
        Map<String, GapReport.RequirementResult> byRequirement = new HashMap<>();
        Map<String, List<String>> systemsOf = new LinkedHashMap<>();
        int chunk = 40;
        for (int from = 0; from < whole.aiSystems().size(); from += chunk) {
            List<AiSystem> part = whole.aiSystems().subList(from, Math.min(from + chunk, whole.aiSystems().size()));
            GapReport r = cw.gaps().analyse(new OrganisationProfile(whole.organisation(), whole.managementSystems(), whole.scope(),
                    part, whole.controls()));
            r.aiSystems().forEach(s -> bySystem.put(s.id(), s));
            r.frameworks().forEach(f -> f.requirements().forEach(q -> {
                GapReport.RequirementResult before = byRequirement.putIfAbsent(f.framework() + " " + q.provision(), q);
                if (before != null) {
                    assertThat(q.status()).isEqualTo(before.status());
                    assertThat(q.coveredBy()).isEqualTo(before.coveredBy());
                }
                systemsOf.computeIfAbsent(f.framework() + " " + q.provision(), k -> new ArrayList<>()).addAll(q.aiSystems());
            }));
        }
        assertThat(all.aiSystems()).containsExactlyElementsOf(whole.aiSystems().stream().map(s -> bySystem.get(s.id())).toList());
        int requirements = 0;
        for (GapReport.FrameworkResult f : all.frameworks()) {
            for (GapReport.RequirementResult q : f.requirements()) {
                GapReport.RequirementResult part = byRequirement.get(f.framework() + " " + q.provision());
                assertThat(part).as(q.provision()).isNotNull();
                assertThat(q.status()).as(q.provision()).isEqualTo(part.status());
                assertThat(q.coveredBy()).as(q.provision()).isEqualTo(part.coveredBy());
                assertThat(q.aiSystems()).as(q.provision()).containsExactlyElementsOf(systemsOf.get(f.framework() + " " + q.provision()));
                requirements++;
            }
        }
        assertThat(requirements).isGreaterThan(100);
        assertThat(all.frameworks().stream().mapToInt(f -> f.requirements().size()).sum()).isEqualTo(byRequirement.size());
    }

    @Test
    void anAiSystemIdUsedTwiceAmongHundredsIsStillReportedOnBothSystems() {
        OrganisationProfile good = ProfileGenerator.generate(300, 4);
        List<AiSystem> systems = new ArrayList<>(good.aiSystems());
        AiSystem copy = systems.get(3);
        AiSystem other = systems.get(250);
        systems.set(250, new AiSystem(copy.id(), other.name(), other.role(), other.annexIII(), other.annexISafetyComponent(),
                other.annexISection(), other.prohibitedPractice(), other.art6_3Conditions(), other.profiling(), other.publicAuthority(),
                other.publicService(), other.interactsWithNaturalPersons(), other.generatesSyntheticContent(), other.emotionRecognition(),
                other.biometricCategorisation(), other.deepFake(), other.generalPurposeModel(), other.systemicRisk(), other.asOf(),
                other.timeline(), other.ownNameOrTrademark(), other.substantialModification(), other.changedIntendedPurpose(),
                other.excludedHighRiskUse(), other.integratesGeneralPurposeModel(), other.openSourceLicence()));
        OrganisationProfile bad = new OrganisationProfile(good.organisation(), good.managementSystems(), good.scope(), systems, good.controls());
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, () -> cw.gaps().prepare(bad));
        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(InvalidProfileException.FieldError::field).containsExactlyInAnyOrder("aiSystems[3]", "aiSystems[250]");
        assertThat(e.errors()).allSatisfy(f -> assertThat(f.message()).contains(copy.id()).contains("used twice"));
        assertThat(e.errors()).anySatisfy(f -> assertThat(f.message()).contains("aiSystems[250]"));
    }

    @Test
    void aSystemAloneGetsWhatItGetsAmongHundreds() {
        OrganisationProfile whole = ProfileGenerator.generate(240, 2026);
        GapReport all = cw.gaps().analyse(whole);
        for (int i = 0; i < 240; i += 30) {
            AiSystem s = whole.aiSystems().get(i);
            GapReport alone = cw.gaps().analyse(new OrganisationProfile(whole.organisation(), whole.managementSystems(), whole.scope(),
                    List.of(s), whole.controls()));
            assertThat(alone.aiSystems()).singleElement().isEqualTo(all.aiSystems().get(i));
        }
    }
}
