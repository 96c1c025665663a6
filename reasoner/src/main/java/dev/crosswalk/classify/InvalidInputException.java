package dev.crosswalk.classify;

/** An input that is well-formed JSON but not a valid request; the message names the field and the valid values. */
public class InvalidInputException extends IllegalArgumentException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
