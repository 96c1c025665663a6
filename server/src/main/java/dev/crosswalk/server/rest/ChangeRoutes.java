package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.catalog.Timelines;
import dev.crosswalk.classify.InvalidInputException;
import dev.crosswalk.organisation.OrganisationId;
import dev.crosswalk.profile.OrganisationProfile;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Regulatory change: {@code GET /api/v1/changes} (between timelines or dates), and the impact on an
 * organisation, stored ({@code GET /api/v1/orgs/{org}/impact}) or posted ({@code POST /api/v1/impact}).
 */
final class ChangeRoutes {
    private ChangeRoutes() {}

    static void register(RoutesConfig routes, ApiContext api, Deadlines deadlines) {
        routes.get("/api/v1/changes", ctx -> {
            Crosswalk core = api.core();
            String fromDate = ctx.queryParam("fromDate");
            String toDate = ctx.queryParam("toDate");
            if (fromDate == null && toDate == null) {
                String[] t = timelines(ctx);
                ctx.json(deadlines.run("changes", () -> core.changes().between(t[0], t[1])));
                return;
            }
            if (ctx.queryParam("from") != null || ctx.queryParam("to") != null) {
                throw new InvalidInputException("fromDate", "Ask either between timelines (from, to) or between dates on one timeline "
                        + "(fromDate, toDate, timeline), not both.");
            }
            LocalDate a = date("fromDate", fromDate);
            LocalDate b = date("toDate", toDate);
            String timeline = ctx.queryParam("timeline") == null ? Timelines.AMENDED : ctx.queryParam("timeline");
            ctx.json(deadlines.run("changes", () -> core.changes().between(timeline, a, b)));
        });
        routes.post("/api/v1/impact", ctx -> {
            Crosswalk core = api.core();
            String[] t = timelines(ctx);
            OrganisationProfile profile = Bodies.profile(ctx, core.catalog());
            ctx.json(deadlines.run("impact analysis", () -> core.impact().impact(profile, t[0], t[1])));
        });
        routes.get("/api/v1/orgs/{org}/impact", ctx -> {
            OrganisationId org = OrgRoutes.orgId(ctx);
            Crosswalk core = api.core(org);
            String[] t = timelines(ctx);
            OrganisationProfile p = api.organisations(core).profile(org);
            ctx.json(deadlines.run("impact analysis", () -> core.impact().impact(p, t[0], t[1])));
        });
    }

    /** {@code from} and {@code to}: original to amended by default; either alone means the other is the other timeline. */
    private static String[] timelines(Context ctx) {
        String from = ctx.queryParam("from");
        String to = ctx.queryParam("to");
        if (to == null) to = from == null || !from.equals(Timelines.AMENDED) ? Timelines.AMENDED : Timelines.ORIGINAL;
        if (from == null) from = to.equals(Timelines.ORIGINAL) ? Timelines.AMENDED : Timelines.ORIGINAL;
        return new String[] {from, to};
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(name, name + " is required with a date comparison (YYYY-MM-DD), e.g. ?fromDate=2026-01-01&toDate=2027-12-31.");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, name + " must be an ISO date (YYYY-MM-DD), not '" + value + "'.");
        }
    }
}
