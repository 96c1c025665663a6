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
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RDF4J's ShaclSail (the product's engine) and Jena SHACL (timed against it in the benchmarks module) give the same
 * verdict and the same results on the same shapes and data: a conforming generated profile, one with four faults, and
 * the gap shapes over an evaluation graph.
 */
class ShaclEnginesAgreeTest {
    private static Crosswalk cw;

    @BeforeAll
    static void load() {
        cw = SharedCrosswalk.get();
    }

    private static Graph shapes(String name) {
        return cw.model().graphs().get(GraphNames.SHAPES_PREFIX + name);
    }

    /** What ProfileValidator validates: the profile's graph and one type triple per catalogued provision. */
    private static Graph profileData(OrganisationProfile profile) {
        Graph data = GraphFactory.createDefaultGraph();
        ProfileGraph.toRdf(profile, cw.catalog()).find().forEach(data::add);
        cw.catalog().frameworks().forEach(f -> cw.catalog().provisions(f.id()).forEach(p ->
                data.add(Triple.create(NodeFactory.createURI(p.iri()), RDF.type.asNode(), CW.Provision.asNode()))));
        return data;
    }

    /** Focus node and path of each result, as RDF4J reports them. */
    private static Set<String> rdf4j(Graph shapes, Graph data) {
        Set<String> out = new TreeSet<>();
        ShaclValidator.of(shapes).validate(data).violations().forEach(v -> out.add(v.focusNode() + " " + v.path() + " " + v.value()));
        return out;
    }

    private static Set<String> jena(Graph shapes, Graph data, ValidationReport[] keep) {
        ValidationReport report = org.apache.jena.shacl.ShaclValidator.get().validate(Shapes.parse(shapes), data);
        keep[0] = report;
        Set<String> out = new TreeSet<>();
        report.getEntries().forEach(e -> out.add(str(e.focusNode()) + " " + (e.resultPath() == null ? null : e.resultPath().toString()
                .replaceAll("^<|>$", "")) + " " + (e.value() == null ? null : str(e.value()))));
        return out;
    }

    private static String str(Node n) {
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    @Test
    void bothEnginesFindAConformingGeneratedProfileValid() {
        Graph data = profileData(ProfileGenerator.generate(120, 5));
        ValidationReport[] jena = new ValidationReport[1];
        assertThat(rdf4j(shapes("profile"), data)).isEmpty();
        assertThat(jena(shapes("profile"), data, jena)).isEmpty();
        assertThat(jena[0].conforms()).isTrue();
    }

    @Test
    void bothEnginesReportTheSameFaultsOfABrokenProfile() {
        OrganisationProfile good = ProfileGenerator.generate(60, 5);
        List<AiSystem> systems = new ArrayList<>(good.aiSystems());
        AiSystem first = systems.get(0);
        // a second system with the first one's id, and a system with an unknown role
        systems.set(1, new AiSystem(first.id(), "duplicate", "deployer", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null));
        systems.set(2, new AiSystem("odd-role", "odd", "chief-executive", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null));
        List<OrganisationProfile.ControlStatus> controls = new ArrayList<>(good.controls());
        controls.add(new OrganisationProfile.ControlStatus("iso42001:A.8.4", "done", null, List.of()));
        controls.add(new OrganisationProfile.ControlStatus("iso42001:A.8.5", "not-applicable", null, List.of()));
        Graph data = profileData(new OrganisationProfile(good.organisation(), good.managementSystems(), good.scope(), systems, controls));
        ValidationReport[] jena = new ValidationReport[1];
        Set<String> fromRdf4j = rdf4j(shapes("profile"), data);
        Set<String> fromJena = jena(shapes("profile"), data, jena);
        assertThat(jena[0].conforms()).isFalse();
        // the duplicate id (reported on both systems), the role, the status and the missing justification
        assertThat(fromRdf4j).hasSize(5);
        assertThat(fromJena).isEqualTo(fromRdf4j);
    }

    @Test
    void bothEnginesGiveTheSameGapResults() {
        Graph data = cw.gaps().evaluationGraph(cw.gaps().prepare(ProfileGenerator.generate(40, 9)));
        ValidationReport[] jena = new ValidationReport[1];
        Set<String> fromRdf4j = rdf4j(shapes("gaps"), data);
        assertThat(fromRdf4j).hasSizeGreaterThan(50);
        assertThat(jena(shapes("gaps"), data, jena)).isEqualTo(fromRdf4j);
    }
}
