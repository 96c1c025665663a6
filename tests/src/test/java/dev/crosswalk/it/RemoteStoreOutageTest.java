package dev.crosswalk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.server.CrosswalkServer;
import dev.crosswalk.server.Deployment;
import dev.crosswalk.server.http.Limits;
import dev.crosswalk.server.store.remote.RemoteStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The store's failures are the store's: a store that refuses a request, or is stopped, answers 502
 * problem+json naming the store and what it said; nothing acknowledged is lost, and once the store
 * is back (restarted) every instance reads what was there before.
 */
class RemoteStoreOutageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String ADMIN = "outage-test-admin-key-0123456789";
    private static final String ORG = "outage-bank";

    private static HttpResponse<String> send(String method, String url, String key, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key).header("Accept", "application/json");
        if (body != null) b.header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertBadGateway(HttpResponse<String> r, String storeSaid) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(502);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.path("type").asText()).endsWith("/store-failed");
        assertThat(problem.path("detail").asText()).startsWith("The shared SPARQL store failed this request: ").contains(storeSaid);
    }

    @Test
    void aStoreThatRefusesOrIsStoppedIs502AndNothingIsLost() throws Exception {
        String bank = Files.readString(Path.of("..", "examples", "uk-bank.json")).replace("\"northgate-bank\"", "\"" + ORG + "\"");
        try (TestStore store = TestStore.open(true)) {
            assertThat(store.restartable()).as("an external store needs -Dcrosswalk.remote.stop and -Dcrosswalk.remote.start").isTrue();
            String key;
            String before;
            int entries;
            try (Deployment a = Deployment.remote(store.remote());
                 CrosswalkServer server = CrosswalkServer.start(a, AdminKey.of(ADMIN), Limits.defaults(), 0)) {
                String base = "http://localhost:" + server.port() + "/api/v1/";
                HttpResponse<String> issued = send("POST", base + "admin/orgs/" + ORG + "/keys", ADMIN, "{\"owner\":\"Olu\"}");
                assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
                key = JSON.readTree(issued.body()).path("key").asText();
                String org = base + "orgs/" + ORG;
                send("DELETE", org + "/profile", key, null);
                assertThat(send("PUT", org + "/profile", key, bank).statusCode()).isEqualTo(201);
                assertThat(send("PUT", org + "/controls/iso42001:A.7.4", key, "{\"status\":\"implemented\"}").statusCode()).isEqualTo(200);
                before = send("GET", org + "/profile", key, null).body();
                assertThat(JSON.readTree(before).path("controls").findValuesAsText("provision")).contains("iso42001:A.7.4");
                entries = JSON.readTree(send("GET", org + "/history", key, null).body()).size();
                assertThat(entries).isGreaterThanOrEqualTo(2);

                // another instance whose update endpoint the store does not have: the store answers 404, nothing changes
                String missing = URI.create(store.query()).resolve("no-such-endpoint").toString();
                try (Deployment b = Deployment.remote(RemoteStore.of(store.query(), missing, store.gsp()));
                     CrosswalkServer refused = CrosswalkServer.start(b, AdminKey.of(ADMIN), Limits.defaults(), 0)) {
                    String rb = "http://localhost:" + refused.port() + "/api/v1/orgs/" + ORG;
                    assertBadGateway(send("PUT", rb + "/controls/iso42001:A.7.4", key, "{\"status\":\"planned\"}"), "answered 404");
                    assertBadGateway(send("DELETE", rb + "/profile", key, null), "answered 404");
                }
                assertThat(send("GET", org + "/profile", key, null).body()).as("the refused writes changed nothing").isEqualTo(before);
                assertThat(JSON.readTree(send("GET", org + "/history", key, null).body())).hasSize(entries);

                // the store stopped mid-test: reads and writes are 502, quickly, and name what happened
                store.stop();
                assertBadGateway(send("PUT", org + "/controls/iso42001:A.7.4", key, "{\"status\":\"planned\"}"), "cannot be reached");
                assertBadGateway(send("GET", org + "/profile", key, null), "cannot be reached");
                assertBadGateway(send("GET", org + "/history", key, null), "cannot be reached");
                store.start();
                HttpResponse<String> back = untilAnswered(org + "/profile", key);
                assertThat(back.body()).as("the acknowledged profile, whole, after the store's restart").isEqualTo(before);
                assertThat(JSON.readTree(send("GET", org + "/history", key, null).body())).hasSize(entries);
            }
            // a new instance (a restart of Crosswalk) reads the same profile, history and key from the restarted store
            try (Deployment c = Deployment.remote(store.remote());
                 CrosswalkServer server = CrosswalkServer.start(c, AdminKey.of(ADMIN), Limits.defaults(), 0)) {
                String org = "http://localhost:" + server.port() + "/api/v1/orgs/" + ORG;
                assertThat(send("GET", org + "/profile", key, null).body()).isEqualTo(before);
                JsonNode history = JSON.readTree(send("GET", org + "/history", key, null).body());
                assertThat(history).hasSize(entries);
                assertThat(history).extracting(h -> h.path("action").asText()).containsSubsequence("create-profile", "update-control");
                assertThat(send("DELETE", org + "/profile", key, null).statusCode()).isEqualTo(204);
            }
        }
    }

    /** The first answer that is not a 502: a restarted store may take a moment, and pooled connections to it are stale. */
    private static HttpResponse<String> untilAnswered(String url, String key) throws Exception {
        HttpResponse<String> r = null;
        for (int i = 0; i < 60; i++) {
            r = send("GET", url, key, null);
            if (r.statusCode() != 502) return r;
            Thread.sleep(500);
        }
        return r;
    }
}
