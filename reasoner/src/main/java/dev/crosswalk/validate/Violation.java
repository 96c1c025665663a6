package dev.crosswalk.validate;

import java.util.Comparator;

/**
 * One SHACL validation result, flattened for people: which node, which property, which shape,
 * what is wrong, and (when known) where in the source files the node came from.
 */
public record Violation(String focusNode, String path, String shape, String message, String value,
                        String severity, String location) {

    /** The order a validation report lists its results in: focus node, shape, path, message. */
    public static final Comparator<Violation> REPORT_ORDER = Comparator.comparing(Violation::focusNode)
            .thenComparing(Violation::shape).thenComparing(v -> String.valueOf(v.path())).thenComparing(Violation::message);

    public Violation(String focusNode, String path, String shape, String message, String value, String severity) {
        this(focusNode, path, shape, message, value, severity, null);
    }

    /** The same violation, located in a source file ({@code mappings/x.sssom.tsv:12}). */
    public Violation at(String where) {
        return new Violation(focusNode, path, shape, message, value, severity, where);
    }

    /** One line: {@code <focus> [path] message (shape)}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (location != null) sb.append(location).append(": ");
        sb.append(focusNode);
        if (path != null) sb.append(" [").append(path).append(']');
        sb.append(": ").append(message);
        if (value != null) sb.append(" (value ").append(value).append(')');
        sb.append(" — shape ").append(shape);
        return sb.toString();
    }
}
