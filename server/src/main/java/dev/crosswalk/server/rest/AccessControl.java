package dev.crosswalk.server.rest;

import dev.crosswalk.access.ApiKeys;
import dev.crosswalk.access.Caller;
import dev.crosswalk.organisation.Actor;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Who may call what: {@code /api/v1/orgs/{org}/…} needs a live key of that organisation (401
 * without or with a bad key, 403 with another's), {@code /api/v1/admin/…} the admin key; the rest
 * is public. Runs before any route reads the body, so refused requests change nothing.
 */
final class AccessControl {
    static final String ORGS = "/api/v1/orgs/";
    static final String ADMIN = "/api/v1/admin/";
    private static final String CALLER = "crosswalk.caller";

    private AccessControl() {}

    static void register(RoutesConfig routes, ApiContext api) {
        ApiKeys keys = api.keys();
        routes.before(ORGS + "*", ctx -> {
            Caller caller = keys.authenticate(ctx.header("Authorization"));
            refuseUnknown(caller, "This organisation's data needs its API key: send 'Authorization: Bearer <key>'.");
            if (caller instanceof Caller.Admin) {
                throw forbidden("The admin key manages keys only; use the organisation's own API key to read or write its data.");
            }
            Caller.Organisation o = (Caller.Organisation) caller;
            if (!o.key().organisation().equals(pathOrganisation(ctx))) throw forbidden("This API key belongs to another organisation.");
            ctx.attribute(CALLER, o);
        });
        routes.before(ADMIN + "*", ctx -> {
            if (!keys.adminEnabled()) {
                throw new ProblemException(404, "admin-disabled", "Admin API disabled",
                        "The admin API is off: start the server with CROSSWALK_ADMIN_KEY (or --admin-key-file) set.");
            }
            Caller caller = keys.authenticate(ctx.header("Authorization"));
            refuseUnknown(caller, "The admin API needs the admin key: send 'Authorization: Bearer <admin key>'.");
            if (caller instanceof Caller.Organisation) throw forbidden("An organisation's API key cannot use the admin API.");
        });
    }

    /** 401 for no token or a bad one. */
    private static void refuseUnknown(Caller caller, String missing) {
        if (caller instanceof Caller.Anonymous) throw unauthorized(missing, false);
        if (caller instanceof Caller.Rejected r) throw unauthorized("The request was refused: " + r.reason() + ".", true);
    }

    /** Who made a change, for the organisation's history: the key's id and owner. */
    static Actor actor(Context ctx) {
        Caller.Organisation o = ctx.attribute(CALLER);
        if (o == null) throw new IllegalStateException("organisation route reached without an authenticated key");
        return new Actor("key/" + o.key().id(), o.key().owner());
    }

    private static String pathOrganisation(Context ctx) {
        String rest = ctx.path().substring(ctx.path().indexOf(ORGS) + ORGS.length());
        int slash = rest.indexOf('/');
        String raw = slash < 0 ? rest : rest.substring(0, slash);
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;  // undecodable: cannot equal a valid organisation id, so the key check refuses it
        }
    }

    private static ProblemException unauthorized(String detail, boolean invalidToken) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail,
                "Bearer realm=\"crosswalk\"" + (invalidToken ? ", error=\"invalid_token\"" : ""));
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }
}
