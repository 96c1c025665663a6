package dev.crosswalk.imports;

/** No imported framework or mapping set with that id (in that scope). */
public class UnknownImportException extends RuntimeException {
    public UnknownImportException(String message) {
        super(message);
    }
}
