package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.classify.AiSystem;
import io.javalin.config.RoutesConfig;

/** {@code POST /api/v1/classify}: AI Act risk class and obligations of one AI system. */
final class ClassifyRoutes {
    private ClassifyRoutes() {}

    static void register(RoutesConfig routes, ApiContext api, Deadlines deadlines) {
        routes.post("/api/v1/classify", ctx -> {
            Crosswalk core = api.core();
            AiSystem system = Bodies.json(ctx, AiSystem.class);
            ctx.json(deadlines.run("classification", () -> core.classifier().classify(system)));
        });
    }
}
