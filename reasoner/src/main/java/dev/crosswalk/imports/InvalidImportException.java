package dev.crosswalk.imports;

import java.util.List;

/** A file refused whole: every problem found in it; nothing of it was loaded or stored. */
public class InvalidImportException extends RuntimeException {
    private final transient List<ImportProblem> problems;

    public InvalidImportException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in the file; nothing was imported");
        this.problems = problems.stream().distinct().sorted(ImportProblem.ORDER).toList();
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
