package dev.crosswalk.server.rest;

import dev.crosswalk.search.InvalidSearchException;
import dev.crosswalk.search.SearchHit;
import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/search}: provisions by id or words across frameworks, ranked and typo-tolerant. */
final class SearchRoutes {
    private SearchRoutes() {}

    static void register(RoutesConfig routes, ApiContext api) {
        routes.get("/api/v1/search", ctx -> {
            String q = ctx.queryParam("q");
            int limit = Params.intInRange(ctx, "limit", 1, 100, 20);
            String framework = ctx.queryParam("framework");
            List<SearchHit> hits;
            try {
                hits = api.core().search().search(q, framework == null || framework.isBlank() ? null : framework.trim(), limit);
            } catch (InvalidSearchException e) {
                throw ProblemException.badRequest(e.getMessage());
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", q);
            if (framework != null && !framework.isBlank()) body.put("framework", framework.trim());
            body.put("hits", hits);
            ctx.json(body);
        });
    }
}
