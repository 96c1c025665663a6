package dev.crosswalk.server.web;

import dev.crosswalk.server.http.Json;
import dev.crosswalk.server.http.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The web UI: static pages, scripts and styles from the classpath ({@code web/}) and the WebJars they use, served at
 * {@code /} beside the REST API. The pages only call the REST API; nothing here analyses anything.
 */
public final class WebUi {
    /**
     * Scripts and styles come from this server only; no inline script. Inline styles stay allowed: cytoscape and
     * YASGUI (CodeMirror) position their elements with style attributes.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final Map<String, String> PAGES = Map.of("/", "index.html", "/provision", "provision.html",
            "/heatmap", "heatmap.html", "/classify", "classify.html", "/sparql", "sparql.html", "/orgs", "org.html");

    /** The servlet paths the UI answers on ("" is the root page): pages, its own assets and the WebJars. */
    public static final List<String> PATHS = List.of("", "/provision", "/heatmap", "/classify", "/sparql", "/orgs", "/orgs/*",
            "/assets/*", "/webjars/*");

    private WebUi() {}

    public static Javalin create() {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;  // hosted as a servlet inside Fuseki's Jetty
            config.staticFiles.add(s -> {
                s.hostedPath = "/assets";
                s.directory = "/web/assets";
                s.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.routes.before(WebUi::securityHeaders);
            PAGES.forEach((path, file) -> config.routes.get(path, ctx -> page(ctx, file)));
            config.routes.get("/orgs/{org}", ctx -> page(ctx, "org.html"));
            config.routes.error(404, WebUi::notFound);
        });
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    private static void page(Context ctx, String file) {
        try (InputStream in = WebUi.class.getResourceAsStream("/web/" + file)) {
            if (in == null) throw new IllegalStateException("page /web/" + file + " is missing from the classpath");
            ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Outside the API too, a missing resource is a problem+json naming what was asked for. */
    private static void notFound(Context ctx) throws IOException {
        if (ctx.res().isCommitted()) return;
        Problem p = Problem.of("http-404", "Not Found", 404, "No such resource: " + ctx.method() + " " + ctx.path(), ctx.path());
        ctx.contentType("application/problem+json").result(Json.mapper().writeValueAsBytes(p));
    }
}
