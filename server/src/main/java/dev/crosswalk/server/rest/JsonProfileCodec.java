package dev.crosswalk.server.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.organisation.ProfileCodec;
import dev.crosswalk.profile.OrganisationProfile;

/** Profiles as the JSON text a store keeps, written and read with the service's one JSON mapper. */
final class JsonProfileCodec implements ProfileCodec {
    private final ObjectMapper mapper;

    JsonProfileCodec(ObjectMapper mapper) {
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
