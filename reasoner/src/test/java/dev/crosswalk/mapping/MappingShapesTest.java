package dev.crosswalk.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crosswalk.kb.DataIntegrityException;
import dev.crosswalk.kb.DataSource;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.kb.ReferencePipeline;
import dev.crosswalk.validate.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Data-driven: each folder in mapping-fixtures/ holds one defective set; the shapes must report it at its line. */
class MappingShapesTest {
    private static final String T = "https://w3id.org/crosswalk/test#";
    private static final String FILE = "iso42001-iso27001.sssom.tsv";

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyMappingDefectIsReportedAtItsLine() {
        Model manifest = ModelFactory.createDefaultModel();
        RDFParser.source(stream("mapping-fixtures/manifest.ttl")).base("https://w3id.org/crosswalk/test/m/")
                .lang(Lang.TURTLE).parse(manifest);
        List<Resource> cases = manifest.listSubjectsWithProperty(RDF.type, manifest.createResource(T + "MappingTest")).toList();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(12);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getProperty(RDFS.label).getString(), () -> {
            String folder = c.getProperty(manifest.createProperty(T + "folder")).getString();
            Path root = layout(folder);
            List<String> expected = new ArrayList<>();
            List<String[]> messages = new ArrayList<>();
            c.listProperties(manifest.createProperty(T + "expect")).forEach(s -> {
                Resource e = s.getResource();
                String where = "mappings/" + FILE + ":" + e.getProperty(manifest.createProperty(T + "line")).getInt();
                String shape = e.getPropertyResourceValue(manifest.createProperty(T + "shape")).getURI();
                expected.add(where + " | " + shape);
                messages.add(new String[] {where, shape, e.getProperty(manifest.createProperty(T + "message")).getString()});
            });
            if (expected.isEmpty()) {
                ReferenceModel data = ReferencePipeline.of(DataSource.directory(root)).run();
                assertThat(data.graphs()).containsKey("https://w3id.org/crosswalk/graph/mappings/iso42001-iso27001");
                return;
            }
            DataIntegrityException e = catchThrowableOfType(DataIntegrityException.class,
                    () -> ReferencePipeline.of(DataSource.directory(root)).run());
            assertThat(e).as("the defect must stop the load").isNotNull();
            List<Violation> violations = e.report().violations();
            assertThat(violations).extracting(v -> v.location() + " | " + v.shape())
                    .as(e.getMessage()).containsExactlyInAnyOrderElementsOf(expected);
            for (String[] m : messages) {
                assertThat(violations).anySatisfy(v -> {
                    assertThat(v.location() + "|" + v.shape()).isEqualTo(m[0] + "|" + m[1]);
                    assertThat(v.message()).contains(m[2]);
                });
            }
            assertThat(e.getMessage()).contains("mappings/" + FILE + ":");
        }));
    }

    /** ontology + shapes + the ISO 42001 and 27001 catalogs + the fixture set. */
    private Path layout(String folder) {
        try {
            Path root = Files.createDirectories(tmp.resolve(folder));
            DataSource packaged = DataSource.classpath();
            for (String p : List.of("ontology/crosswalk.ttl", "ontology/shapes/catalog.shacl.ttl", "ontology/shapes/mappings.shacl.ttl",
                    "ontology/catalogs/iso42001.ttl", "ontology/catalogs/iso27001.ttl")) {
                Path target = root.resolve(p);
                Files.createDirectories(target.getParent());
                Files.write(target, packaged.read(p));
            }
            Files.createDirectories(root.resolve("mappings"));
            Files.write(root.resolve("mappings/" + FILE), stream("mapping-fixtures/" + folder + "/" + FILE).readAllBytes());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String resource) {
        InputStream in = MappingShapesTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        return in;
    }
}
