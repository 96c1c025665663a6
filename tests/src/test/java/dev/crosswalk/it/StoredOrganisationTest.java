package dev.crosswalk.it;

import dev.crosswalk.server.Deployment;
import dev.crosswalk.server.store.tdb2.Tdb2Store;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.server.CrosswalkServer;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.server.rest.ApiContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored organisations on TDB2 over HTTP: atomic writes, history, durability across restarts, never public. */
class StoredOrganisationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static final String ADMIN = "stored-organisation-test-admin-key-01234";
    private String token;

    private HttpResponse<String> send(String method, String url, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void profilesAreStoredAtomicallyWithHistoryAndSurviveARestart(@TempDir Path data) throws Exception {
        String bank = Files.readString(Path.of("..", "examples", "uk-bank.json"));
        String org = "http://localhost:%d/api/v1/orgs/northgate-bank";
        String before;
        try (Deployment deployment = Deployment.embedded(data)) {
            Crosswalk core = deployment.core();
            ApiContext api = ApiContext.of(core, CrosswalkServer.SPARQL_PATH, deployment.storage()).withAdmin(AdminKey.of(ADMIN));
            token = api.keys().issue("northgate-bank", "Jane Doe", "test").token();
            try (CrosswalkServer server = CrosswalkServer.start(api, 0)) {
            String base = org.formatted(server.port());
            assertThat(send("GET", base + "/profile", null).statusCode()).isEqualTo(404);
            assertThat(send("PUT", base + "/profile", bank).statusCode()).isEqualTo(201);
            assertThat(send("PUT", base + "/profile", bank).statusCode()).isEqualTo(200);
            JsonNode gapsBefore = JSON.readTree(send("GET", base + "/gaps", null).body());
            assertThat(status(gapsBefore, "iso42001:A.7.4")).isNotEqualTo("covered");

            var update = send("PUT", base + "/controls/iso42001:A.7.4", "{\"status\":\"implemented\",\"evidence\":[\"DQ-STD-2\"]}");
            assertThat(update.statusCode()).as(update.body()).isEqualTo(200);
            assertThat(status(JSON.readTree(send("GET", base + "/gaps", null).body()), "iso42001:A.7.4")).isEqualTo("covered");
            before = send("GET", base + "/profile", null).body();

            // an invalid change is refused whole: 422, and the stored profile is unchanged
            var bad = send("PUT", base + "/controls/iso42001:A.2.2", "{\"status\":\"not-applicable\"}");
            assertThat(bad.statusCode()).isEqualTo(422);
            assertThat(bad.body()).contains("not-applicable needs a justification");
            assertThat(send("GET", base + "/profile", null).body()).isEqualTo(before);
            assertThat(send("PUT", base + "/controls/iso42001:A.99", "{\"status\":\"implemented\"}").statusCode()).isEqualTo(404);
            assertThat(send("PUT", base + "/profile", bank.replace("\"northgate-bank\"", "\"other-bank\"")).statusCode()).isEqualTo(422);
            assertThat(send("GET", "http://localhost:%d/api/v1/orgs/Bad_Id/profile".formatted(server.port()), null).statusCode()).as("another organisation's path, whatever its form").isEqualTo(403);

            // the stored analysis is the same as the stateless one on the same profile
            JsonNode stateless = JSON.readTree(send("POST", "http://localhost:%d/api/v1/gap-analysis".formatted(server.port()), before).body());
            assertThat(JSON.readTree(send("GET", base + "/gaps", null).body()).path("frameworks")).isEqualTo(stateless.path("frameworks"));

            // stored analyses render like posted ones, and name unsupported formats
            var csv = send("GET", base + "/gaps?format=csv", null);
            assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
            assertThat(csv.body()).startsWith("framework,provision,title,status,coveredBy,aiSystems");
            assertThat(send("GET", base + "/soa?format=csv", null).body().lines().count()).isEqualTo(39);
            assertThat(send("GET", base + "/gaps?format=xml", null).statusCode()).isEqualTo(400);

            // organisation-scoped named queries run over the stored graph and agree with the analysis
            JsonNode stored = JSON.readTree(send("GET", base + "/gaps", null).body());
            JsonNode rows = JSON.readTree(send("GET", base + "/queries/gaps", null).body()).path("rows");
            int n = 0;
            for (JsonNode f : stored.path("frameworks")) n += f.path("requirements").size();
            assertThat(rows.size()).isEqualTo(n);
            JsonNode obligations = JSON.readTree(send("GET", base + "/queries/obligations?system=credit-scoring", null).body()).path("rows");
            assertThat(obligations).anySatisfy(r -> {
                assertThat(r.path("notation").asText()).isEqualTo("Art. 43");
                assertThat(r.path("appliesFrom").asText()).isEqualTo("2027-12-02");
                assertThat(r.path("riskCategory").asText()).isEqualTo("high-risk");
            });
            assertThat(send("GET", base + "/queries/obligations", null).statusCode()).isEqualTo(400);
            assertThat(send("GET", base + "/queries/crosswalk?from=iso42001:7.2", null).statusCode()).isEqualTo(400);

            // the public SPARQL endpoint never sees an organisation's graph
            String q = "SELECT * { { GRAPH ?g { ?s ?p ?o FILTER(CONTAINS(STR(?g), '/org/')) } } UNION { ?s <https://w3id.org/crosswalk/ontology#profileJson> ?o } } LIMIT 1";
            var sparql = send("POST", "http://localhost:%d/crosswalk/sparql".formatted(server.port()), null);
            var leak = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:%d/crosswalk/sparql?query=%s".formatted(server.port(),
                    java.net.URLEncoder.encode(q, "UTF-8")))).header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(JSON.readTree(leak.body()).path("results").path("bindings")).isEmpty();
            assertThat(sparql.statusCode()).isBetween(400, 499);
            PublicEndpointChecks.assertNoPrivateGraphs(new Http(server.port()));

            // compaction reclaims what copy-on-write left behind, online, and keeps every answer
            String user = token;
            token = ADMIN;
            var compacted = send("POST", "http://localhost:%d/api/v1/admin/compact".formatted(server.port()), null);
            assertThat(compacted.statusCode()).as(compacted.body()).isEqualTo(200);
            assertThat(JSON.readTree(compacted.body()).path("bytesAfter").asLong()).isPositive();
            try (var dirs = Files.list(data)) {
                assertThat(dirs.map(d -> d.getFileName().toString()).filter(name -> name.startsWith("Data-")))
                        .as("one new generation, the old one deleted").containsExactly("Data-0002");
            }
            token = user;
            assertThat(send("GET", base + "/profile", null).body()).isEqualTo(before);
            assertThat(send("PUT", base + "/controls/iso42001:A.7.4", "{\"status\":\"implemented\",\"evidence\":[\"DQ-STD-2\"]}").statusCode())
                    .as("writes go on after the compaction").isEqualTo(200);
            }
            // a real restart: drop the database this JVM keeps, so the next open reads what is on disk (test-only internal API)
            TDBInternal.expel(Tdb2Store.open(data).dataset());  // the same database: TDB2 keeps one per directory and JVM
        }
        try (Deployment deployment = Deployment.embedded(data);
             CrosswalkServer server = CrosswalkServer.start(ApiContext.of(deployment.core(), CrosswalkServer.SPARQL_PATH, deployment.storage()), 0)) {
            String base = org.formatted(server.port());
            assertThat(send("GET", base + "/profile", null).body()).isEqualTo(before);
            JsonNode history = JSON.readTree(send("GET", base + "/history", null).body());
            assertThat(history).extracting(h -> h.path("action").asText())
                    .containsExactly("create-profile", "replace-profile", "update-control", "update-control");
            assertThat(history.get(2).path("detail").asText()).isEqualTo("iso42001:A.7.4 -> implemented");
            assertThat(history.get(0).path("by").asText()).as("the key's owner made the change").isEqualTo("Jane Doe");
            assertThat(history.get(0).path("agent").asText()).startsWith("https://w3id.org/crosswalk/agent/key/");
            assertThat(send("DELETE", base + "/profile", null).statusCode()).isEqualTo(204);
            assertThat(send("GET", base + "/profile", null).statusCode()).isEqualTo(404);
            assertThat(send("DELETE", base + "/profile", null).statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(send("GET", base + "/history", null).body())).extracting(h -> h.path("action").asText())
                    .endsWith("delete-profile");
        }
    }

    private static String status(JsonNode gaps, String ref) {
        for (JsonNode f : gaps.path("frameworks")) {
            for (JsonNode r : f.path("requirements")) if (r.path("provision").asText().equals(ref)) return r.path("status").asText();
        }
        throw new AssertionError(ref + " not in report");
    }
}
