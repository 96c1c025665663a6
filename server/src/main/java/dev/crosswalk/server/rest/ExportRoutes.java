package dev.crosswalk.server.rest;

import java.util.function.Supplier;
import dev.crosswalk.exchange.PredicateStyle;
import dev.crosswalk.server.export.Export;
import dev.crosswalk.server.export.ExportFormat;
import dev.crosswalk.server.export.ExportRequest;
import dev.crosswalk.server.export.Exports;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/** {@code GET /api/v1/export/{format}}: the reference data in an exchange format (SSSOM, OSCAL, CSV, XLSX). */
final class ExportRoutes {
    private static final Set<String> PARAMETERS = Set.of("from", "to", "framework", "inferred", "predicates");

    private ExportRoutes() {}

    static void register(RoutesConfig routes, Supplier<Exports> exports, Deadlines deadlines) {
        routes.get("/api/v1/export/{format}", ctx -> {
            ExportRequest request = request(ctx);
            Export e = deadlines.run("export", () -> exports.get().render(request));
            String disposition = request.format().binary() ? "attachment" : "inline";
            ctx.header("Content-Disposition", disposition + "; filename=\"" + e.fileName() + "\"");
            ctx.contentType(e.mediaType()).result(e.body());
        });
    }

    /** The format from the path (400 naming the formats when unknown), checked against Accept (406), and the parameters. */
    private static ExportRequest request(Context ctx) {
        String name = ctx.pathParam("format");
        ExportFormat format = ExportFormat.of(name).orElseThrow(() -> new ProblemException(400, "unknown-format", "Unknown format",
                "No export format '" + name + "'; the formats are " + String.join(", ", ExportFormat.labels()) + ".")
                .with("supported", ExportFormat.labels()));
        ctx.header("Vary", "Accept");
        String accept = ctx.header("Accept");
        if (!ContentNegotiation.accepts(accept, format.mediaType())) {
            throw ContentNegotiation.notAcceptable(accept, List.of(format.mediaType()), "another format in the path: "
                    + String.join(", ", ExportFormat.labels()));
        }
        for (String p : ctx.queryParamMap().keySet()) {
            if (!PARAMETERS.contains(p)) {
                throw ProblemException.badRequest("Unknown parameter '" + p + "'; an export takes from, to, framework, inferred and predicates.");
            }
        }
        return new ExportRequest(format, ctx.queryParam("from"), ctx.queryParam("to"), ctx.queryParam("framework"),
                Params.bool(ctx, "inferred"), PredicateStyle.parse(ctx.queryParam("predicates")));
    }
}
