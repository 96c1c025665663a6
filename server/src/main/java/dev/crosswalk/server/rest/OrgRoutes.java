package dev.crosswalk.server.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.gap.GapAnalysis;
import dev.crosswalk.profile.InvalidProfileException;
import dev.crosswalk.profile.OrganisationProfile;
import dev.crosswalk.server.http.Json;
import dev.crosswalk.store.OrgRepository;
import dev.crosswalk.server.rest.ContentNegotiation.Format;
import dev.crosswalk.store.OrganisationStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stored organisations: profile CRUD, single-control updates, analyses of the stored profile and
 * the change history. {@link AccessControl} has checked the key; changes are recorded as made by its owner.
 */
final class OrgRoutes {
    private static final ObjectMapper JSON = Json.mapper();

    private OrgRoutes() {}

    static void register(RoutesConfig routes, ApiContext api, Deadlines deadlines) {
        Crosswalk core = api.core();
        OrgRepository store = api.orgs();
        routes.put("/api/v1/orgs/{org}/profile", ctx -> {
            String org = orgId(ctx);
            OrganisationProfile profile = Bodies.profile(ctx, core.catalog());
            if (profile.organisation() != null && !org.equals(profile.organisation().id())) {
                throw new InvalidProfileException(List.of(new InvalidProfileException.FieldError("organisation.id",
                        "organisation.id '" + profile.organisation().id() + "' differs from the path's organisation '" + org + "'.")));
            }
            GapAnalysis.Prepared prepared = core.gaps().prepare(profile);
            String json = JSON.writeValueAsString(profile);
            boolean existed = store.update(org, current -> new OrganisationStore.Version(json, core.gaps().evaluationGraph(prepared),
                    current.isPresent() ? "replace-profile" : "create-profile", profile.controls().size() + " controls, "
                    + profile.aiSystems().size() + " AI systems"), AccessControl.actor(ctx));
            ctx.status(existed ? 200 : 201).json(Map.of("organisation", org, "stored", true));
        });
        routes.get("/api/v1/orgs/{org}/profile", ctx -> ctx.contentType("application/json").result(stored(store, orgId(ctx))));
        routes.delete("/api/v1/orgs/{org}/profile", ctx -> {
            String org = orgId(ctx);
            if (!store.delete(org, AccessControl.actor(ctx))) throw notFound(org);
            ctx.status(204);
        });
        routes.put("/api/v1/orgs/{org}/controls/<ref>", ctx -> {
            String org = orgId(ctx);
            Provision p = core.catalog().require(ctx.pathParam("ref"));
            ControlUpdate u = Bodies.json(ctx, ControlUpdate.class);
            store.update(org, current -> {
                OrganisationProfile old = parse(current.orElseThrow(() -> notFound(org)));
                List<OrganisationProfile.ControlStatus> controls = new ArrayList<>(old.controls());
                controls.removeIf(c -> p.ref().equals(c.provision()));
                controls.add(new OrganisationProfile.ControlStatus(p.ref(), u.status(), u.justification(), u.evidence()));
                OrganisationProfile next = new OrganisationProfile(old.organisation(), old.managementSystems(), old.scope(), old.aiSystems(), controls);
                GapAnalysis.Prepared prepared = core.gaps().prepare(next);
                return new OrganisationStore.Version(write(next), core.gaps().evaluationGraph(prepared), "update-control",
                        p.ref() + " -> " + u.status());
            }, AccessControl.actor(ctx));
            ctx.json(Map.of("organisation", org, "provision", p.ref(), "status", String.valueOf(u.status())));
        });
        routes.get("/api/v1/orgs/{org}/queries/{name}", ctx -> {
            String org = orgId(ctx);
            Format format = ContentNegotiation.choose(ctx, ContentNegotiation.TABLES);
            Map<String, String> params = QueryRoutes.parameters(ctx);
            var graph = store.evaluation(org).orElseThrow(() -> notFound(org));
            String name = ctx.pathParam("name");
            QueryRoutes.send(ctx, format, deadlines.run("query '" + name + "'", () -> core.queryRunner().runForOrganisation(name, params, graph)));
        });
        routes.get("/api/v1/orgs/{org}/history", ctx -> ctx.json(store.history(orgId(ctx))));
        routes.get("/api/v1/orgs/{org}/gaps", ctx -> {
            String org = orgId(ctx);
            Format format = ContentNegotiation.choose(ctx, ContentNegotiation.REPORTS);
            OrganisationProfile p = parse(stored(store, org));
            AnalysisRoutes.sendGaps(ctx, format, deadlines.run("gap analysis", () -> core.gaps().analyse(p)));
        });
        routes.get("/api/v1/orgs/{org}/soa", ctx -> {
            String org = orgId(ctx);
            Format format = ContentNegotiation.choose(ctx, ContentNegotiation.REPORTS);
            OrganisationProfile p = parse(stored(store, org));
            AnalysisRoutes.sendSoa(ctx, format, deadlines.run("Statement of Applicability", () -> core.soa().build(p)));
        });
        routes.get("/api/v1/orgs/{org}/ims-plan", ctx -> {
            String org = orgId(ctx);
            Format format = ContentNegotiation.choose(ctx, ContentNegotiation.REPORTS);
            OrganisationProfile p = parse(stored(store, org));
            String target = ctx.queryParam("target");
            AnalysisRoutes.sendPlan(ctx, format, deadlines.run("IMS plan", () -> core.imsPlanner().plan(p, target)));
        });
    }

    /** The body of a single-control update. */
    record ControlUpdate(String status, String justification, List<String> evidence) {}

    /** The path's organisation id, or a 400 naming what a valid one looks like. */
    static String orgId(Context ctx) {
        String org = ctx.pathParam("org");
        if (!OrganisationStore.validId(org)) {
            throw ProblemException.badRequest("Organisation id '" + org + "' is invalid: 2–64 lower-case letters, digits and hyphens.");
        }
        return org;
    }

    private static String stored(OrgRepository store, String org) {
        return store.get(org).orElseThrow(() -> notFound(org));
    }

    private static ProblemException notFound(String org) {
        return new ProblemException(404, "unknown-organisation", "Unknown organisation", "No stored profile for organisation '" + org + "'.");
    }

    private static OrganisationProfile parse(String json) {
        try {
            return JSON.readValue(json, OrganisationProfile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored profile does not parse", e);
        }
    }

    private static String write(OrganisationProfile p) {
        try {
            return JSON.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
