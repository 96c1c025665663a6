package dev.crosswalk.organisation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.profile.OrganisationProfile;

/**
 * Profiles as the JSON text a store keeps. The REST API and the CLI both build it over the service's one JSON mapper,
 * so they agree on the stored text.
 */
public final class JsonProfileCodec implements ProfileCodec {
    private final ObjectMapper mapper;

    public JsonProfileCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String write(OrganisationProfile profile) {
        try {
            return mapper.writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A profile record always serialises", e);
        }
    }

    @Override
    public OrganisationProfile read(String json) {
        try {
            return mapper.readValue(json, OrganisationProfile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored profile does not parse", e);
        }
    }
}
