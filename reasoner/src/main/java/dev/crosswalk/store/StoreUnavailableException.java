package dev.crosswalk.store;

/**
 * A store did not answer in time, could not be reached or could not be opened (a write to a
 * remote store that timed out may still have been applied by the store). Every persistence port
 * may raise it; the adapters translate their backend's failures into it.
 */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
