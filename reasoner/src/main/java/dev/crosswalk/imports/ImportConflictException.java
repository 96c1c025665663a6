package dev.crosswalk.imports;

/** The import or deletion conflicts with what is loaded: an id taken, a packaged set, a framework still in use. */
public class ImportConflictException extends RuntimeException {
    public ImportConflictException(String message) {
        super(message);
    }
}
