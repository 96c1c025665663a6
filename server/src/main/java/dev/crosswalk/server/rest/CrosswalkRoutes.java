package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.catalog.Provision;
import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/** Crosswalk routes: mappings of a provision, and the loaded mapping sets. */
final class CrosswalkRoutes {
    private CrosswalkRoutes() {}

    static void register(RoutesConfig routes, ApiContext api) {
        Crosswalk core = api.core();
        routes.get("/api/v1/crosswalk", ctx -> {
            Provision from = Params.provision(ctx, core.catalog(), "from");
            String to = Params.frameworkFilter(ctx, core.catalog(), "to");
            int minStrength = Params.intInRange(ctx, "minStrength", 1, 10, 1);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("from", Map.of("ref", from.ref(), "title", from.title(), "framework", from.frameworkId()));
            body.put("mappings", core.lookup().direct(from, to, minStrength));
            ctx.json(body);
        });
        routes.get("/api/v1/mapping-sets", ctx -> ctx.json(core.mappingSets()));
    }
}
