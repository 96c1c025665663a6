package dev.crosswalk.organisation;

/** A stored profile kept changing while a change to it was computed, so the change was not stored. */
public class ConcurrentUpdateException extends RuntimeException {
    public ConcurrentUpdateException(String message) {
        super(message);
    }
}
