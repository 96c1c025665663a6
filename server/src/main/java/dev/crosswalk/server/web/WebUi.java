package dev.crosswalk.server.web;

import dev.crosswalk.server.http.Json;
import dev.crosswalk.server.http.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    /** Where a page takes the site header ({@code web/site-header.html}), the one copy of the skip link and navigation. */
    static final String HEADER_MARK = "<!-- site-header -->";

    /** A page's file and the navigation link it marks as the current page (none for a provision page). */
    private record Page(String file, String current) {}

    private static final Map<String, Page> PAGES = Map.of("/", new Page("index.html", "/"), "/provision", new Page("provision.html", null),
            "/heatmap", new Page("heatmap.html", "/heatmap"), "/classify", new Page("classify.html", "/classify"),
            "/sparql", new Page("sparql.html", "/sparql"), "/orgs", new Page("org.html", "/orgs/"));

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
            String header = resource("site-header.html").strip();
            PAGES.forEach((path, page) -> {
                byte[] html = render(page, header);
                config.routes.get(path, ctx -> send(ctx, html));
                if (path.equals("/orgs")) config.routes.get("/orgs/{org}", ctx -> send(ctx, html));
            });
            config.routes.error(404, WebUi::notFound);
        });
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    /** The page with the site header in place, its own navigation link marked current; a page without the mark fails at once. */
    static byte[] render(Page page, String header) {
        String html = resource(page.file());
        if (!html.contains(HEADER_MARK)) throw new IllegalStateException("page /web/" + page.file() + " lacks " + HEADER_MARK);
        String own = header;
        if (page.current() != null) {
            String link = "<a href=\"" + page.current() + "\">";
            if (!header.contains(link)) throw new IllegalStateException("the site header has no link " + link + " for " + page.file());
            own = header.replace(link, "<a href=\"" + page.current() + "\" aria-current=\"page\">");
        }
        return html.replace(HEADER_MARK, own).getBytes(StandardCharsets.UTF_8);
    }

    private static String resource(String file) {
        try (InputStream in = WebUi.class.getResourceAsStream("/web/" + file)) {
            if (in == null) throw new IllegalStateException("/web/" + file + " is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(Context ctx, byte[] html) {
        ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache").result(html);
    }

    /** Outside the API too, a missing resource is a problem+json naming what was asked for. */
    private static void notFound(Context ctx) throws IOException {
        if (ctx.res().isCommitted()) return;
        Problem p = Problem.of("http-404", "Not Found", 404, "No such resource: " + ctx.method() + " " + ctx.path(), ctx.path());
        ctx.contentType("application/problem+json").result(Json.mapper().writeValueAsBytes(p));
    }
}
