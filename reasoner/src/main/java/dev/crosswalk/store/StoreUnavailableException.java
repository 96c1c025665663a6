package dev.crosswalk.store;

/**
 * A store did not answer in time, could not be reached or could not be opened (a write to a
 * remote store that timed out may still have been applied by the store).
 */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Runs one call to a remote store; an I/O failure (timeout, refused or reset connection) becomes
     * a StoreUnavailableException naming the store and the limits, anything else passes unchanged.
     */
    public static <T> T call(String store, StoreTimeouts timeouts, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof java.net.http.HttpTimeoutException) {
                    throw new StoreUnavailableException("The store at " + store + " did not answer within its time limit ("
                            + seconds(timeouts.connect()) + " s to connect, " + seconds(timeouts.request()) + " s to answer).", e);
                }
                if (c instanceof java.io.IOException) {
                    throw new StoreUnavailableException("The store at " + store + " cannot be reached: " + c.getMessage(), e);
                }
            }
            throw e;
        }
    }

    private static String seconds(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? String.valueOf(d.toSeconds()) : String.valueOf(d.toMillis() / 1000.0);
    }
}
