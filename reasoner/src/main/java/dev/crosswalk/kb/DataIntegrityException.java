package dev.crosswalk.kb;

import dev.crosswalk.validate.ValidationReport;

/** The reference data cannot be used: a file does not parse or the integrity shapes found violations. */
public class DataIntegrityException extends RuntimeException {
    private final transient ValidationReport report;

    public DataIntegrityException(String message, ValidationReport report) {
        super(message + (report == null ? "" : "\n" + report.describe()));
        this.report = report;
    }

    public DataIntegrityException(String message, Throwable cause) {
        super(message, cause);
        this.report = null;
    }

    /** The SHACL report, or null when the failure was a parse error. */
    public ValidationReport report() {
        return report;
    }
}
