package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.gap.GapReport;
import dev.crosswalk.gap.ImsPlanner;
import dev.crosswalk.gap.StatementOfApplicability;
import dev.crosswalk.profile.OrganisationProfile;
import dev.crosswalk.server.report.Reports;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;

/** Stateless analyses of a posted organisation profile: gap analysis, Statement of Applicability, IMS plan. */
final class AnalysisRoutes {
    private AnalysisRoutes() {}

    static void register(RoutesConfig routes, ApiContext api, Deadlines deadlines) {
        Crosswalk core = api.core();
        routes.post("/api/v1/gap-analysis", ctx -> {
            OrganisationProfile profile = Bodies.profile(ctx, core.catalog());
            sendGaps(ctx, deadlines.run("gap analysis", () -> core.gaps().analyse(profile)));
        });
        routes.post("/api/v1/soa", ctx -> {
            OrganisationProfile profile = Bodies.profile(ctx, core.catalog());
            sendSoa(ctx, deadlines.run("Statement of Applicability", () -> core.soa().build(profile)));
        });
        routes.post("/api/v1/ims-plan", ctx -> {
            OrganisationProfile profile = Bodies.profile(ctx, core.catalog());
            String target = ctx.queryParam("target");
            sendPlan(ctx, deadlines.run("IMS plan", () -> {
                core.gaps().prepare(profile);
                return core.imsPlanner().plan(profile, target);
            }));
        });
    }

    /** A gap report as JSON, CSV, Markdown or HTML (posted and stored profiles alike). */
    static void sendGaps(Context ctx, GapReport r) {
        switch (format(ctx, "json", "csv", "markdown", "html")) {
            case "csv" -> ctx.contentType("text/csv; charset=utf-8").result(Reports.gapsCsv(r));
            case "html" -> ctx.contentType("text/html; charset=utf-8").result(Reports.gapsHtml(r));
            case "markdown" -> ctx.contentType("text/markdown; charset=utf-8").result(Reports.gapsMarkdown(r));
            default -> ctx.json(r);
        }
    }

    static void sendSoa(Context ctx, StatementOfApplicability.Soa soa) {
        if (format(ctx, "json", "csv").equals("csv")) ctx.contentType("text/csv; charset=utf-8").result(Reports.soaCsv(soa));
        else ctx.json(soa);
    }

    static void sendPlan(Context ctx, ImsPlanner.Plan plan) {
        if (format(ctx, "json", "csv").equals("csv")) ctx.contentType("text/csv; charset=utf-8").result(Reports.imsCsv(plan));
        else ctx.json(plan);
    }

    /** {@code ?format=} wins over Accept; unknown formats are a 400 naming the supported ones. */
    private static String format(Context ctx, String... supported) {
        String f = ctx.queryParam("format");
        if (f == null) {
            String accept = String.valueOf(ctx.header("Accept")).toLowerCase(Locale.ROOT);
            if (accept.contains("text/csv")) f = "csv";
            else if (accept.contains("text/html")) f = "html";
            else if (accept.contains("text/markdown")) f = "markdown";
            else f = "json";
        }
        for (String s : supported) if (s.equals(f)) return s;
        throw ProblemException.badRequest("format must be one of " + String.join(", ", supported) + ", not '" + f + "'.");
    }
}
