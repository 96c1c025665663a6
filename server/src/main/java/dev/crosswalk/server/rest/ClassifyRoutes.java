package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.classify.AiSystem;
import io.javalin.config.RoutesConfig;

/** {@code POST /api/v1/classify}: AI Act risk class and obligations of one AI system. */
final class ClassifyRoutes {
    private ClassifyRoutes() {}

    static void register(RoutesConfig routes, ApiContext api) {
        Crosswalk core = api.core();
        routes.post("/api/v1/classify", ctx -> ctx.json(core.classifier().classify(Bodies.json(ctx, AiSystem.class))));
    }
}
