package dev.crosswalk.bench;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.gap.ProfileGenerator;
import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.profile.OrganisationProfile;
import dev.crosswalk.profile.ProfileGraph;
import dev.crosswalk.validate.ShaclValidator;
import dev.crosswalk.vocab.CW;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SHACL validation of the same data with the same shapes by RDF4J's ShaclSail (the product's engine, through
 * dev.crosswalk.validate.ShaclValidator, conversion included) and by Jena SHACL: the profile shapes over a generated
 * profile (what every analysis validates first), and the gap shapes over its evaluation graph.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ShaclBench {
    @Param({"10", "100", "1000", "10000"})
    public int systems;

    private ShaclValidator rdf4jProfile;
    private ShaclValidator rdf4jGaps;
    private Shapes jenaProfile;
    private Shapes jenaGaps;
    private Graph profileData;
    private Graph gapData;

    @Setup
    public void load() {
        Crosswalk core = BenchData.core();
        Graph profileShapes = core.model().graphs().get(GraphNames.SHAPES_PREFIX + "profile");
        Graph gapShapes = core.model().graphs().get(GraphNames.SHAPES_PREFIX + "gaps");
        rdf4jProfile = ShaclValidator.of(profileShapes);
        rdf4jGaps = ShaclValidator.of(gapShapes);
        jenaProfile = Shapes.parse(profileShapes);
        jenaGaps = Shapes.parse(gapShapes);
        OrganisationProfile profile = ProfileGenerator.generate(systems, 42);
        profileData = profileData(core, profile);
        gapData = gapData(core.gaps().evaluationGraph(core.gaps().prepare(profile)));
    }

    /**
     * What GapAnalysis validates with the gap shapes: the stored evaluation graph without the AI system entries and
     * the classifier's obligations (kept for the named queries; the gap shapes never read them).
     */
    static Graph gapData(Graph evaluation) {
        Set<Node> skip = new HashSet<>();
        for (String type : new String[] {"AiSystemEntry", "Obligation"}) {
            evaluation.find(Node.ANY, RDF.type.asNode(), CW.node(type)).forEach(t -> skip.add(t.getSubject()));
        }
        Graph out = GraphFactory.createDefaultGraph();
        evaluation.find().forEach(t -> {
            if (!skip.contains(t.getSubject()) && !skip.contains(t.getObject())) out.add(t);
        });
        return out;
    }

    /** What ProfileValidator validates: the profile's graph and one type triple per catalogued provision. */
    static Graph profileData(Crosswalk core, OrganisationProfile profile) {
        Graph data = GraphFactory.createDefaultGraph();
        ProfileGraph.toRdf(profile, core.catalog()).find().forEach(data::add);
        core.catalog().frameworks().forEach(f -> core.catalog().provisions(f.id()).forEach(p ->
                data.add(Triple.create(NodeFactory.createURI(p.iri()), RDF.type.asNode(), CW.Provision.asNode()))));
        return data;
    }

    @Benchmark
    public Object profileRdf4j() {
        return rdf4jProfile.validate(profileData);
    }

    @Benchmark
    public Object profileJena() {
        return org.apache.jena.shacl.ShaclValidator.get().validate(jenaProfile, profileData);
    }

    @Benchmark
    public Object gapsRdf4j() {
        return rdf4jGaps.validate(gapData);
    }

    @Benchmark
    public Object gapsJena() {
        return org.apache.jena.shacl.ShaclValidator.get().validate(jenaGaps, gapData);
    }
}
