package dev.crosswalk.kb;

/** A data file the knowledge base needs does not exist. */
public class MissingDataException extends RuntimeException {
    public MissingDataException(String message) {
        super(message);
    }
}
