package dev.crosswalk.server.rest;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Framework;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.server.export.Exports;
import dev.crosswalk.server.report.ReferenceCsv;
import dev.crosswalk.server.rest.ContentNegotiation.Format;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Supplier;

/** Reference-data routes: frameworks, their provision trees, single provisions. */
final class CatalogRoutes {
    private CatalogRoutes() {}

    static void register(RoutesConfig routes, ApiContext api, Supplier<Exports> exports) {
        routes.get("/api/v1/frameworks", ctx ->
                ctx.json(api.core().catalog().frameworks().stream().map(ProvisionViews.FrameworkView::of).toList()));
        routes.get("/api/v1/frameworks/{id}", ctx ->
                ctx.json(ProvisionViews.FrameworkView.of(api.core().catalog().requireFramework(ctx.pathParam("id")))));
        routes.get("/api/v1/frameworks/{id}/provisions", ctx -> provisions(ctx, api.core().catalog()));
        routes.get("/api/v1/provisions", ctx -> {
            String ref = ctx.queryParam("ref");
            if (ref == null) throw ProblemException.badRequest("Query parameter 'ref' is required, e.g. ?ref=iso42001:A.6.2.4");
            provision(ctx, api.core().catalog(), exports.get(), ref);
        });
        // <ref> (not {ref}) so notations containing '/' such as uk-fca:SS1/23 resolve too.
        routes.get("/api/v1/provisions/<ref>", ctx -> provision(ctx, api.core().catalog(), exports.get(), ctx.pathParam("ref")));
    }

    /** A provision as JSON, or with its mappings as Turtle or JSON-LD. */
    private static void provision(Context ctx, Catalog catalog, Exports exports, String ref) {
        Format format = ContentNegotiation.choose(ctx, ContentNegotiation.PROVISION);
        Provision p = catalog.require(ref);
        switch (format) {
            case TURTLE -> ctx.contentType("text/turtle; charset=utf-8").result(exports.provision(p, "turtle"));
            case JSONLD -> ctx.contentType("application/ld+json; charset=utf-8").result(exports.provision(p, "jsonld"));
            default -> ctx.json(ProvisionViews.detail(catalog, p));
        }
    }

    private static void provisions(Context ctx, Catalog catalog) {
        Format format = ContentNegotiation.choose(ctx, ContentNegotiation.TABLES);
        Framework f = catalog.requireFramework(ctx.pathParam("id"));
        var all = catalog.provisions(f.id());
        if (format == Format.CSV) {
            ctx.contentType("text/csv; charset=utf-8").result(ReferenceCsv.provisions(all, catalog));
            return;
        }
        if ("true".equals(ctx.queryParam("flat"))) {
            ctx.json(all.stream().map(p -> ProvisionViews.detail(catalog, p)).toList());
            return;
        }
        var roots = all.stream().filter(p -> p.parentIri() == null).map(p -> ProvisionViews.tree(catalog, p)).toList();
        ctx.json(Map.of("framework", ProvisionViews.FrameworkView.of(f), "provisions", roots));
    }
}
