package dev.crosswalk.exchange;

/**
 * Which mappings an export holds: between {@code from} and {@code to}; from or to one framework (only
 * {@code from}, only {@code to}, or {@code framework} for both directions read from it); or every mapping
 * set when all are null. {@code inferred} adds chained rows for pairs without a curated row.
 */
public record Selection(String from, String to, String framework, boolean inferred) {
    public static Selection all(boolean inferred) {
        return new Selection(null, null, null, inferred);
    }

    public static Selection between(String from, String to, boolean inferred) {
        return new Selection(from, to, null, inferred);
    }
}
