package dev.crosswalk.it;

import dev.crosswalk.server.rest.ApiContext;
import dev.crosswalk.server.store.tdb2.Tdb2Store;
import dev.crosswalk.server.Deployment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.server.CrosswalkServer;
import dev.crosswalk.server.StoreServer;
import dev.crosswalk.server.http.Limits;
import dev.crosswalk.server.store.remote.RemoteStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What {@code crosswalk serve} starts: the server built from its parts carries the admin key, the limits and the store. */
class ServerStartTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String ADMIN = "server-start-test-admin-key-0123456789ab";
    private static Crosswalk core;

    @BeforeAll
    static void load() {
        core = Crosswalk.inMemory();  // its own: the keys issued here must not reach the shared core
    }

    @AfterAll
    static void close() {
        core.close();
    }

    @Test
    void inItsOwnStoreTheServerCarriesTheAdminKeyAndTheLimits() throws Exception {
        Limits limits = Limits.defaults().withMaxRows(5).withMaxBodyBytes(4096);
        try (CrosswalkServer server = CrosswalkServer.start(Deployment.of(core, Tdb2Store.inMemory()), AdminKey.of(ADMIN), limits, 0)) {
            String base = "http://localhost:" + server.port();
            assertThat(JSON.readTree(send("GET", base + "/api/v1/health", null, null).body()).path("store").asText()).isEqualTo("tdb2");
            assertThat(send("POST", base + "/api/v1/admin/orgs/start-test/keys", null, "{\"owner\":\"start test\"}").statusCode())
                    .isEqualTo(401);
            HttpResponse<String> issued = send("POST", base + "/api/v1/admin/orgs/start-test/keys", ADMIN, "{\"owner\":\"start test\"}");
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            HttpResponse<String> rows = send("GET", base + "/crosswalk/sparql?query=" + Http.enc("SELECT * { ?s ?p ?o }"), null, null);
            assertThat(JSON.readTree(rows.body()).path("results").path("bindings").size()).isEqualTo(5);
            HttpResponse<String> big = send("POST", base + "/api/v1/gap-analysis", null, "{\"x\":\"" + "a".repeat(5000) + "\"}");
            assertThat(big.statusCode()).isEqualTo(413);
            assertThat(big.body()).contains("4096 bytes");
        }
    }

    @Test
    void withARemoteStoreKeysLiveThere() throws Exception {
        try (StoreServer store = StoreServer.start(0, "store", null)) {
            String url = store.url();
            assertThat(ask(url)).as("the store starts empty").isFalse();
            RemoteStore remote = RemoteStore.of(url + "/sparql", url + "/update", url + "/data");
            ApiContext api = ApiContext.of(core, CrosswalkServer.SPARQL_PATH, remote.storage()).withAdmin(AdminKey.of(ADMIN));
            try (CrosswalkServer server = CrosswalkServer.start(api, 0)) {
                String base = "http://localhost:" + server.port();
                assertThat(JSON.readTree(send("GET", base + "/api/v1/health", null, null).body()).path("store").asText()).isEqualTo("sparql");
                HttpResponse<String> issued = send("POST", base + "/api/v1/admin/orgs/start-test/keys", ADMIN, "{\"owner\":\"start test\"}");
                assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
                assertThat(ask(url)).as("the key was written to the remote store").isTrue();
            }
        }
    }

    private static boolean ask(String storeUrl) throws Exception {
        HttpResponse<String> r = send("GET", storeUrl + "/sparql?query=" + Http.enc("ASK { GRAPH ?g { ?s ?p ?o } }"), null, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).path("boolean").asBoolean();
    }

    private static HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/sparql-results+json, application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (body != null) b.header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
