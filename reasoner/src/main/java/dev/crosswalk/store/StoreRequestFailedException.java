package dev.crosswalk.store;

/**
 * One request to a remote store failed: it timed out, the store could not be reached, or the store
 * answered with an error status. The store's own message is kept apart so a caller can pass it on.
 */
public class StoreRequestFailedException extends StoreUnavailableException {
    private final boolean timedOut;
    private final String storeMessage;

    public StoreRequestFailedException(String message, boolean timedOut, String storeMessage, Throwable cause) {
        super(message, cause);
        this.timedOut = timedOut;
        this.storeMessage = storeMessage;
    }

    /** True when the store did not answer in time (a write may still have been applied). */
    public boolean timedOut() {
        return timedOut;
    }

    /** What the store said, or why it could not be reached; short, without the store's address. */
    public String storeMessage() {
        return storeMessage;
    }
}
