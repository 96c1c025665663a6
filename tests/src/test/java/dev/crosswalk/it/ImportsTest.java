package dev.crosswalk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.imports.ImportScope;
import dev.crosswalk.server.CrosswalkServer;
import dev.crosswalk.server.Deployment;
import dev.crosswalk.server.http.Limits;
import dev.crosswalk.server.store.remote.RemoteStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports end to end: the command line writes into the store {@code serve --data} loads, the admin
 * API imports into a running server (its SPARQL endpoint and REST routes see it at once), imports
 * survive a restart, and live in a remote store too (the one {@link TestStore} names).
 */
class ImportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String ADMIN = "imports-test-admin-key-0123456789";
    private static final Path EXAMPLES = Path.of("..", "examples", "imports");
    private static final String CW = "https://w3id.org/crosswalk/ontology#";

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static HttpResponse<String> send(String method, String url, String type, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + ADMIN)
                .header("Accept", "application/json");
        if (type != null) b.header("Content-Type", type);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean ask(Http http, String query) throws Exception {
        HttpResponse<String> r = http.get("/crosswalk/sparql?query=" + Http.enc(query), "application/sparql-results+json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).path("boolean").asBoolean();
    }

    private static JsonNode framework(Http http, String id) throws Exception {
        for (JsonNode f : JSON.readTree(http.get("/api/v1/frameworks", "application/json").body())) {
            if (f.path("id").asText().equals(id)) return f;
        }
        return null;
    }

    @Test
    void theCommandLineImportsIntoTheStoreServeLoadsAndImportsSurviveARestart(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        CliRun fw = run("import", "framework", EXAMPLES.resolve("bank-controls.csv").toString(), "--id", "bank-controls",
                "--title", "Bank AI control library", "--data", data.toString());
        assertThat(fw.code()).as(fw.err()).isZero();
        assertThat(fw.out()).startsWith("imported framework bank-controls \"Bank AI control library\": 5 provisions from bank-controls.csv into ");
        CliRun set = run("import", "mappings", EXAMPLES.resolve("bank-controls-iso42001.sssom.tsv").toString(), "--data", data.toString());
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).startsWith("imported mapping set bank-controls-iso42001 (bank-controls -> iso42001, 3 rows) from ");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "id,title,parent,paraphrase,source\n"
                + "A,Alpha,,\"A paraphrase long enough to pass the shape's twenty characters.\",https://bank.example/a\n"
                + "B,Beta,Z,Too short.,https://bank.example/b\n");
        CliRun refused = run("import", "framework", bad.toString(), "--id", "bad-lib", "--title", "Bad", "--data", data.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("bad.csv:3:3: parent 'Z' is not an id of this file.",
                "bad.csv:3:4: A provision has exactly one paraphrase of 20 to 400 characters.", "nothing was imported");
        CliRun list = run("import", "list", "--data", data.toString());
        assertThat(list.out().strip().lines()).hasSize(3).element(1).asString().startsWith("framework\tbank-controls\tbank-controls.csv\t");

        try (Deployment deployment = Deployment.embedded(data);
             CrosswalkServer server = CrosswalkServer.start(deployment, AdminKey.of(ADMIN), Limits.defaults(), 0)) {
            Http http = new Http(server.port());
            JsonNode health = JSON.readTree(http.get("/api/v1/health", "application/json").body());
            assertThat(health.path("startup").path("reusedValidation").asBoolean())
                    .as("the store was published with the imports: same content hash, nothing inferred again").isTrue();
            JsonNode bank = framework(http, "bank-controls");
            assertThat(bank).isNotNull();
            assertThat(bank.path("imported").path("by").asText()).endsWith("(command line)");
            JsonNode lookup = JSON.readTree(http.get("/api/v1/crosswalk?from=" + Http.enc("bank-controls:BC-1.1"), "application/json").body());
            assertThat(lookup.path("mappings")).extracting(m -> m.path("to").asText()).containsExactly("iso42001:5.2");
            assertThat(ask(http, "ASK { GRAPH <https://w3id.org/crosswalk/graph/catalog/bank-controls> { "
                    + "<https://w3id.org/crosswalk/id/bank-controls> a <" + CW + "Framework> } }")).isTrue();

            // the admin API imports into the running server: REST and the SPARQL endpoint see it at once
            assertThat(ask(http, "ASK { <https://w3id.org/crosswalk/id/vendor-controls> ?p ?o }")).isFalse();
            String url = "http://localhost:" + server.port() + "/api/v1/admin/frameworks?id=vendor-controls&title=Vendor%20AI%20assurance";
            HttpResponse<String> oscal = send("POST", url, "application/json", Files.readAllBytes(EXAMPLES.resolve("vendor-controls.oscal.json")));
            assertThat(oscal.statusCode()).as(oscal.body()).isEqualTo(201);
            assertThat(framework(http, "vendor-controls").path("provisionCount").asInt()).isEqualTo(5);
            assertThat(ask(http, "ASK { <https://w3id.org/crosswalk/id/vendor-controls/gov-1> <http://www.w3.org/2004/02/skos/core#notation> \"GOV-1\" }"))
                    .isTrue();
            // an organisation's private import: its own analyses only, never the public endpoint or routes
            HttpResponse<String> issued = send("POST", "http://localhost:" + server.port() + "/api/v1/admin/orgs/imp-bank/keys", "application/json",
                    "{\"owner\":\"Erin\"}".getBytes(StandardCharsets.UTF_8));
            String orgKey = JSON.readTree(issued.body()).path("key").asText();
            HttpResponse<String> own = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                            + "/api/v1/orgs/imp-bank/frameworks?id=private-lib&title=Private%20library"))
                    .header("Authorization", "Bearer " + orgKey).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(EXAMPLES.resolve("bank-controls.csv")))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
            assertThat(http.getWithKey("/api/v1/orgs/imp-bank/frameworks", orgKey).body()).contains("\"private-lib\"");
            assertThat(framework(http, "private-lib")).isNull();
            assertThat(ask(http, "ASK { <https://w3id.org/crosswalk/id/private-lib> ?p ?o }")).isFalse();
            assertThat(ask(http, "ASK { GRAPH ?g { <https://w3id.org/crosswalk/id/private-lib> ?p ?o } }")).isFalse();
            // the stored import records never reach the public endpoint
            assertThat(ask(http, "ASK { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/crosswalk/import/')) }")).isFalse();
            assertThat(ask(http, "ASK { ?s <" + CW + "importContent> ?o }")).isFalse();
            PublicEndpointChecks.assertNoPrivateGraphs(http);
        }
        try (Deployment restarted = Deployment.embedded(data)) {
            assertThat(restarted.imports().list(ImportScope.PUBLIC)).extracting(s -> s.id())
                    .containsExactly("bank-controls", "bank-controls-iso42001", "vendor-controls");
            assertThat(restarted.core().catalog().framework("vendor-controls")).isPresent();
            assertThat(restarted.core().startup().reusedValidation()).as("the import was published with its stamp").isTrue();
            assertThat(restarted.core().catalog().framework("private-lib")).as("private imports stay out of the public model").isEmpty();
            assertThat(restarted.imports().model(ImportScope.of("imp-bank")).catalog().framework("private-lib")).isPresent();
        }
    }

    @Test
    void importsLiveInARemoteStoreAndARefusalLeavesItUnchanged() throws Exception {
        try (TestStore store = TestStore.open(false)) {
            RemoteStore remote = store.remote();
            try (Deployment a = Deployment.remote(remote);
                 CrosswalkServer server = CrosswalkServer.start(a, AdminKey.of(ADMIN), Limits.defaults(), 0)) {
                String base = "http://localhost:" + server.port() + "/api/v1/admin/";
                HttpResponse<String> fw = send("POST", base + "frameworks?id=bank-controls&title=Bank%20AI%20controls", "text/csv",
                        Files.readAllBytes(EXAMPLES.resolve("bank-controls.csv")));
                assertThat(fw.statusCode()).as(fw.body()).isEqualTo(201);
                assertThat(remote.imports().list(ImportScope.PUBLIC)).extracting(s -> s.id()).containsExactly("bank-controls");
                assertThat(store.ask("ASK { GRAPH <https://w3id.org/crosswalk/graph/catalog/bank-controls> { ?s ?p ?o } }"))
                        .as("published to the store's reference graphs").isTrue();

                String before = storeCount(store);
                HttpResponse<String> bad = send("POST", base + "mapping-sets", "text/tab-separated-values",
                        "# curie_map:\n#   x: https://example.org/\n".getBytes(StandardCharsets.UTF_8));
                assertThat(bad.statusCode()).isEqualTo(422);
                assertThat(send("POST", base + "frameworks?id=iso42001&title=Mine", "text/csv", "id\n".getBytes(StandardCharsets.UTF_8)).statusCode())
                        .isEqualTo(409);
                assertThat(send("DELETE", base + "frameworks/iso27001", null, null).statusCode()).isEqualTo(409);
                assertThat(storeCount(store)).as("nothing written by the refusals").isEqualTo(before);

                try (Deployment b = Deployment.remote(remote, Duration.ofMillis(200))) {
                    assertThat(b.core().catalog().framework("bank-controls")).as("another instance, or a restart, loads it").isPresent();
                    assertThat(b.imports().refresh()).as("nothing changed since it started").isFalse();
                    assertThat(send("DELETE", base + "frameworks/bank-controls", null, null).statusCode()).isEqualTo(204);
                    assertThat(remote.imports().list(ImportScope.PUBLIC)).isEmpty();
                    assertThat(store.ask("ASK { GRAPH <https://w3id.org/crosswalk/graph/catalog/bank-controls> { ?s ?p ?o } }"))
                            .as("republished without it").isFalse();
                    // the other instance catches up on its own (it looks every 200 ms; a rebuild takes seconds)
                    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(180);
                    while (b.core().catalog().framework("bank-controls").isPresent() && System.nanoTime() < deadline) Thread.sleep(100);
                    assertThat(b.core().catalog().framework("bank-controls")).as("the deletion through the first instance reached it").isEmpty();
                    assertThat(b.imports().refresh()).isFalse();
                }
            }
        }
    }

    private static String storeCount(TestStore store) {
        try (var conn = store.connect()) {
            String[] n = new String[1];
            conn.querySelect("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", row -> n[0] = row.getLiteral("n").getLexicalForm());
            return n[0];
        }
    }
}
