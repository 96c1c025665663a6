package dev.crosswalk.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one configured ObjectMapper: ISO dates, no nulls, strict about unknown input, bounded nesting. */
public final class Json {
    /** Limits on any JSON the API reads: nesting depth, characters per string value, characters per field name. */
    public static final int MAX_DEPTH = 64;
    public static final int MAX_STRING = 100_000;
    public static final int MAX_NAME = 1_000;

    private Json() {}

    public static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNameLength(MAX_NAME).build());
        m.registerModule(new JavaTimeModule());
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        m.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        return m;
    }
}
