package dev.crosswalk.server.rest;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Framework;
import dev.crosswalk.catalog.Provision;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/** Reference-data routes: frameworks, their provision trees, single provisions. */
final class CatalogRoutes {
    private CatalogRoutes() {}

    static void register(RoutesConfig routes, ApiContext api) {
        routes.get("/api/v1/frameworks", ctx ->
                ctx.json(api.core().catalog().frameworks().stream().map(ProvisionViews.FrameworkView::of).toList()));
        routes.get("/api/v1/frameworks/{id}", ctx ->
                ctx.json(ProvisionViews.FrameworkView.of(api.core().catalog().requireFramework(ctx.pathParam("id")))));
        routes.get("/api/v1/frameworks/{id}/provisions", ctx -> provisions(ctx, api.core().catalog()));
        routes.get("/api/v1/provisions", ctx -> {
            String ref = ctx.queryParam("ref");
            if (ref == null) throw ProblemException.badRequest("Query parameter 'ref' is required, e.g. ?ref=iso42001:A.6.2.4");
            Catalog catalog = api.core().catalog();
            ctx.json(ProvisionViews.detail(catalog, catalog.require(ref)));
        });
        // <ref> (not {ref}) so notations containing '/' such as uk-fca:SS1/23 resolve too.
        routes.get("/api/v1/provisions/<ref>", ctx -> {
            Catalog catalog = api.core().catalog();
            ctx.json(ProvisionViews.detail(catalog, catalog.require(ctx.pathParam("ref"))));
        });
    }

    private static void provisions(Context ctx, Catalog catalog) {
        Framework f = catalog.requireFramework(ctx.pathParam("id"));
        var all = catalog.provisions(f.id());
        if ("true".equals(ctx.queryParam("flat"))) {
            ctx.json(all.stream().map(p -> ProvisionViews.detail(catalog, p)).toList());
            return;
        }
        var roots = all.stream().filter(p -> p.parentIri() == null).map(p -> ProvisionViews.tree(catalog, p)).toList();
        ctx.json(Map.of("framework", ProvisionViews.FrameworkView.of(f), "provisions", roots));
    }
}
