package dev.crosswalk.server.rest;

import dev.crosswalk.imports.ImportFormat;
import dev.crosswalk.imports.ImportKind;
import dev.crosswalk.imports.ImportScope;
import dev.crosswalk.imports.ImportService;
import dev.crosswalk.imports.ImportedSource;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports of frameworks (CSV, OSCAL catalog JSON) and mapping sets (SSSOM TSV): public ones with the
 * admin key under {@code /api/v1/admin/}, an organisation's private ones with its key under
 * {@code /api/v1/orgs/{org}/}, where it also lists what its analyses see. Each route parses the
 * request, calls the import service and answers; the service validates the file whole and stores
 * nothing it refuses.
 */
final class ImportRoutes {
    private static final Pattern FILENAME = Pattern.compile("filename\\s*=\\s*\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    private ImportRoutes() {}

    static void register(RoutesConfig routes, ApiContext api) {
        register(routes, AccessControl.ADMIN, api, ctx -> ImportScope.PUBLIC, ctx -> "admin");
        String org = AccessControl.ORGS + "{org}/";
        register(routes, org, api, ctx -> ImportScope.of(OrgRoutes.orgId(ctx).value()), ImportRoutes::keyHolder);
        routes.get(org + "frameworks", ctx -> ctx.json(api.core(OrgRoutes.orgId(ctx)).catalog().frameworks().stream()
                .map(ProvisionViews.FrameworkView::of).toList()));
        routes.get(org + "mapping-sets", ctx -> ctx.json(api.core(OrgRoutes.orgId(ctx)).mappingSets()));
    }

    /** Who imports with an organisation's key: its owner and the key's id. */
    private static String keyHolder(Context ctx) {
        var actor = AccessControl.actor(ctx);
        return actor.name() + " (" + actor.id() + ")";
    }

    /** The four routes under {@code base} ({@code …/frameworks}, {@code …/mapping-sets}), for the scope and caller a request names. */
    private static void register(RoutesConfig routes, String base, ApiContext api, Function<Context, ImportScope> scope,
                                 Function<Context, String> caller) {
        ImportService imports = api.imports();
        routes.post(base + "frameworks", ctx -> {
            String id = Params.required(ctx, "id", "?id=bank-controls&title=Bank%20AI%20controls");
            String title = Params.required(ctx, "title", "?id=bank-controls&title=Bank%20AI%20controls");
            ImportFormat format = format(ctx, ImportKind.FRAMEWORK);
            ImportedSource s = imports.importFramework(scope.apply(ctx), format, id, title, fileName(ctx), ctx.bodyAsBytes(),
                    caller.apply(ctx));
            created(ctx, s, base.equals(AccessControl.ADMIN) ? "/api/v1/frameworks/" + s.id() : ctx.path());
        });
        routes.post(base + "mapping-sets", ctx -> {
            format(ctx, ImportKind.MAPPING_SET);
            ImportedSource s = imports.importMappingSet(scope.apply(ctx), fileName(ctx), ctx.bodyAsBytes(), caller.apply(ctx));
            created(ctx, s, base.equals(AccessControl.ADMIN) ? "/api/v1/mapping-sets" : ctx.path());
        });
        routes.delete(base + "frameworks/{id}", ctx -> {
            imports.delete(scope.apply(ctx), ImportKind.FRAMEWORK, ctx.pathParam("id"));
            ctx.status(204);
        });
        routes.delete(base + "mapping-sets/{id}", ctx -> {
            imports.delete(scope.apply(ctx), ImportKind.MAPPING_SET, ctx.pathParam("id"));
            ctx.status(204);
        });
    }

    /** The body's format from its Content-Type: 400 without one, 415 for one this kind is not read from. */
    private static ImportFormat format(Context ctx, ImportKind kind) {
        String type = ctx.contentType();
        if (type == null || type.isBlank()) {
            throw ProblemException.badRequest("A Content-Type is required: " + ImportFormat.mediaTypes(kind) + ".");
        }
        return ImportFormat.of(kind, type).orElseThrow(() -> new ProblemException(415, "unsupported-media-type",
                "Unsupported media type", "A " + kind.token() + " is read from " + ImportFormat.mediaTypes(kind) + ", not " + type + "."));
    }

    /** The uploaded file's name from {@code Content-Disposition: attachment; filename="…"}, if sent. */
    private static String fileName(Context ctx) {
        String disposition = ctx.header("Content-Disposition");
        if (disposition == null) return null;
        Matcher m = FILENAME.matcher(disposition);
        return m.find() ? m.group(1) : null;
    }

    private static void created(Context ctx, ImportedSource s, String location) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", s.kind().token());
        body.put("id", s.id());
        if (s.title() != null) body.put("title", s.title());
        body.put("format", s.format().mediaType());
        body.put("imported", Map.of("by", s.importedBy(), "at", s.importedAt().toString(), "file", s.fileName()));
        ctx.status(201).header("Location", location).json(body);
    }
}
