package dev.crosswalk.suggest;

/** A suggestion request that cannot be answered as asked (same framework twice, a bad {@code top}): a 400, naming the problem. */
public final class InvalidSuggestionRequestException extends RuntimeException {
    public InvalidSuggestionRequestException(String message) {
        super(message);
    }
}
