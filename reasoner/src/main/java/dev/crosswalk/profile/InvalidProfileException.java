package dev.crosswalk.profile;

import java.util.List;
import java.util.stream.Collectors;

/** A profile that violates the profile shapes (or names an invalid AI system field); every problem is listed. */
public class InvalidProfileException extends RuntimeException {
    private final transient List<FieldError> errors;

    public InvalidProfileException(List<FieldError> errors) {
        super("The profile is invalid: " + errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One violation, located by its JSON path. */
    public record FieldError(String field, String message) {}
}
