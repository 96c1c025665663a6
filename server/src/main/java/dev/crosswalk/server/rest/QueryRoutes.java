package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.query.NamedQuery;
import dev.crosswalk.query.NamedQueryRunner;
import dev.crosswalk.query.QueryResult;
import dev.crosswalk.server.report.Reports;
import dev.crosswalk.server.rest.ContentNegotiation.Format;
import io.javalin.http.Context;
import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The named SPARQL queries of queries/: listed with their documentation, run with typed parameters. */
final class QueryRoutes {
    private QueryRoutes() {}

    static void register(RoutesConfig routes, ApiContext api, Deadlines deadlines) {
        List<Map<String, Object>> listing = api.core().queries().all().stream().map(QueryRoutes::describe).toList();
        routes.get("/api/v1/queries", ctx -> ctx.json(listing));
        routes.get("/api/v1/queries/{name}", ctx -> {
            Crosswalk core = api.core();
            Format format = ContentNegotiation.choose(ctx, ContentNegotiation.TABLES);
            Map<String, String> params = parameters(ctx);
            String name = ctx.pathParam("name");
            send(ctx, format, deadlines.run("query '" + name + "'", () -> core.queryRunner().run(name, params)));
        });
    }

    /** The query's parameters: every query parameter but {@code format} (which picks the output), each given once. */
    static Map<String, String> parameters(Context ctx) {
        Map<String, String> params = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (k.equals("format")) return;
            if (v.size() > 1) throw ProblemException.badRequest("Parameter '" + k + "' is given more than once.");
            params.put(k, v.get(0));
        });
        return params;
    }

    /** Rows as JSON (with the query's parameters) or CSV. */
    static void send(Context ctx, Format format, QueryResult result) {
        if (format == Format.CSV) ctx.contentType("text/csv; charset=utf-8").result(Reports.queryCsv(result));
        else ctx.json(result);
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
