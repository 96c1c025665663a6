package dev.crosswalk.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.SharedCrosswalk;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.profile.OrganisationProfile;
import dev.crosswalk.validate.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link GapRules} (the gap shapes evaluated in Java, what the product runs) gives the results RDF4J's SHACL engine
 * gives with ontology/shapes/gaps.shacl.ttl (the specification): the same result list, in the same order, and the
 * same gap report, over the example profiles, the edge cases of gap-agreement/, and many seeded profiles with random
 * controls (no controls, certified and uncertified management systems, clauses declared not-applicable, planned or
 * partial, controls of every framework, evidence nobody knows).
 */
class GapRulesAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final List<String> STATUSES = List.of("implemented", "partial", "planned", "not-applicable");
    private static final List<String> FRAMEWORKS = List.of("iso42001", "iso27001", "iso9001", "iso22301", "eu-ai-act", "uk-fca");
    private static Crosswalk cw;

    @BeforeAll
    static void load() {
        cw = SharedCrosswalk.get();
    }

    @Test
    void theRulesGiveTheShapesResultsAndReportOnEveryProfile() {
        Map<String, OrganisationProfile> profiles = profiles();
        assertThat(profiles).hasSizeGreaterThanOrEqualTo(54);
        Set<String> shapesSeen = new TreeSet<>();
        int results = 0;
        for (Map.Entry<String, OrganisationProfile> e : profiles.entrySet()) {
            GapAnalysis.Prepared prepared = cw.gaps().prepare(e.getValue());
            List<Violation> bySpecification = cw.gaps().shapeResults(prepared, true);
            assertThat(bySpecification).as(e.getKey()).isNotEmpty();
            List<Violation> byRules = cw.gaps().shapeResults(prepared, false);
            assertThat(difference(byRules, bySpecification)).as(e.getKey() + ": results only the rules give").isEmpty();
            assertThat(difference(bySpecification, byRules)).as(e.getKey() + ": results only the shapes give").isEmpty();
            assertThat(byRules).as(e.getKey()).isEqualTo(bySpecification);
            assertThat(cw.gaps().analyse(prepared)).as(e.getKey()).isEqualTo(cw.gaps().analyseBySpecification(prepared));
            bySpecification.forEach(v -> shapesSeen.add(v.shape().substring(v.shape().indexOf('#') + 1)));
            results += bySpecification.size();
        }
        // not vacuous: every one of the ten constraints fired somewhere
        assertThat(shapesSeen).containsExactlyInAnyOrder("GapNotApplicable", "GapCoveredDirectly", "GapCoveredByEqual",
                "GapCoveredBySuperset", "GapPartialBySubset", "GapPartialByIntersection", "GapPartialControl", "GapPlannedOnly",
                "GapRelatedEvidence", "GapUncovered");
        assertThat(results).isGreaterThan(10_000);
    }

    @Test
    void aProfileWithoutControlsIsAllGapsByBoth() {
        OrganisationProfile none = withControls(ProfileGenerator.generate(3, 7), List.of(), List.of());
        GapAnalysis.Prepared prepared = cw.gaps().prepare(none);
        List<Violation> rules = cw.gaps().shapeResults(prepared, false);
        assertThat(rules).isNotEmpty().allSatisfy(v -> assertThat(v.shape()).endsWith("#GapUncovered"));
        assertThat(rules).isEqualTo(cw.gaps().shapeResults(prepared, true));
        GapReport report = cw.gaps().analyse(prepared);
        assertThat(report.frameworks()).isNotEmpty().allSatisfy(f -> assertThat(f.requirements()).isNotEmpty()
                .allSatisfy(q -> assertThat(q.status()).isEqualTo(GapStatus.GAP)));
    }

    @Test
    void concurrentAnalysesGiveWhatOneAtATimeGives() throws Exception {
        List<OrganisationProfile> profiles = new ArrayList<>(profiles().values()).subList(0, 16);
        List<GapReport> expected = profiles.stream().map(p -> cw.gaps().analyse(p)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<GapReport>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (OrganisationProfile p : profiles) futures.add(pool.submit(() -> cw.gaps().analyse(p)));
            }
            assertThat(futures).hasSize(48);
            for (int i = 0; i < futures.size(); i++) assertThat(futures.get(i).get()).isEqualTo(expected.get(i % profiles.size()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aConstraintTheRulesDoNotKnowStopsThemRatherThanBeingSkipped() {
        Graph shapes = GraphFactory.createDefaultGraph();
        cw.model().graphs().get(GraphNames.SHAPES_PREFIX + "gaps").find().forEach(shapes::add);
        Node extra = NodeFactory.createURI("https://w3id.org/crosswalk/shapes#GapSomethingNew");
        shapes.add(Triple.create(NodeFactory.createURI("https://w3id.org/crosswalk/shapes#GapShape"),
                NodeFactory.createURI("http://www.w3.org/ns/shacl#sparql"), extra));
        assertThatThrownBy(() -> new GapRules(shapes, cw.coverageRule().edges())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GapSomethingNew");
    }

    /** The examples, the edge cases, and seeded variations of the UK bank with random controls and management systems. */
    private static Map<String, OrganisationProfile> profiles() {
        Map<String, OrganisationProfile> out = new LinkedHashMap<>();
        for (Path dir : List.of(Path.of("..", "examples"), Path.of("src", "test", "resources", "gap-agreement"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> out.put(f.getFileName().toString(), read(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (long seed = 1; seed <= 48; seed++) out.put("seed " + seed, varied(seed));
        return out;
    }

    /** The UK bank with 1-12 generated AI systems, up to 60 random controls and a random choice of management systems. */
    private static OrganisationProfile varied(long seed) {
        Random r = new Random(seed);
        OrganisationProfile base = ProfileGenerator.generate(1 + r.nextInt(12), seed);
        List<OrganisationProfile.ControlStatus> controls = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        if (r.nextInt(4) > 0) base.controls().stream().filter(c -> r.nextInt(3) > 0).forEach(c -> {
            controls.add(c);
            listed.add(c.provision());
        });
        int extra = seed % 10 == 0 ? 0 : r.nextInt(60);
        for (int k = 0; k < extra; k++) {
            List<Provision> pool = cw.catalog().provisions(FRAMEWORKS.get(r.nextInt(FRAMEWORKS.size())));
            String provision = pool.get(r.nextInt(pool.size())).ref();
            if (!listed.add(provision)) continue;
            String status = STATUSES.get(r.nextInt(STATUSES.size()));
            List<String> evidence = switch (r.nextInt(3)) {
                case 0 -> List.of();
                case 1 -> List.of("UNKNOWN-EVIDENCE-" + seed + "-" + k);
                default -> List.of("doc " + k, "https://evidence.example/" + seed + "/" + k);
            };
            controls.add(new OrganisationProfile.ControlStatus(provision, status, "Random control " + k + " (seed " + seed + ").", evidence));
        }
        List<OrganisationProfile.ManagementSystem> systems = new ArrayList<>();
        for (String standard : List.of("iso27001", "iso9001", "iso22301")) {
            int pick = r.nextInt(3);
            if (pick == 1) systems.add(new OrganisationProfile.ManagementSystem(standard, true, "CERT-" + standard + "-" + seed));
            if (pick == 2) systems.add(new OrganisationProfile.ManagementSystem(standard, false, null));
        }
        if (seed % 10 == 0) controls.clear(); // no controls at all: certified clauses only, or nothing
        return withControls(base, systems, controls);
    }

    private static List<Violation> difference(List<Violation> a, List<Violation> b) {
        Set<Violation> in = new LinkedHashSet<>(b);
        return a.stream().filter(v -> !in.contains(v)).toList();
    }

    private static OrganisationProfile withControls(OrganisationProfile p, List<OrganisationProfile.ManagementSystem> systems,
                                                    List<OrganisationProfile.ControlStatus> controls) {
        return new OrganisationProfile(p.organisation(), systems, p.scope(), p.aiSystems(), controls);
    }

    private static OrganisationProfile read(Path file) {
        try {
            return JSON.readValue(file.toFile(), OrganisationProfile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
