package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.server.report.ReferenceCsv;
import dev.crosswalk.server.rest.ContentNegotiation.Format;
import dev.crosswalk.server.rest.AnswerCache.Answer;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Crosswalk routes: mappings of a provision, and the loaded mapping sets. */
final class CrosswalkRoutes {
    private CrosswalkRoutes() {}

    static void register(RoutesConfig routes, ApiContext api) {
        AnswerCache answers = AnswerCache.fromSystemProperties();
        routes.get("/api/v1/crosswalk", ctx -> {
            Format format = ContentNegotiation.choose(ctx, ContentNegotiation.TABLES);
            Crosswalk core = api.core();
            Provision from = Params.provision(ctx, core.catalog(), "from");
            String to = Params.frameworkFilter(ctx, core.catalog(), "to");
            int minStrength = Params.intInRange(ctx, "minStrength", 1, 10, 1);
            boolean inferred = Params.bool(ctx, "inferred");
            String timeline = Params.timeline(ctx, "timeline");
            // every parameter is checked above, so the keys are finite: provisions × parameter combinations
            String key = format + "|" + from.ref() + "|" + to + "|" + minStrength + "|" + inferred + "|" + timeline;
            AnswerCache.send(ctx, answers.get(core, key, () -> lookup(ctx, core, format, from, to, minStrength, inferred, timeline)));
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

    /** The lookup rendered as it is sent: CSV, or the JSON Javalin's ctx.json would write. */
    private static Answer lookup(Context ctx, Crosswalk core, Format format, Provision from, String to, int minStrength,
                                 boolean inferred, String timeline) {
        var direct = core.lookup().direct(from, to, minStrength, timeline);
        if (format == Format.CSV) {
            return Answer.of(ReferenceCsv.mappings(direct, inferred ? core.explainer().inferred(from, to, minStrength, direct) : null),
                    "text/csv; charset=utf-8");
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
        return Answer.of(ctx.jsonMapper().toJsonString(body, body.getClass()), ContentType.APPLICATION_JSON.getMimeType());
    }
}
