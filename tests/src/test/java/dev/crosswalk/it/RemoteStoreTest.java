package dev.crosswalk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.server.CrosswalkServer;
import dev.crosswalk.server.rest.ApiContext;
import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.server.store.PublicationStamp;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import dev.crosswalk.server.store.remote.RemoteStore;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Two stateless Crosswalk instances sharing one SPARQL store over HTTP: the store the
 * {@code crosswalk.remote.*} properties name (Fuseki, Virtuoso, see {@link TestStore}), else a
 * {@code crosswalk store} started here on a free loopback port, so a plain {@code mvn verify} covers
 * remote mode too.
 */
class RemoteStoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static final String ADMIN = "remote-store-test-admin-key-0123456789";
    private String token;

    private HttpResponse<String> send(String method, String url, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/sparql-results+json, application/json;q=0.9");
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (body != null) b.header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void twoInstancesShareOrganisationsThroughTheRemoteStore() throws Exception {
        try (TestStore store = TestStore.open(false)) {
            sharedStore(store);
        }
    }

    private void sharedStore(TestStore store) throws Exception {
        RemoteStore remote = store.remote();
        String build = Crosswalk.build();
        String bank = Files.readString(Path.of("..", "examples", "uk-bank.json"));
        try (Crosswalk a = Crosswalk.inMemory(); Crosswalk b = Crosswalk.inMemory()) {
            remote.references().publish(a.model(), new PublicationStamp(a.model().contentHash(), build));
            assertThat(remote.references().publish(b.model(), new PublicationStamp(b.model().contentHash(), build)))
                    .as("same content: nothing rewritten").isFalse();
            // a graph the data no longer has (a renamed mapping set, say) and a code upgrade: the next publish replaces all
            String stale = GraphNames.MAPPINGS_PREFIX + "renamed-set";
            try (RDFConnection conn = store.connect()) {
                conn.put(stale, ModelFactory.createModelForGraph(a.model().graph(GraphNames.ONTOLOGY).orElseThrow()));
                assertThat(conn.queryAsk("ASK { GRAPH <" + stale + "> { ?s ?p ?o } }")).isTrue();
                assertThat(remote.references().publish(a.model(), new PublicationStamp(a.model().contentHash(), build + ".next")))
                        .as("same content, new build of the code: republished").isTrue();
                assertThat(conn.queryAsk("ASK { GRAPH <" + stale + "> { ?s ?p ?o } }")).as("the stale graph is gone").isFalse();
                assertThat(conn.queryAsk("ASK { GRAPH <" + GraphNames.INFERRED + "> { ?s ?p ?o } }")).isTrue();
            }
            try (CrosswalkServer sa = CrosswalkServer.start(ApiContext.of(a, CrosswalkServer.SPARQL_PATH, remote.storage())
                         .withAdmin(AdminKey.of(ADMIN)), 0);
                 CrosswalkServer sb = CrosswalkServer.start(ApiContext.of(b, CrosswalkServer.SPARQL_PATH, remote.storage()), 0)) {
                String ua = "http://localhost:" + sa.port() + "/api/v1/orgs/northgate-bank";
                String ub = "http://localhost:" + sb.port() + "/api/v1/orgs/northgate-bank";
                // a key issued through instance A's admin API works on instance B: keys live in the shared store
                token = ADMIN;
                var issued = send("POST", "http://localhost:" + sa.port() + "/api/v1/admin/orgs/northgate-bank/keys", "{\"owner\":\"remote test\"}");
                assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
                token = null;
                assertThat(send("GET", ub + "/profile", null).statusCode()).isEqualTo(401);
                token = JSON.readTree(issued.body()).path("key").asText();
                send("DELETE", ua + "/profile", null);
                assertThat(send("PUT", ua + "/profile", bank).statusCode()).isEqualTo(201);
                assertThat(JSON.readTree(send("GET", ub + "/profile", null).body()).path("organisation").path("id").asText())
                        .isEqualTo("northgate-bank");
                assertThat(send("PUT", ub + "/controls/iso42001:A.7.4", "{\"status\":\"implemented\"}").statusCode()).isEqualTo(200);
                assertThat(send("PUT", ub + "/controls/iso42001:A.2.2", "{\"status\":\"not-applicable\"}").statusCode()).isEqualTo(422);
                JsonNode history = JSON.readTree(send("GET", ua + "/history", null).body());
                assertThat(history).extracting(h -> h.path("action").asText()).containsSubsequence("create-profile", "update-control");
                assertThat(send("GET", ua + "/gaps", null).statusCode()).isEqualTo(200);
                // the inferred graph was published into the shared store
                String ask = "ASK { GRAPH <https://w3id.org/crosswalk/graph/inferred> { ?m a <https://w3id.org/crosswalk/ontology#InferredMapping> } }";
                assertThat(send("GET", store.query() + "?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8), null).body()).contains("true");
                // an instance's public endpoint never shows organisation graphs
                String q = "SELECT * { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), '/org/')) } LIMIT 1";
                JsonNode leak = JSON.readTree(send("GET", "http://localhost:" + sa.port() + "/crosswalk/sparql?query="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8), null).body());
                assertThat(leak.path("results").path("bindings")).isEmpty();
                assertThat(history).last().satisfies(h -> assertThat(h.path("by").asText()).isEqualTo("remote test"));
                // every public query form on both instances: no organisation or key graph
                for (int port : new int[] {sa.port(), sb.port()}) PublicEndpointChecks.assertNoPrivateGraphs(new Http(port));
                assertThat(send("DELETE", ub + "/profile", null).statusCode()).isEqualTo(204);
                assertThat(send("GET", ua + "/profile", null).statusCode()).isEqualTo(404);
                // revoked on A, refused on B
                String keyId = JSON.readTree(issued.body()).path("id").asText();
                String user = token;
                token = ADMIN;
                assertThat(send("DELETE", "http://localhost:" + sa.port() + "/api/v1/admin/orgs/northgate-bank/keys/" + keyId, null).statusCode())
                        .isEqualTo(204);
                token = user;
                assertThat(send("GET", ub + "/history", null).statusCode()).isEqualTo(401);
            }
        }
    }
}
