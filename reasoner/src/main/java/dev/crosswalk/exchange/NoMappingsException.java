package dev.crosswalk.exchange;

/** The selection is valid but no mapping row answers it (e.g. two frameworks no mapping set relates). */
public class NoMappingsException extends RuntimeException {
    public NoMappingsException(String message) {
        super(message);
    }
}
