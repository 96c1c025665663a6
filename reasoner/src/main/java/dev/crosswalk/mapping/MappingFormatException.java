package dev.crosswalk.mapping;

/** A mapping-set file that cannot be read as SSSOM TSV; the message names file and line. */
public class MappingFormatException extends RuntimeException {
    private final Integer line;

    public MappingFormatException(String message) {
        this(message, null, null);
    }

    public MappingFormatException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /** With the file's line (1-based) the problem is on, when known. */
    public MappingFormatException(String message, Integer line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    /** The file's line (1-based) the problem is on; null when it is not one line. */
    public Integer line() {
        return line;
    }
}
