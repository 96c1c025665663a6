package dev.crosswalk.it;

import dev.crosswalk.server.Deployment;
import dev.crosswalk.server.store.tdb2.Tdb2Store;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.server.CrosswalkServer;
import dev.crosswalk.server.rest.ApiContext;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sends every case of {@code bad-input/manifest.ttl} to a running server and checks the answer:
 * the expected status, a message naming the problem, never a 5xx; afterwards the server is
 * healthy and the stored organisation, its history and keys are exactly as before.
 */
class BadInputCorpusTest {
    private static final String BI = "https://w3id.org/crosswalk/test/bad-input#";
    private static final String ADMIN = "bad-input-corpus-admin-key-0123456789";
    private static final Path FOLDER = Path.of("src", "test", "resources", "bad-input");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyBadInputGetsItsFourHundredAndChangesNothing(@TempDir Path data) throws Exception {
        Model manifest = RDFDataMgr.loadModel(FOLDER.resolve("manifest.ttl").toString());
        List<Resource> cases = manifest.listSubjectsWithProperty(RDF.type, manifest.createResource(BI + "Case")).toList();
        assertThat(cases).hasSizeGreaterThan(80);
        String bank = Files.readString(Path.of("..", "examples", "uk-bank.json"));
        try (Deployment deployment = Deployment.embedded(data)) {
            Crosswalk core = deployment.core();
            ApiContext api = ApiContext.of(core, CrosswalkServer.SPARQL_PATH, deployment.storage()).withAdmin(AdminKey.of(ADMIN));
            String own = api.keys().issue("corpus-bank", "Corpus owner", "test").token();
            String other = api.keys().issue("corpus-other", "Other owner", "test").token();
            try (CrosswalkServer server = CrosswalkServer.start(api, 0)) {
                String base = "http://localhost:" + server.port();
                var put = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/orgs/corpus-bank/profile"))
                        .header("Authorization", "Bearer " + own).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(bank.replace("\"northgate-bank\"", "\"corpus-bank\""))));
                assertThat(put.statusCode()).isEqualTo(201);
                String before = snapshot(base, own);

                List<String> failures = new ArrayList<>();
                for (Resource c : cases) {
                    String name = c.getURI().substring(c.getURI().lastIndexOf('/') + 1);
                    int expected = c.getRequiredProperty(manifest.createProperty(BI + "status")).getInt();
                    String message = c.getRequiredProperty(manifest.createProperty(BI + "message")).getString();
                    HttpResponse<String> r;
                    try {
                        r = send(request(manifest, c, base, own, other));
                    } catch (IllegalStateException e) {
                        failures.add(name + ": no answer: " + e.getMessage());
                        continue;
                    }
                    String body = r.body();
                    if (r.statusCode() >= 500) failures.add(name + ": server error " + r.statusCode() + " " + abbreviate(body));
                    else if (r.statusCode() != expected) failures.add(name + ": expected " + expected + ", got " + r.statusCode() + " " + abbreviate(body));
                    else if (!body.toLowerCase(Locale.ROOT).contains(message.toLowerCase(Locale.ROOT))) {
                        failures.add(name + ": answer does not mention '" + message + "': " + abbreviate(body));
                    } else if (r.uri().getPath().startsWith("/api/") && !r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                        failures.add(name + ": not problem+json: " + r.headers().firstValue("Content-Type").orElse("(none)"));
                    }
                }
                assertThat(failures).as("cases answered wrongly").isEmpty();
                assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/health"))).statusCode()).isEqualTo(200);
                assertThat(snapshot(base, own)).as("stored data after the corpus").isEqualTo(before);
            }
        }
    }

    /** The stored organisation, its history, its keys and the public triple count, as one string. */
    private static String snapshot(String base, String key) {
        StringBuilder s = new StringBuilder();
        for (String path : new String[] {"/api/v1/orgs/corpus-bank/profile", "/api/v1/orgs/corpus-bank/history"}) {
            s.append(send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + key)).body()).append('\n');
        }
        s.append(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/orgs/corpus-bank/keys")).header("Authorization", "Bearer " + ADMIN)).body());
        s.append(send(HttpRequest.newBuilder(URI.create(base + "/crosswalk/sparql?query=" + Http.enc("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")))
                .header("Accept", "text/csv")).body());
        return s.toString();
    }

    private static HttpRequest.Builder request(Model m, Resource c, String base, String own, String other) throws Exception {
        String[] line = c.getRequiredProperty(m.createProperty(BI + "request")).getString().split(" ", 2);
        String generate = c.hasProperty(m.createProperty(BI + "generate")) ? c.getProperty(m.createProperty(BI + "generate")).getString() : null;
        String url = base + line[1] + ("long-url".equals(generate) ? "a".repeat(20_000) : "");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        String auth = c.hasProperty(m.createProperty(BI + "auth")) ? c.getProperty(m.createProperty(BI + "auth")).getString() : null;
        if (auth != null) b.header("Authorization", "Bearer " + switch (auth) {
            case "org" -> own;
            case "other" -> other;
            case "admin" -> ADMIN;
            default -> throw new IllegalArgumentException("bi:auth " + auth);
        });
        if (c.hasProperty(m.createProperty(BI + "authorization"))) {
            b.header("Authorization", c.getProperty(m.createProperty(BI + "authorization")).getString());
        }
        if (c.hasProperty(m.createProperty(BI + "contentType"))) b.header("Content-Type", c.getProperty(m.createProperty(BI + "contentType")).getString());
        if (c.hasProperty(m.createProperty(BI + "accept"))) b.header("Accept", c.getProperty(m.createProperty(BI + "accept")).getString());
        byte[] body = null;
        if (c.hasProperty(m.createProperty(BI + "body"))) body = c.getProperty(m.createProperty(BI + "body")).getString().getBytes(StandardCharsets.UTF_8);
        if (generate != null && !generate.equals("long-url")) body = BadBodies.generate(generate).getBytes(StandardCharsets.UTF_8);
        boolean chunked = c.hasProperty(m.createProperty(BI + "chunked")) && c.getProperty(m.createProperty(BI + "chunked")).getBoolean();
        byte[] bytes = body;
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return b.method(line[0], publisher);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) {
        HttpRequest r = b.build();
        try {
            return CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(r.method() + " " + r.uri() + " failed: " + e, e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
