package dev.crosswalk.gap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.SharedCrosswalk;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.mapping.Effect;
import dev.crosswalk.mapping.Relation;
import dev.crosswalk.profile.OrganisationProfile;
import dev.crosswalk.vocab.CW;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * queries/gaps.rq and the gap shapes (ontology/shapes/gaps.shacl.ttl) give every requirement the same
 * status, over the shipped example profiles and the edge cases in src/test/resources/gap-agreement
 * (certified clauses, a certified clause the profile declares planned, related evidence against a
 * no-relationship row, planned, partial and not-applicable controls), plus an organisation that
 * implements every ISO/IEC 42001 provision. The query runs both over the evaluation graph alone and as a
 * stored organisation's query runs (joined with the reference data, which holds every raw mapping edge).
 */
class GapsQueryAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static Crosswalk cw;

    @BeforeAll
    static void load() {
        cw = SharedCrosswalk.get();
    }

    static Stream<Arguments> profiles() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Path dir : List.of(Path.of("..", "examples"), Path.of("src", "test", "resources", "gap-agreement"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> out.add(Arguments.of(f.getFileName().toString(), read(f))));
            }
        }
        out.add(Arguments.of("every ISO/IEC 42001 provision implemented", everyIso42001Provision()));
        assertThat(out).hasSizeGreaterThanOrEqualTo(7);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void theQueryGivesEveryRequirementTheStatusTheShapesGive(String name, OrganisationProfile profile) {
        GapAnalysis.Prepared prepared = cw.gaps().prepare(profile);
        Map<String, String> byShapes = statuses(cw.gaps().analyse(prepared));
        assertThat(byShapes).as(name).isNotEmpty();

        Graph evaluation = cw.gaps().evaluationGraph(prepared);
        assertThat(overEvaluationGraph(evaluation)).as(name + ", over the evaluation graph").isEqualTo(byShapes);
        assertThat(asStoredOrganisation(evaluation)).as(name + ", as a stored organisation's query").isEqualTo(byShapes);
    }

    @Test
    void theEdgeCasesAreInTheProfiles() {
        GapReport r = cw.gaps().analyse(read(Path.of("src", "test", "resources", "gap-agreement", "edge-cases.json")));
        // related evidence only: A.8.5 intersects with Art. 49, but a no-relationship row and its strength stop it counting
        GapReport.RequirementResult art49 = requirement(r, "eu-ai-act:Art. 49");
        assertThat(art49.status()).isEqualTo(GapStatus.GAP);
        assertThat(art49.coveredBy()).filteredOn(c -> c.control().equals("iso42001:A.8.5")).singleElement()
                .satisfies(c -> assertThat(c.effect()).isEqualTo(Effect.RELATED));
        assertThat(requirement(r, "iso42001:A.10.4").status()).isEqualTo(GapStatus.NOT_APPLICABLE);
        assertThat(requirement(r, "iso42001:A.6.2.8").status()).isEqualTo(GapStatus.PARTIAL);
        GapReport.RequirementResult planned = requirement(r, "iso42001:A.7.4");
        assertThat(planned.status()).isEqualTo(GapStatus.GAP);
        assertThat(planned.coveredBy()).extracting(GapReport.Coverage::effect).containsExactly(Effect.PLANNED);
        // a certified clause the profile declares planned is not in place through the certificate
        assertThat(requirement(r, "iso42001:7.5.3").coveredBy()).filteredOn(c -> c.control().equals("iso27001:7.5.3"))
                .singleElement().satisfies(c -> {
                    assertThat(c.effect()).isEqualTo(Effect.PLANNED);
                    assertThat(c.certifiedBy()).isNull();
                });
        // while the other certified clauses cover their ISO/IEC 42001 peers
        assertThat(requirement(r, "iso42001:9.2.1").coveredBy()).anySatisfy(c -> {
            assertThat(c.certifiedBy()).isEqualTo("iso27001");
            assertThat(c.effect()).isEqualTo(Effect.COVERS);
        });
        GapReport.RequirementResult art12 = requirement(r, "eu-ai-act:Art. 12");
        assertThat(art12.status()).isEqualTo(GapStatus.PARTIAL);
        assertThat(art12.coveredBy()).anySatisfy(c -> assertThat(c.control()).isEqualTo("iso27001:A.8.15"));
    }

    /**
     * The comparison is not vacuous: over all the profiles every status and every effect of a control
     * occurs, and some requirement the shapes call a gap has a raw mapping edge in the reference data
     * from a control the organisation implements (the case a stored organisation's query once got wrong).
     */
    @Test
    void theProfilesReachEveryStatusEffectAndARawEdgeThatDoesNotCount() throws IOException {
        Set<GapStatus> statuses = EnumSet.noneOf(GapStatus.class);
        Set<Effect> effects = EnumSet.noneOf(Effect.class);
        List<String> rawEdgeGaps = new ArrayList<>();
        Graph reference = cw.referenceDataset().getDefaultGraph();
        List<OrganisationProfile> all = profiles().map(a -> (OrganisationProfile) a.get()[1]).toList();
        for (OrganisationProfile p : all) {
            GapReport r = cw.gaps().analyse(p);
            r.frameworks().forEach(f -> f.requirements().forEach(q -> {
                statuses.add(q.status());
                q.coveredBy().forEach(c -> effects.add(c.effect()));
                if (q.status() != GapStatus.GAP) return;
                Node req = NodeFactory.createURI(cw.catalog().require(q.provision()).iri());
                for (OrganisationProfile.ControlStatus c : p.controls()) {
                    if (!c.status().equals("implemented")) continue;
                    Node control = NodeFactory.createURI(cw.catalog().require(c.provision()).iri());
                    for (Relation rel : Relation.values()) {
                        if (rel != Relation.NO_RELATIONSHIP && reference.contains(control, NodeFactory.createURI(rel.predicateIri()), req)) {
                            rawEdgeGaps.add(c.provision() + " " + rel.label() + " " + q.provision());
                        }
                    }
                }
            }));
        }
        assertThat(statuses).contains(GapStatus.COVERED, GapStatus.PARTIAL, GapStatus.GAP, GapStatus.NOT_APPLICABLE);
        assertThat(effects).contains(Effect.COVERS, Effect.PARTIAL, Effect.PLANNED, Effect.RELATED, Effect.NOT_APPLICABLE);
        assertThat(rawEdgeGaps).contains("iso42001:A.8.5 intersects-with eu-ai-act:Art. 49");
    }

    private static Map<String, String> statuses(GapReport report) {
        Map<String, String> out = new TreeMap<>();
        report.frameworks().forEach(f -> f.requirements().forEach(q -> out.put(q.provision(), q.status().label())));
        return out;
    }

    /** gaps.rq over the evaluation graph alone, the graph the shapes see. */
    private static Map<String, String> overEvaluationGraph(Graph evaluation) {
        var ds = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(ds, () -> evaluation.find().forEach(ds.getDefaultGraph()::add));
        Node org = G.getOne(evaluation, Node.ANY, RDF.type.asNode(), CW.node("Organisation")).getSubject();
        Map<String, String> out = new TreeMap<>();
        cw.queries().select("gaps", Map.of("org", org), ds).forEach(b -> out.put(ref(b.get("provision").getURI()),
                b.get("status").getLiteralLexicalForm()));
        return out;
    }

    /** gaps.rq as GET /api/v1/orgs/{org}/queries/gaps and {@code crosswalk query gaps --org} run it. */
    private static Map<String, String> asStoredOrganisation(Graph evaluation) {
        Map<String, String> out = new TreeMap<>();
        cw.queryRunner().runForOrganisation("gaps", Map.of(), evaluation).rows()
                .forEach(row -> out.put(ref(row.get("provision")), row.get("status")));
        return out;
    }

    private static String ref(String iri) {
        return cw.catalog().provisionByIri(iri).map(Provision::ref).orElseThrow();
    }

    private static GapReport.RequirementResult requirement(GapReport r, String ref) {
        return r.frameworks().stream().flatMap(f -> f.requirements().stream()).filter(q -> q.provision().equals(ref))
                .findFirst().orElseThrow(() -> new AssertionError(ref + " is not a requirement"));
    }

    private static OrganisationProfile read(Path file) {
        try {
            return JSON.readValue(file.toFile(), OrganisationProfile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every ISO/IEC 42001 clause and control implemented, with a high-risk Annex III 5(b) system and the UK expectations in scope. */
    private static OrganisationProfile everyIso42001Provision() {
        List<OrganisationProfile.ControlStatus> controls = SharedCrosswalk.get().catalog().provisions("iso42001").stream()
                .filter(p -> p.type().equals("Control") || p.type().equals("Clause"))
                .map(p -> new OrganisationProfile.ControlStatus(p.ref(), "implemented", null, List.of())).toList();
        OrganisationProfile base = read(Path.of("src", "test", "resources", "gap-agreement", "edge-cases.json"));
        return new OrganisationProfile(new OrganisationProfile.Organisation("all-iso42001", "All of ISO/IEC 42001", "technology",
                List.of("EU", "UK"), null), List.of(), new OrganisationProfile.Scope(List.of("iso42001", "eu-ai-act", "uk-fca")),
                base.aiSystems(), controls);
    }
}
