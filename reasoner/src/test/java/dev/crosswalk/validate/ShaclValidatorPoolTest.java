package dev.crosswalk.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.SharedCrosswalk;
import dev.crosswalk.classify.AiSystem;
import dev.crosswalk.gap.ProfileGenerator;
import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.profile.OrganisationProfile;
import dev.crosswalk.profile.ProfileGraph;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pooled, pre-loaded sails of {@link ShaclValidator#validate(Graph, Graph)} give what a new sail per call gives:
 * one call's data never stays for the next (a valid profile after a broken one is still valid), in sequence, from
 * several threads at once, and when the constant graph changes.
 */
class ShaclValidatorPoolTest {
    private static Crosswalk cw;
    private static Graph shapes;
    private static Graph provisionTypes;

    @BeforeAll
    static void load() {
        cw = SharedCrosswalk.get();
        shapes = cw.model().graphs().get(GraphNames.SHAPES_PREFIX + "profile");
        provisionTypes = GraphFactory.createDefaultGraph();
        cw.catalog().frameworks().forEach(f -> cw.catalog().provisions(f.id()).forEach(p -> provisionTypes.add(
                Triple.create(NodeFactory.createURI(p.iri()), RDF.type.asNode(), CW.Provision.asNode()))));
    }

    @Test
    void pooledValidationGivesWhatANewSailGivesCallAfterCall() {
        ShaclValidator validator = ShaclValidator.of(shapes);
        List<Graph> profiles = profiles();
        int broken = 0;
        for (int i = 0; i < profiles.size(); i++) {
            ValidationReport expected = validator.validateInNewSail(profiles.get(i), provisionTypes);
            assertThat(validator.validate(profiles.get(i), provisionTypes).violations()).as("profile " + i)
                    .isEqualTo(expected.violations());
            if (i % 2 == 1) {
                assertThat(expected.violations()).as("broken profile " + i).hasSize(5);
                broken++;
            } else {
                assertThat(expected.violations()).as("valid profile " + i).isEmpty();
            }
        }
        assertThat(broken).isEqualTo(6);
    }

    @Test
    void concurrentCallsGetTheirOwnSail() throws Exception {
        ShaclValidator validator = ShaclValidator.of(shapes);
        List<Graph> profiles = profiles();
        List<List<Violation>> expected = profiles.stream().map(p -> validator.validateInNewSail(p, provisionTypes).violations()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Violation>>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Graph p : profiles) futures.add(pool.submit(() -> validator.validate(p, provisionTypes).violations()));
            }
            assertThat(futures).hasSize(4 * profiles.size());
            for (int i = 0; i < futures.size(); i++) assertThat(futures.get(i).get()).isEqualTo(expected.get(i % profiles.size()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherConstantGraphGetsItsOwnSails() {
        ShaclValidator validator = ShaclValidator.of(shapes);
        Graph valid = profiles().get(0);
        assertThat(validator.validate(valid, provisionTypes).violations()).isEmpty();
        // without the provision types every control's provision fails sh:class cw:Provision
        Graph none = GraphFactory.createDefaultGraph();
        List<Violation> withoutTypes = validator.validate(valid, none).violations();
        assertThat(withoutTypes).isNotEmpty().allSatisfy(v -> assertThat(v.path()).isEqualTo(CW.NS + "provision"));
        assertThat(withoutTypes).isEqualTo(validator.validateInNewSail(valid, none).violations());
        assertThat(validator.validate(valid, provisionTypes).violations()).isEmpty();
    }

    /** Valid generated profiles (even positions) alternating with broken ones with five faults (odd positions). */
    private static List<Graph> profiles() {
        List<Graph> out = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            OrganisationProfile good = ProfileGenerator.generate(5 + 7 * k, 100 + k);
            out.add(ProfileGraph.toRdf(good, cw.catalog()));
            out.add(ProfileGraph.toRdf(broken(good, k), cw.catalog()));
        }
        return out;
    }

    /** A duplicate id (reported on both systems), an unknown role, an unknown status and a missing justification. */
    private static OrganisationProfile broken(OrganisationProfile good, int k) {
        List<AiSystem> systems = new ArrayList<>(good.aiSystems());
        AiSystem first = systems.get(0);
        systems.set(1, new AiSystem(first.id(), "duplicate", "deployer", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null));
        systems.set(2, new AiSystem("odd-role-" + k, "odd", "chief-executive", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        List<OrganisationProfile.ControlStatus> controls = new ArrayList<>(good.controls());
        controls.add(new OrganisationProfile.ControlStatus("iso42001:A.8.4", "done", null, List.of()));
        controls.add(new OrganisationProfile.ControlStatus("iso42001:A.8.5", "not-applicable", null, List.of()));
        return new OrganisationProfile(good.organisation(), good.managementSystems(), good.scope(), systems, controls);
    }
}
