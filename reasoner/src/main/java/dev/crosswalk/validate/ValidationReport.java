package dev.crosswalk.validate;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of a SHACL validation: conforms, or the list of violations. */
public record ValidationReport(List<Violation> violations) {

    public ValidationReport {
        violations = List.copyOf(violations);
    }

    public boolean conforms() {
        return violations.isEmpty();
    }

    /** A readable multi-line report, one violation per line. */
    public String describe() {
        if (conforms()) return "conforms";
        return violations.size() + " violation(s):\n" + violations.stream()
                .map(v -> "  - " + v.describe()).collect(Collectors.joining("\n"));
    }
}
