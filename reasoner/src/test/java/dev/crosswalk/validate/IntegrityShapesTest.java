package dev.crosswalk.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Data-driven: each case in integrity/manifest.ttl adds one defect to a valid catalog and lists the exact violations. */
class IntegrityShapesTest {
    private static final String T = "https://w3id.org/crosswalk/test#";
    private static final String BASE = "classpath:/integrity/";

    @TestFactory
    Stream<DynamicTest> everyDefectIsReportedExactly() {
        Model manifest = ModelFactory.createDefaultModel();
        RDFParser.source(stream("integrity/manifest.ttl")).base("https://w3id.org/crosswalk/test/integrity/")
                .lang(Lang.TURTLE).parse(manifest);
        ShaclValidator validator = ShaclValidator.of(load("crosswalk/ontology/shapes/catalog.shacl.ttl"));
        Property patch = manifest.createProperty(T + "patch");
        Property expect = manifest.createProperty(T + "expect");
        List<Resource> cases = manifest.listSubjectsWithProperty(RDF.type, manifest.createResource(T + "IntegrityTest")).toList();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getProperty(RDFS.label).getString(), () -> {
            Graph data = GraphFactory.createDefaultGraph();
            add(data, "crosswalk/ontology/crosswalk.ttl");
            add(data, "integrity/valid.ttl");
            String patchIri = c.getPropertyResourceValue(patch).getURI();
            add(data, "integrity/" + patchIri.substring(patchIri.lastIndexOf('/') + 1));
            ValidationReport report = validator.validate(data);

            List<String> expected = new ArrayList<>();
            c.listProperties(expect).forEach(s -> {
                Resource e = s.getResource();
                expected.add(e.getProperty(manifest.createProperty(T + "focus")).getString() + " | "
                        + name(e.getProperty(manifest.createProperty(T + "shape")).getObject()));
            });
            List<String> actual = report.violations().stream()
                    .map(v -> (v.focusNode().startsWith("_:") ? "_:blank" : v.focusNode()) + " | " + v.shape()).toList();
            assertThat(actual).as(report.describe()).containsExactlyInAnyOrderElementsOf(expected);
            c.listProperties(expect).forEach(s -> {
                Resource e = s.getResource();
                String msg = e.getProperty(manifest.createProperty(T + "message")).getString();
                String shape = name(e.getProperty(manifest.createProperty(T + "shape")).getObject());
                assertThat(report.violations()).as(report.describe())
                        .anySatisfy(v -> {
                            assertThat(v.shape()).isEqualTo(shape);
                            assertThat(v.message()).contains(msg);
                        });
            });
        }));
    }

    private static String name(RDFNode n) {
        return n.isURIResource() ? n.asResource().getURI() : n.asLiteral().getString();
    }

    private static void add(Graph g, String resource) {
        RDFParser.source(stream(resource)).lang(Lang.TURTLE).parse(g);
    }

    private static Graph load(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        add(g, resource);
        return g;
    }

    private static InputStream stream(String resource) {
        InputStream in = IntegrityShapesTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        return in;
    }
}
