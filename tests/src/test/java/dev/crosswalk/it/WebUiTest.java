package dev.crosswalk.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.classify.AiSystem;
import dev.crosswalk.server.CrosswalkServer;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web UI over real HTTP without a browser: each page and every script and style it loads (its own and the WebJars')
 * is served with the right content type and the security headers, the API and the SPARQL endpoint still answer beside
 * it, and paths it does not know stay problem+json 404s. The pages in a browser: browser-tests (profile browser).
 */
class WebUiTest {
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/(?:assets|webjars)/[^\"]+)\"");
    private static CrosswalkServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = CrosswalkServer.start(SharedCore.get(), 0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String type(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void everyPageAndEveryAssetItLoadsIsServedWithItsContentType() {
        Map<String, String> pages = Map.of("/", "Crosswalk browser", "/provision?ref=iso42001:7.2", "Inferred chains",
                "/heatmap", "Coverage heatmap", "/classify", "AI Act check", "/orgs/northgate-bank", "API key of this organisation",
                "/orgs/", "Organisation id", "/sparql", "yasgui");
        List<String> assets = new ArrayList<>();
        pages.forEach((path, text) -> {
            HttpResponse<String> r = http.get(path, "text/html");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(type(r)).as(path).startsWith("text/html");
            assertThat(r.body()).as(path).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">", text, "<main id=\"main\"");
            assertThat(r.body()).as(path + ": no inline script").doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(v ->
                    assertThat(v).contains("script-src 'self'").doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            Matcher m = ASSET.matcher(r.body());
            while (m.find()) assets.add(m.group(1));
        });
        assertThat(assets).contains("/assets/common.js", "/assets/app.css", "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js",
                "/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js", "/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.css");
        for (String asset : assets) {
            HttpResponse<String> r = http.get(asset, "*/*");
            assertThat(r.statusCode()).as(asset).isEqualTo(200);
            assertThat(type(r)).as(asset).startsWith(asset.endsWith(".css") ? "text/css" : "text/javascript");
            assertThat(r.body().length()).as(asset).isGreaterThan(500);
        }
    }

    @Test
    void everyPageCarriesTheOneSiteHeaderWithItsOwnLinkMarkedCurrent() {
        Map<String, String> current = Map.of("/", "/", "/heatmap", "/heatmap", "/classify", "/classify", "/orgs/", "/orgs/",
                "/orgs/northgate-bank", "/orgs/", "/sparql", "/sparql", "/provision?ref=iso42001:7.2", "");
        current.forEach((path, link) -> {
            String body = http.get(path, "text/html").body();
            assertThat(body).as(path).contains("<a class=\"skip\" href=\"#main\">Skip to content</a>", "<nav aria-label=\"Main\">",
                    "<li><a href=\"/sparql\"", "</header>").doesNotContain("site-header");
            List<String> marked = new ArrayList<>();
            Matcher m = Pattern.compile("<a href=\"([^\"]*)\" aria-current=\"page\">").matcher(body);
            while (m.find()) marked.add(m.group(1));
            assertThat(marked).as(path).isEqualTo(link.isEmpty() ? List.of() : List.of(link));
        });
    }

    @Test
    void theAiActFormAsksEveryFieldTheClassifierTakes() {
        String form = http.get("/classify", "text/html").body();
        // the form asks for both timelines itself; id is the profile's, not a question
        List<String> asked = new ArrayList<>();
        for (RecordComponent c : AiSystem.class.getRecordComponents()) {
            String field = c.getName();
            if (field.equals("id") || field.equals("timeline")) continue;
            asked.add(field);
            String control = field.equals("art6_3Conditions") ? "name=\"art6_3\"" : "id=\"" + field + "\"";
            assertThat(form).as(field).contains(control);
        }
        assertThat(asked).hasSize(AiSystem.class.getRecordComponents().length - 2).contains("ownNameOrTrademark", "openSourceLicence");
        assertThat(AiSystem.ROLES).isNotEmpty();
        for (String role : AiSystem.ROLES) assertThat(form).as(role).contains("<option value=\"" + role + "\">");
    }

    @Test
    void theApiTheEndpointAndUnknownPathsAnswerAsBefore() {
        HttpResponse<String> health = http.get("/api/v1/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Security-Policy")).as("the API's answers are unchanged").isEmpty();
        HttpResponse<String> ask = http.get("/crosswalk/sparql?query=" + Http.enc("ASK { ?s ?p ?o }"), "application/sparql-results+json");
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.body()).contains("true");
        for (String path : List.of("/nope", "/assets/nope.js", "/webjars/nope/1.0/x.js", "/orgsx")) {
            HttpResponse<String> r = http.get(path, "*/*");
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(type(r)).as(path).startsWith("application/problem+json");
            assertThat(r.body()).as(path).contains("No such resource");
        }
        HttpResponse<String> search = http.get("/api/v1/search?q=logging&limit=3", "application/json");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("\"hits\"");
    }
}
