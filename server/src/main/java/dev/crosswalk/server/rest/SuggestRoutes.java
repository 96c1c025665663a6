package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.exchange.SuggestionSssomWriter;
import dev.crosswalk.suggest.Suggester;
import dev.crosswalk.suggest.Suggestions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** {@code GET /api/v1/suggest}: candidate mappings between two frameworks, with evidence, as JSON or SSSOM (docs/suggestions.md). */
final class SuggestRoutes {
    private static final Set<String> PARAMETERS = Set.of("from", "to", "top", "exclude");
    private static final String JSON = "application/json";
    private static final String SSSOM = "text/tab-separated-values";

    private SuggestRoutes() {}

    static void register(RoutesConfig routes, ApiContext api, Deadlines deadlines) {
        routes.get("/api/v1/suggest", ctx -> {
            for (String p : ctx.queryParamMap().keySet()) {
                if (!PARAMETERS.contains(p)) {
                    throw ProblemException.badRequest("Unknown parameter '" + p + "'; suggest takes from, to, top and exclude.");
                }
            }
            Crosswalk core = api.core();
            // ids first, against the catalog and the loaded sets: 404s name what exists
            String from = core.catalog().requireFramework(Params.required(ctx, "from", "?from=iso42001&to=eu-ai-act").trim()).id();
            String to = core.catalog().requireFramework(Params.required(ctx, "to", "?from=iso42001&to=eu-ai-act").trim()).id();
            if (from.equals(to)) throw ProblemException.badRequest("'from' and 'to' name the same framework: " + from + ".");
            int top = Params.intInRange(ctx, "top", 1, Suggester.MAX_TOP, 5);
            boolean sssom = sssom(ctx);
            List<String> exclude = excluded(ctx);
            Suggester engine = core.suggester();
            exclude.forEach(engine::frameworksOf);
            Suggestions s = deadlines.run("suggest", () -> engine.suggest(from, to, exclude, top));
            if (sssom) {
                ctx.contentType(SSSOM + "; charset=utf-8")
                        .result(new SuggestionSssomWriter(core.catalog(), Crosswalk.version()).write(s, LocalDate.now(ZoneOffset.UTC)));
            } else {
                ctx.json(s);
            }
        });
    }

    /** JSON unless Accept asks for SSSOM TSV (or accepts only that); 406 when it accepts neither. */
    private static boolean sssom(Context ctx) {
        ctx.header("Vary", "Accept");
        String accept = ctx.header("Accept");
        boolean json = ContentNegotiation.accepts(accept, JSON);
        boolean tsv = ContentNegotiation.accepts(accept, SSSOM);
        if (!json && !tsv) throw ContentNegotiation.notAcceptable(accept, List.of(JSON, SSSOM), "no Accept header for JSON");
        return tsv && (!json || (accept != null && accept.contains(SSSOM)));
    }

    /** {@code exclude} may repeat and may list several ids separated by commas. */
    private static List<String> excluded(Context ctx) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams("exclude")) {
            Arrays.stream(v.split(",")).map(String::trim).filter(x -> !x.isEmpty()).forEach(out::add);
        }
        return out;
    }
}
