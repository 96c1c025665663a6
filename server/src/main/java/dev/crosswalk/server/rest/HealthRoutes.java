package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk.StartupReport;
import dev.crosswalk.store.StorePublication;
import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/v1/health}: liveness plus what is loaded and how start-up went. */
final class HealthRoutes {
    private HealthRoutes() {}

    static void register(RoutesConfig routes, ApiContext api) {
        routes.get("/api/v1/health", ctx -> ctx.json(health(api)));
    }

    /**
     * "degraded" when the store did not get the reference data: the server still answers from memory, but the store's
     * copy (read by {@code crosswalk query --data} and by the next start) is not this model's. A monitor should see it.
     */
    static String status(StorePublication.Status p) {
        return p.state() == StorePublication.State.FAILED ? "degraded" : "ok";
    }

    private static Map<String, Object> health(ApiContext api) {
        var core = api.core();
        StartupReport s = core.startup();
        Map<String, Long> counts = core.tripleCounts();
        long named = counts.entrySet().stream().filter(e -> !e.getKey().equals("default"))
                .mapToLong(Map.Entry::getValue).sum();
        Map<String, Object> triples = new LinkedHashMap<>();
        triples.put("defaultGraph", counts.getOrDefault("default", 0L));
        triples.put("namedGraphs", named);
        triples.put("graphs", counts);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("version", api.version());
        body.put("sparqlEndpoint", api.sparqlEndpoint());
        body.put("store", api.storeKind());
        body.put("frameworks", core.catalog().frameworks().size());
        body.put("provisions", core.catalog().size());
        body.put("triples", triples);
        Map<String, Object> startup = new LinkedHashMap<>(Map.of("loadAndValidateMillis", s.loadAndValidateMillis(),
                "inferenceMillis", s.inferenceMillis(),
                "publishMillis", s.publishMillis(), "indexMillis", s.indexMillis(),
                "storeUpdated", s.published(), "contentHash", s.contentHash(), "reusedValidation", s.reusedValidation()));
        if (api.publication() != null) {
            // published in the background after the server answered: the store's state now, not the start's
            StorePublication.Status p = api.publication().status();
            startup.put("storePublication", p.state().name().toLowerCase(java.util.Locale.ROOT));
            startup.put("storeUpdated", p.written());
            startup.put("publishMillis", p.millis());
            if (p.problem() != null) startup.put("storePublicationProblem", p.problem());
            body.put("status", status(p));
        }
        body.put("startup", startup);
        return body;
    }
}
