package dev.crosswalk.server.rest;

import dev.crosswalk.access.ApiKey;
import dev.crosswalk.access.ApiKeys;
import dev.crosswalk.access.IssuedKey;
import dev.crosswalk.access.InvalidKeyException;
import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/** Key management with the admin key: issue (the key is shown once), list, revoke. */
final class AdminRoutes {
    private AdminRoutes() {}

    /** The optional body of a key request. */
    record KeyRequest(String owner) {}

    static void register(RoutesConfig routes, ApiContext api) {
        ApiKeys keys = api.keys();
        routes.post(AccessControl.ADMIN + "orgs/{org}/keys", ctx -> {
            String org = ctx.pathParam("org");
            KeyRequest req = ctx.body().isBlank() ? new KeyRequest(null) : Bodies.json(ctx, KeyRequest.class);
            IssuedKey issued;
            try {
                issued = keys.issue(org, req.owner(), "admin");
            } catch (InvalidKeyException e) {
                throw ProblemException.badRequest(e.getMessage());
            }
            ApiKey k = issued.key();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("key", issued.token());
            body.put("id", k.id());
            body.put("organisation", k.organisation());
            body.put("owner", k.owner());
            body.put("created", k.created());
            body.put("note", "This is the only time the key is shown: only its hash is stored.");
            ctx.status(201).header("Location", AccessControl.ADMIN + "orgs/" + org + "/keys/" + k.id())
                    .header("Cache-Control", "no-store").json(body);
        });
        routes.get(AccessControl.ADMIN + "orgs/{org}/keys", ctx -> {
            ctx.json(keys.list(OrgRoutes.orgId(ctx).value()));
        });
        routes.post(AccessControl.ADMIN + "compact", ctx -> {
            if (api.storage().compaction().isEmpty()) {
                throw new ProblemException(409, "not-compactable", "Nothing to compact",
                        "Compaction applies to the embedded TDB2 store; this server keeps organisations in a " + api.storeKind()
                        + " store (compact that with its own tools).");
            }
            long[] sizes = api.storage().compaction().get().compact();
            ctx.json(Map.of("bytesBefore", sizes[0], "bytesAfter", sizes[1]));
        });
        routes.delete(AccessControl.ADMIN + "orgs/{org}/keys/{id}", ctx -> {
            String org = ctx.pathParam("org");
            String id = ctx.pathParam("id");
            if (!keys.revoke(org, id, "admin")) {
                throw new ProblemException(404, "unknown-key", "Unknown key",
                        "Organisation '" + org + "' has no live API key with id '" + id + "'.");
            }
            ctx.status(204);
        });
    }
}
