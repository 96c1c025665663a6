package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.query.NamedQuery;
import dev.crosswalk.query.NamedQueryRunner;
import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The named SPARQL queries of queries/: listed with their documentation, run with typed parameters. */
final class QueryRoutes {
    private QueryRoutes() {}

    static void register(RoutesConfig routes, ApiContext api, Deadlines deadlines) {
        Crosswalk core = api.core();
        List<Map<String, Object>> listing = core.queries().all().stream().map(QueryRoutes::describe).toList();
        routes.get("/api/v1/queries", ctx -> ctx.json(listing));
        routes.get("/api/v1/queries/{name}", ctx -> {
            Map<String, String> params = new LinkedHashMap<>();
            ctx.queryParamMap().forEach((k, v) -> {
                if (v.size() > 1) throw ProblemException.badRequest("Parameter '" + k + "' is given more than once.");
                params.put(k, v.get(0));
            });
            String name = ctx.pathParam("name");
            ctx.json(deadlines.run("query '" + name + "'", () -> core.queryRunner().run(name, params)));
        });
    }

    private static Map<String, Object> describe(NamedQuery q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", q.name());
        m.put("purpose", q.purpose());
        m.put("parameters", q.parameters());
        m.put("example", q.example());
        m.put("public", NamedQueryRunner.isPublic(q));
        m.put("sparql", q.text());
        return m;
    }
}
