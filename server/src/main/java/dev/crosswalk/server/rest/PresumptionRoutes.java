package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import io.javalin.config.RoutesConfig;

/** Legal standing of standards and presumption of conformity (EU AI Act Art. 40–42). */
final class PresumptionRoutes {
    private PresumptionRoutes() {}

    static void register(RoutesConfig routes, ApiContext api) {
        routes.get("/api/v1/standards", ctx -> ctx.json(api.core().presumptions().instruments()));
        routes.get("/api/v1/presumptions", ctx -> {
            Crosswalk core = api.core();
            String id = Params.required(ctx, "standard", "?standard=iso42001");
            ctx.json(core.presumptions().evaluate(id.trim(), Params.bool(ctx, "assumeCited")));
        });
    }
}
