package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.server.report.ReferenceCsv;
import dev.crosswalk.server.rest.ContentNegotiation.Format;
import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/** Crosswalk routes: mappings of a provision, and the loaded mapping sets. */
final class CrosswalkRoutes {
    private CrosswalkRoutes() {}

    static void register(RoutesConfig routes, ApiContext api) {
        routes.get("/api/v1/crosswalk", ctx -> {
            Format format = ContentNegotiation.choose(ctx, ContentNegotiation.TABLES);
            Crosswalk core = api.core();
            Provision from = Params.provision(ctx, core.catalog(), "from");
            String to = Params.frameworkFilter(ctx, core.catalog(), "to");
            int minStrength = Params.intInRange(ctx, "minStrength", 1, 10, 1);
            boolean inferred = Params.bool(ctx, "inferred");
            String timeline = Params.timeline(ctx, "timeline");
            var direct = core.lookup().direct(from, to, minStrength, timeline);
            if (format == Format.CSV) {
                ctx.contentType("text/csv; charset=utf-8").result(ReferenceCsv.mappings(direct,
                        inferred ? core.explainer().inferred(from, to, minStrength, direct) : null));
                return;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            Map<String, Object> fromView = new LinkedHashMap<>();
            fromView.put("ref", from.ref());
            fromView.put("title", from.title());
            fromView.put("framework", from.frameworkId());
            fromView.put("timelines", from.timelines());
            // a provision whose text an amending act replaced shows both wordings, so each row's reading is visible
            if (!from.wordings().isEmpty()) fromView.put("wordings", ProvisionViews.wordings(core.catalog(), from));
            body.put("from", fromView);
            if (timeline != null) body.put("timeline", timeline);
            body.put("mappings", direct);
            if (inferred) body.put("inferred", core.explainer().inferred(from, to, minStrength, direct));
            ctx.json(body);
        });
        routes.get("/api/v1/explain", ctx -> {
            Crosswalk core = api.core();
            Provision from = Params.provision(ctx, core.catalog(), "from");
            Provision to = Params.provision(ctx, core.catalog(), "to");
            if (from.equals(to)) throw ProblemException.badRequest("'from' and 'to' name the same provision: " + from.ref());
            ctx.json(core.explainer().explain(from, to));
        });
        routes.get("/api/v1/mapping-sets", ctx -> {
            if (ContentNegotiation.choose(ctx, ContentNegotiation.TABLES) == Format.CSV) {
                ctx.contentType("text/csv; charset=utf-8").result(ReferenceCsv.mappingSets(api.core().mappingSets()));
            } else {
                ctx.json(api.core().mappingSets());
            }
        });
    }
}
