package dev.crosswalk.catalog;

/** A reference that is not well-formed (as opposed to well-formed but unknown). */
public class InvalidReferenceException extends IllegalArgumentException {
    public InvalidReferenceException(String message) {
        super(message);
    }
}
