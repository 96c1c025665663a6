package dev.crosswalk.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;

/**
 * One reason an import was refused: the file's line and column (1-based; null where the problem is
 * not tied to one, e.g. a column of a JSON file or the whole file) and what is wrong.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)  // line and column stay in the answer when null: "not tied to one"
public record ImportProblem(Integer line, Integer column, String message) {
    /** File order: by line, then column; problems of the whole file last. */
    static final Comparator<ImportProblem> ORDER = Comparator
            .comparing(ImportProblem::line, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ImportProblem::column, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ImportProblem::message);

    static ImportProblem at(Integer line, Integer column, String message) {
        return new ImportProblem(line, column, message);
    }

    static ImportProblem file(String message) {
        return new ImportProblem(null, null, message);
    }
}
