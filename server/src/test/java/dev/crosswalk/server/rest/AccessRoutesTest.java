package dev.crosswalk.server.rest;

import dev.crosswalk.server.store.tdb2.Tdb2Store;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** API keys over HTTP: who may read and write an organisation, and the admin API that issues keys. */
class AccessRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void organisationRoutesNeedThatOrganisationsKey() throws Exception {
        ApiContext api = SharedCore.api();
        String own = api.keys().issue("access-bank", "Alice", "test").token();
        String other = api.keys().issue("access-other", "Bob", "test").token();
        String profile = Files.readString(Path.of("..", "examples", "uk-bank.json")).replace("\"northgate-bank\"", "\"access-bank\"");
        JavalinTest.test(RestApi.create(api), (server, client) -> {
            Response none = client.put("/api/v1/orgs/access-bank/profile", profile);
            assertThat(none.code()).isEqualTo(401);
            assertThat(none.headers().get("WWW-Authenticate").get(0)).isEqualTo("Bearer realm=\"crosswalk\"");
            assertThat(none.headers().get("Content-Type").get(0)).startsWith("application/problem+json");
            assertThat(none.body().string()).contains("Authorization: Bearer");
            Response forged = client.get("/api/v1/orgs/access-bank/profile", rq -> rq.header("Authorization", "Bearer cwk_0000000000000000." + "A".repeat(43)));
            assertThat(forged.code()).isEqualTo(401);
            assertThat(forged.headers().get("WWW-Authenticate").get(0)).contains("invalid_token");
            Response foreign = client.put("/api/v1/orgs/access-bank/profile", profile, rq -> rq.header("Authorization", "Bearer " + other));
            assertThat(foreign.code()).isEqualTo(403);
            assertThat(foreign.body().string()).contains("another organisation");
            assertThat(client.get("/api/v1/orgs/access-bank/profile", rq -> rq.header("Authorization", "Bearer " + SharedCore.ADMIN)).code())
                    .as("the admin key reads no organisation's data").isEqualTo(403);
            // percent-encoding the path does not get round the check
            assertThat(client.get("/api/v1/orgs/access-%62ank/profile", rq -> rq.header("Authorization", "Bearer " + other)).code()).isEqualTo(403);
            assertThat(client.get("/api/v1/orgs/access-bank/profile", rq -> rq.header("Authorization", "Bearer " + own)).code())
                    .as("nothing was stored by the refused requests").isEqualTo(404);

            assertThat(client.put("/api/v1/orgs/access-bank/profile", profile, rq -> rq.header("Authorization", "Bearer " + own)).code()).isEqualTo(201);
            JsonNode history = JSON.readTree(client.get("/api/v1/orgs/access-bank/history", rq -> rq.header("Authorization", "Bearer " + own)).body().string());
            assertThat(history).singleElement().satisfies(h -> assertThat(h.path("by").asText()).isEqualTo("Alice"));
            // public routes stay public
            assertThat(client.get("/api/v1/frameworks").code()).isEqualTo(200);
            assertThat(client.post("/api/v1/gap-analysis", profile).code()).isEqualTo(200);
        });
    }

    @Test
    void theAdminApiIssuesListsAndRevokesKeys() throws Exception {
        ApiContext api = SharedCore.api();
        JavalinTest.test(RestApi.create(api), (server, client) -> {
            String admin = "Bearer " + SharedCore.ADMIN;
            assertThat(client.post("/api/v1/admin/orgs/keys-bank/keys", "{}").code()).isEqualTo(401);
            Response issued = client.post("/api/v1/admin/orgs/keys-bank/keys", "{\"owner\":\"Carol (CISO)\"}", rq -> rq.header("Authorization", admin));
            assertThat(issued.code()).isEqualTo(201);
            assertThat(issued.headers().get("Cache-Control").get(0)).isEqualTo("no-store");
            JsonNode body = JSON.readTree(issued.body().string());
            String key = body.path("key").asText();
            String id = body.path("id").asText();
            assertThat(key).startsWith("cwk_" + id + ".");
            assertThat(client.post("/api/v1/admin/orgs/keys-bank/keys", "{}", rq -> rq.header("Authorization", "Bearer " + key)).code())
                    .as("an organisation key cannot issue keys").isEqualTo(403);

            String listing = client.get("/api/v1/admin/orgs/keys-bank/keys", rq -> rq.header("Authorization", admin)).body().string();
            assertThat(JSON.readTree(listing)).singleElement().satisfies(k -> {
                assertThat(k.path("owner").asText()).isEqualTo("Carol (CISO)");
                assertThat(k.has("hash")).isFalse();
            });
            assertThat(listing).doesNotContain(key.substring(key.indexOf('.') + 1));

            assertThat(client.post("/api/v1/admin/orgs/Bad_Org/keys", "{}", rq -> rq.header("Authorization", admin)).code()).isEqualTo(400);
            assertThat(client.post("/api/v1/admin/orgs/keys-bank/keys", "{\"owner\":\"<script>\"}", rq -> rq.header("Authorization", admin)).code()).isEqualTo(400);
            assertThat(client.post("/api/v1/admin/orgs/keys-bank/keys", "{\"role\":\"admin\"}", rq -> rq.header("Authorization", admin)).code()).isEqualTo(400);

            assertThat(client.get("/api/v1/orgs/keys-bank/history", rq -> rq.header("Authorization", "Bearer " + key)).code()).isEqualTo(200);
            assertThat(client.delete("/api/v1/admin/orgs/keys-bank/keys/" + id, null, rq -> rq.header("Authorization", admin)).code()).isEqualTo(204);
            assertThat(client.delete("/api/v1/admin/orgs/keys-bank/keys/" + id, null, rq -> rq.header("Authorization", admin)).code()).isEqualTo(404);
            assertThat(client.delete("/api/v1/admin/orgs/keys-bank/keys/ffffffffffffffff", null, rq -> rq.header("Authorization", admin)).code()).isEqualTo(404);
            Response revoked = client.get("/api/v1/orgs/keys-bank/history", rq -> rq.header("Authorization", "Bearer " + key));
            assertThat(revoked.code()).isEqualTo(401);
            assertThat(revoked.body().string()).contains("revoked");
        });
    }

    @Test
    void withoutAnAdminKeyTheAdminApiIsOff() {
        JavalinTest.test(RestApi.create(ApiContext.of(SharedCore.get(), "/crosswalk/sparql", Tdb2Store.inMemory().storage())), (server, client) -> {
            Response r = client.post("/api/v1/admin/orgs/keys-bank/keys", "{}", rq -> rq.header("Authorization", "Bearer anything-at-all-0123456789"));
            assertThat(r.code()).isEqualTo(404);
            assertThat(r.body().string()).contains("CROSSWALK_ADMIN_KEY");
        });
    }
}
