package dev.crosswalk.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading refuses broken data with a report that names the file, node and shape. */
class ReferencePipelineTest {
    @TempDir
    Path root;

    @BeforeEach
    void layout() throws IOException {
        DataSource packaged = DataSource.classpath();
        Files.createDirectories(root.resolve("ontology/catalogs"));
        Files.createDirectories(root.resolve("ontology/shapes"));
        Files.write(root.resolve("ontology/crosswalk.ttl"), packaged.read("ontology/crosswalk.ttl"));
        Files.write(root.resolve("ontology/shapes/catalog.shacl.ttl"), packaged.read("ontology/shapes/catalog.shacl.ttl"));
        Files.write(root.resolve("ontology/catalogs/fixture.ttl"),
                getClass().getClassLoader().getResourceAsStream("integrity/valid.ttl").readAllBytes());
    }

    @Test
    void validDirectoryLoadsWithItsGraphs() {
        ReferenceModel data = ReferencePipeline.of(DataSource.directory(root)).run();
        assertThat(data.graphs()).containsKeys(GraphNames.ONTOLOGY, GraphNames.CATALOG_PREFIX + "fixture",
                GraphNames.SHAPES_PREFIX + "catalog");
        assertThat(data.contentHash()).hasSize(64);
    }

    @Test
    void turtleSyntaxErrorNamesFileAndLine() throws IOException {
        Files.writeString(root.resolve("ontology/catalogs/broken.ttl"), "@prefix x: <http://example.org/x#> .\nx:a x:b x:c x:d .\n");
        assertThatThrownBy(() -> ReferencePipeline.of(DataSource.directory(root)).run())
                .isInstanceOf(DataIntegrityException.class)
                .hasMessageContaining("ontology/catalogs/broken.ttl").hasMessageContaining("line: 2");
    }

    @Test
    void shapeViolationStopsTheLoadWithTheReport() throws IOException {
        Files.writeString(root.resolve("ontology/catalogs/extra.ttl"), """
                @prefix cw: <https://w3id.org/crosswalk/ontology#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/crosswalk/id/iso42001/7> a cw:Clause ;
                    skos:inScheme <https://w3id.org/crosswalk/id/iso42001> ; skos:notation "7" .
                """);
        assertThatThrownBy(() -> ReferencePipeline.of(DataSource.directory(root)).run())
                .isInstanceOf(DataIntegrityException.class)
                .satisfies(e -> {
                    var report = ((DataIntegrityException) e).report();
                    assertThat(report.violations()).extracting(v -> v.focusNode() + " " + v.shape())
                            .contains("https://w3id.org/crosswalk/id/iso42001/7 https://w3id.org/crosswalk/shapes#ProvisionTitle",
                                    "https://w3id.org/crosswalk/id/iso42001/7 https://w3id.org/crosswalk/shapes#ProvisionParaphrase",
                                    "https://w3id.org/crosswalk/id/iso42001/7 https://w3id.org/crosswalk/shapes#ProvisionSource");
                })
                .hasMessageContaining("A provision has exactly one title");
    }
}
