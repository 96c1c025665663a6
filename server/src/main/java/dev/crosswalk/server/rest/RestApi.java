package dev.crosswalk.server.rest;

import dev.crosswalk.server.export.Exports;
import dev.crosswalk.server.http.Json;
import io.javalin.Javalin;
import java.util.function.Supplier;
import io.javalin.json.JavalinJackson;

/** The REST API as one Javalin app: one config lambda, routes grouped by path, JSON error mappers. */
public final class RestApi {
    private RestApi() {}

    public static Javalin create(ApiContext api) {
        Deadlines deadlines = new Deadlines(api.limits().analysisTimeout());
        Supplier<Exports> exports = new CurrentExports(api);
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.maxRequestSize = api.limits().maxBodyBytes();
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;  // hosted as a servlet inside Fuseki's Jetty
            config.http.prefer405over404 = true;
            Problems.register(config.routes);
            AccessControl.register(config.routes, api);
            AdminRoutes.register(config.routes, api);
            ImportRoutes.register(config.routes, api);
            HealthRoutes.register(config.routes, api);
            CatalogRoutes.register(config.routes, api, exports);
            CrosswalkRoutes.register(config.routes, api);
            PresumptionRoutes.register(config.routes, api);
            ClassifyRoutes.register(config.routes, api, deadlines);
            AnalysisRoutes.register(config.routes, api, deadlines);
            QueryRoutes.register(config.routes, api, deadlines);
            OrgRoutes.register(config.routes, api, deadlines);
            ChangeRoutes.register(config.routes, api, deadlines);
            CalendarRoutes.register(config.routes, api, deadlines);
            ExportRoutes.register(config.routes, exports, deadlines);
            SuggestRoutes.register(config.routes, api, deadlines);
            SearchRoutes.register(config.routes, api);
            OpenApiRoutes.register(config.routes);
        });
    }
}
