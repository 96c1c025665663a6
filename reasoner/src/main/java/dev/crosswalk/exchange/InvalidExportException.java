package dev.crosswalk.exchange;

/** An export asked for with parameters that do not fit together (e.g. framework with from/to): the message says what to send. */
public class InvalidExportException extends RuntimeException {
    public InvalidExportException(String message) {
        super(message);
    }
}
