package dev.crosswalk.organisation;

import java.util.regex.Pattern;

/**
 * An organisation's id: 2–64 lower-case letters, digits and hyphens, starting with a letter or
 * digit. The one definition; the profile shape's {@code sh:pattern} and the OpenAPI description
 * are tested against {@link #PATTERN}.
 */
public record OrganisationId(String value) {
    /** The pattern, as written in ontology/shapes/profile.shacl.ttl and the OpenAPI description. */
    public static final String PATTERN = "^[a-z0-9][a-z0-9-]{1,63}$";
    private static final Pattern ID = Pattern.compile(PATTERN);

    public OrganisationId {
        if (!valid(value)) {
            throw new InvalidOrganisationIdException("Organisation id '" + value + "' is invalid: 2–64 lower-case letters, digits and hyphens.");
        }
    }

    /** The id {@code value}; {@link InvalidOrganisationIdException} naming the rule when it is not one. */
    public static OrganisationId of(String value) {
        return new OrganisationId(value);
    }

    public static boolean valid(String value) {
        return value != null && ID.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }

    /** A string that is not an organisation id. */
    public static final class InvalidOrganisationIdException extends IllegalArgumentException {
        InvalidOrganisationIdException(String message) {
            super(message);
        }
    }
}
