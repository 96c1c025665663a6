package dev.crosswalk.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the project's copy of the checked reference lists (src/test/resources/reference/, see its
 * README): the catalogs are counted against these, so a clone with nothing beside it can test itself.
 */
final class ReferenceLists {
    /** The lists kept in the repository; {@link ReferenceDriftTest} compares each with shared/reference. */
    static final List<String> FILES = List.of("eu-ai-act-articles.tsv", "eu-ai-act-annexes.tsv", "iso42001-clauses.tsv",
            "iso42001-annexA.tsv", "iso27001-clauses.tsv", "iso27001-annexA.tsv", "fca-ai-expectations.tsv",
            "nist-ai-rmf-subcategories.tsv", "us-sr-11-7.tsv", "ca-osfi-e23.tsv");

    private ReferenceLists() {}

    /** The file's lines as stored (header included), with line endings normalised. */
    static List<String> lines(String file) {
        try (InputStream in = ReferenceLists.class.getResourceAsStream("/reference/" + file)) {
            if (in == null) throw new IllegalArgumentException("no reference list " + file + " under src/test/resources/reference");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a TSV file without its header, split on tabs. */
    static List<String[]> rows(String file) {
        return lines(file).stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
    }

    /** The header's column names. */
    static List<String> header(String file) {
        return Arrays.asList(lines(file).get(0).split("\t", -1));
    }
}
