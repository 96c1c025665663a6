package dev.crosswalk.server.rest;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /api/v1/openapi.json}: the maintained OpenAPI 3.1 document (checked against the live routes by a test). */
final class OpenApiRoutes {
    private OpenApiRoutes() {}

    static void register(RoutesConfig routes) {
        String doc = load();
        routes.get("/api/v1/openapi.json", ctx -> ctx.contentType("application/json").result(doc));
    }

    static String load() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream("/crosswalk-api/openapi.json")) {
            if (in == null) throw new IllegalStateException("crosswalk-api/openapi.json is not on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
