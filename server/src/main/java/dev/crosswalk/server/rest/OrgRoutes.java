package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.organisation.OrganisationId;
import dev.crosswalk.organisation.OrganisationService;
import dev.crosswalk.profile.OrganisationProfile;
import dev.crosswalk.server.rest.ContentNegotiation.Format;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * Stored organisations: profile CRUD, single-control updates, analyses of the stored profile and
 * the change history. {@link AccessControl} has checked the key; changes are recorded as made by its
 * owner. Each route parses, calls the organisation service or an analysis over the organisation's
 * core (its private imports included), and renders.
 */
final class OrgRoutes {
    private OrgRoutes() {}

    static void register(RoutesConfig routes, ApiContext api, Deadlines deadlines) {
        routes.put("/api/v1/orgs/{org}/profile", ctx -> {
            OrganisationId org = orgId(ctx);
            Crosswalk core = api.core(org);
            OrganisationService orgs = api.organisations(core);
            OrganisationProfile profile = Bodies.profile(ctx, core.catalog());
            boolean existed = orgs.put(org, profile, AccessControl.actor(ctx));
            ctx.status(existed ? 200 : 201).json(Map.of("organisation", org.value(), "stored", true));
        });
        routes.get("/api/v1/orgs/{org}/profile", ctx ->
                ctx.contentType("application/json").result(api.organisations().profileJson(orgId(ctx))));
        routes.delete("/api/v1/orgs/{org}/profile", ctx -> {
            api.organisations().delete(orgId(ctx), AccessControl.actor(ctx));
            ctx.status(204);
        });
        routes.put("/api/v1/orgs/{org}/controls/<ref>", ctx -> {
            OrganisationId org = orgId(ctx);
            Crosswalk core = api.core(org);
            OrganisationService orgs = api.organisations(core);
            Provision p = core.catalog().require(ctx.pathParam("ref"));
            ControlUpdate u = Bodies.json(ctx, ControlUpdate.class);
            orgs.updateControl(org, new OrganisationProfile.ControlStatus(p.ref(), u.status(), u.justification(), u.evidence()),
                    AccessControl.actor(ctx));
            ctx.json(Map.of("organisation", org.value(), "provision", p.ref(), "status", String.valueOf(u.status())));
        });
        routes.get("/api/v1/orgs/{org}/queries/{name}", ctx -> {
            OrganisationId org = orgId(ctx);
            Crosswalk core = api.core(org);
            OrganisationService orgs = api.organisations(core);
            Format format = ContentNegotiation.choose(ctx, ContentNegotiation.TABLES);
            Map<String, String> params = QueryRoutes.parameters(ctx);
            var graph = orgs.evaluation(org);
            String name = ctx.pathParam("name");
            QueryRoutes.send(ctx, format, deadlines.run("query '" + name + "'", () -> core.queryRunner().runForOrganisation(name, params, graph)));
        });
        routes.get("/api/v1/orgs/{org}/history", ctx -> ctx.json(api.organisations().history(orgId(ctx))));
        routes.get("/api/v1/orgs/{org}/gaps", ctx -> {
            OrganisationId org = orgId(ctx);
            Crosswalk core = api.core(org);
            OrganisationService orgs = api.organisations(core);
            Format format = ContentNegotiation.choose(ctx, ContentNegotiation.REPORTS);
            OrganisationProfile p = orgs.profile(org);
            AnalysisRoutes.sendGaps(ctx, format, deadlines.run("gap analysis", () -> core.gaps().analyse(p)));
        });
        routes.get("/api/v1/orgs/{org}/soa", ctx -> {
            OrganisationId org = orgId(ctx);
            Crosswalk core = api.core(org);
            OrganisationService orgs = api.organisations(core);
            Format format = ContentNegotiation.choose(ctx, ContentNegotiation.REPORTS);
            OrganisationProfile p = orgs.profile(org);
            AnalysisRoutes.sendSoa(ctx, format, deadlines.run("Statement of Applicability", () -> core.soa().build(p)));
        });
        routes.get("/api/v1/orgs/{org}/ims-plan", ctx -> {
            OrganisationId org = orgId(ctx);
            Crosswalk core = api.core(org);
            OrganisationService orgs = api.organisations(core);
            Format format = ContentNegotiation.choose(ctx, ContentNegotiation.REPORTS);
            OrganisationProfile p = orgs.profile(org);
            String target = ctx.queryParam("target");
            AnalysisRoutes.sendPlan(ctx, format, deadlines.run("IMS plan", () -> core.imsPlanner().plan(p, target)));
        });
    }

    /** The body of a single-control update. */
    record ControlUpdate(String status, String justification, List<String> evidence) {}

    /** The path's organisation id; a 400 naming what a valid one looks like when it is not one. */
    static OrganisationId orgId(Context ctx) {
        return OrganisationId.of(ctx.pathParam("org"));
    }
}
