package dev.crosswalk.organisation;

/** No profile is stored for an organisation. */
public class UnknownOrganisationException extends RuntimeException {
    private final OrganisationId organisation;

    public UnknownOrganisationException(OrganisationId organisation) {
        super("No stored profile for organisation '" + organisation + "'.");
        this.organisation = organisation;
    }

    public OrganisationId organisation() {
        return organisation;
    }
}
