package dev.crosswalk.search;

/** A search request that cannot be answered: empty, too long, or naming an unknown framework. */
public final class InvalidSearchException extends RuntimeException {
    public InvalidSearchException(String message) {
        super(message);
    }
}
