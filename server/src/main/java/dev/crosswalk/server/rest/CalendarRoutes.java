package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.calendar.ObligationCalendar;
import dev.crosswalk.organisation.OrganisationId;
import dev.crosswalk.profile.OrganisationProfile;
import dev.crosswalk.server.report.CalendarFiles;
import dev.crosswalk.server.rest.ContentNegotiation.Format;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.regex.Pattern;

/** The compliance calendar: {@code GET /api/v1/orgs/{org}/calendar} and {@code POST /api/v1/calendar}, as JSON, CSV or iCalendar. */
final class CalendarRoutes {
    /** What a Host header may hold to become the events' link back (anything else falls back to localhost). */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    private CalendarRoutes() {}

    static void register(RoutesConfig routes, ApiContext api, Deadlines deadlines) {
        routes.post("/api/v1/calendar", ctx -> {
            Crosswalk core = api.core();
            Format format = ContentNegotiation.choose(ctx, ContentNegotiation.CALENDAR);
            String timeline = Params.timeline(ctx, "timeline");
            OrganisationProfile profile = Bodies.profile(ctx, core.catalog());
            send(ctx, format, deadlines.run("calendar", () -> core.calendar().of(profile, timeline)));
        });
        routes.get("/api/v1/orgs/{org}/calendar", ctx -> {
            OrganisationId org = OrgRoutes.orgId(ctx);
            Crosswalk core = api.core(org);
            Format format = ContentNegotiation.choose(ctx, ContentNegotiation.CALENDAR);
            String timeline = Params.timeline(ctx, "timeline");
            OrganisationProfile p = api.organisations(core).profile(org);
            send(ctx, format, deadlines.run("calendar", () -> core.calendar().of(p, timeline)));
        });
    }

    private static void send(Context ctx, Format format, ObligationCalendar c) {
        String file = "calendar-" + (c.organisation() == null ? "organisation" : c.organisation());
        switch (format) {
            case CSV -> ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"")
                    .result(CalendarFiles.csv(c));
            case ICS -> ctx.contentType("text/calendar; charset=utf-8").header("Content-Disposition", "inline; filename=\"" + file + ".ics\"")
                    .result(CalendarFiles.ics(c, base(ctx), Instant.now()));
            default -> ctx.json(c);
        }
    }

    private static String base(Context ctx) {
        String host = ctx.host();
        return ctx.scheme() + "://" + (host != null && HOST.matcher(host).matches() ? host : "localhost");
    }
}
