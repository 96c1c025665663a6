package dev.crosswalk.organisation;

import dev.crosswalk.profile.OrganisationProfile;

/** How a profile is written as the JSON text a store keeps, and read back: the adapters' one JSON mapper. */
public interface ProfileCodec {

    String write(OrganisationProfile profile);

    OrganisationProfile read(String json);
}
