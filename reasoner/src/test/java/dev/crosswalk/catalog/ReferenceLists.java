package dev.crosswalk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the checked reference lists in ../shared/reference (set by -Dcrosswalk.reference.dir). */
final class ReferenceLists {
    private ReferenceLists() {}

    static Path dir() {
        String configured = System.getProperty("crosswalk.reference.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "reference");
        assertThat(dir.resolve("iso42001-clauses.tsv"))
                .as("the checked reference lists (shared/reference beside the checkout; set -Dcrosswalk.reference.dir)")
                .exists();
        return dir;
    }

    /** Rows of a TSV file without its header, split on tabs. */
    static List<String[]> rows(String file) {
        try {
            return Files.readAllLines(dir().resolve(file), StandardCharsets.UTF_8).stream().skip(1)
                    .filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
