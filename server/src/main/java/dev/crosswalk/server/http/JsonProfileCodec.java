package dev.crosswalk.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.organisation.ProfileCodec;
import dev.crosswalk.profile.OrganisationProfile;

/** Profiles as the JSON text a store keeps, written and read with the service's one JSON mapper. */
public final class JsonProfileCodec implements ProfileCodec {
    private static final JsonProfileCodec STANDARD = new JsonProfileCodec(Json.mapper());
    private final ObjectMapper mapper;

    private JsonProfileCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The codec every adapter (REST, CLI) reads and writes stored profiles with, so they agree on the stored text. */
    public static JsonProfileCodec standard() {
        return STANDARD;
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
