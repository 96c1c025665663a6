package dev.crosswalk.server.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.gap.GapReport;
import dev.crosswalk.gap.ImsPlanner;
import dev.crosswalk.gap.StatementOfApplicability;
import dev.crosswalk.profile.OrganisationProfile;
import dev.crosswalk.server.report.Renderings;
import dev.crosswalk.server.report.Reports;
import dev.crosswalk.server.rest.ContentNegotiation.Format;
import io.javalin.config.RoutesConfig;
import dev.crosswalk.server.http.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Stateless analyses of a posted organisation profile: gap analysis, Statement of Applicability, IMS plan. */
final class AnalysisRoutes {
    /** The mapper Javalin's ctx.json uses (RestApi), so a streamed report is byte for byte the JSON ctx.json would build. */
    private static final ObjectMapper JSON = Json.mapper();

    private AnalysisRoutes() {}

    static void register(RoutesConfig routes, ApiContext api, Deadlines deadlines) {
        routes.post("/api/v1/gap-analysis", ctx -> {
            Crosswalk core = api.core();
            Format format = ContentNegotiation.choose(ctx, ContentNegotiation.REPORTS);
            OrganisationProfile profile = Bodies.profile(ctx, core.catalog());
            sendGaps(ctx, format, deadlines.run("gap analysis", () -> core.gaps().analyse(profile)));
        });
        routes.post("/api/v1/soa", ctx -> {
            Crosswalk core = api.core();
            Format format = ContentNegotiation.choose(ctx, ContentNegotiation.REPORTS);
            OrganisationProfile profile = Bodies.profile(ctx, core.catalog());
            sendSoa(ctx, format, deadlines.run("Statement of Applicability", () -> core.soa().build(profile)));
        });
        routes.post("/api/v1/ims-plan", ctx -> {
            Crosswalk core = api.core();
            Format format = ContentNegotiation.choose(ctx, ContentNegotiation.REPORTS);
            OrganisationProfile profile = Bodies.profile(ctx, core.catalog());
            String target = ctx.queryParam("target");
            sendPlan(ctx, format, deadlines.run("IMS plan", () -> {
                core.gaps().prepare(profile);
                return core.imsPlanner().plan(profile, target);
            }));
        });
    }

    /** A gap report as JSON, CSV, Markdown or HTML (posted and stored profiles alike). */
    static void sendGaps(Context ctx, Format format, GapReport r) {
        send(ctx, format, r, Reports.GAPS, "gap-analysis-" + r.organisation());
    }

    static void sendSoa(Context ctx, Format format, StatementOfApplicability.Soa soa) {
        send(ctx, format, soa, Reports.SOA, "soa-" + soa.organisation());
    }

    static void sendPlan(Context ctx, Format format, ImsPlanner.Plan plan) {
        send(ctx, format, plan, Reports.IMS_PLAN, "ims-plan-" + plan.organisation());
    }

    /** {@code name} (the analysis and the organisation id) names an XLSX download. */
    private static <T> void send(Context ctx, Format format, T result, Renderings<T> text, String name) {
        switch (format) {
            case CSV -> ctx.contentType("text/csv; charset=utf-8").result(text.csv().apply(result));
            case MARKDOWN -> ctx.contentType("text/markdown; charset=utf-8").result(text.markdown().apply(result));
            case HTML -> ctx.contentType("text/html; charset=utf-8").result(text.html().apply(result));
            case XLSX -> ctx.contentType(Format.XLSX.mediaType)
                    .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".xlsx\"")
                    .result(text.xlsx().apply(result));
            default -> streamJson(ctx, result);
        }
    }

    /**
     * Writes {@code result} as JSON straight to the response: a report of 10,000 AI systems is about 100 MB of JSON, which
     * ctx.json would first build as one String. Everything that can fail with a 4xx ran before this; what is written is
     * what ctx.json would have sent (same mapper, same content type).
     */
    static void streamJson(Context ctx, Object result) {
        ctx.contentType("application/json");
        try (JsonGenerator out = JSON.getFactory().createGenerator(ctx.outputStream())) {
            // the servlet stream is Javalin's to close (and to finish compressing)
            out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            JSON.writeValue(out, result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
