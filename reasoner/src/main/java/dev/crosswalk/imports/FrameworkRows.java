package dev.crosswalk.imports;

import java.util.List;
import java.util.Map;

/**
 * A framework file read into provisions, each with the line it starts on; {@code source} is the
 * file's own source IRI (an OSCAL catalog's uuid) or null, and {@code columns} the column number of
 * each field ({@code id}, {@code title}, {@code parent}, {@code paraphrase}, {@code source}) where the
 * format has columns;
 * {@code problems} are what reading found; the rows are those that could still be built (a row with a
 * bad id is left out, a bad parent or source is dropped) so the shapes can check them too.
 */
record FrameworkRows(List<Row> rows, String source, Map<String, Integer> columns, String notationPattern,
                     List<ImportProblem> problems) {

    /** One provision as the file gives it; {@code parent} is the parent's local id, or null. */
    record Row(int line, String localId, String notation, String title, String parent, String paraphrase, String source) {}
}
