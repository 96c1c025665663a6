package dev.crosswalk.catalog;

/** A well-formed reference to a framework or provision that is not in the catalog. */
public class UnknownReferenceException extends RuntimeException {
    private final String kind;
    private final String id;

    public UnknownReferenceException(String kind, String id, String message) {
        super(message);
        this.kind = kind;
        this.id = id;
    }

    /** "framework" or "provision". */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
