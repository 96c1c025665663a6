package dev.crosswalk.mapping;

/** A mapping-set file that cannot be read as SSSOM TSV; the message names file and line. */
public class MappingFormatException extends RuntimeException {
    public MappingFormatException(String message) {
        super(message);
    }

    public MappingFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
