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

    /** A private import is its organisation's alone: its analyses use it, public routes and other organisations never see it. */
    @Test
    void privateImportsAreTheOrganisationsAlone() throws Exception {
        ApiContext api = SharedCore.api();
        String own = "Bearer " + api.keys().issue("import-bank", "Alice", "test").token();
        String other = "Bearer " + api.keys().issue("import-other", "Bob", "test").token();
        byte[] csv = Files.readAllBytes(Path.of("..", "examples", "imports", "bank-controls.csv"));
        byte[] tsv = Files.readAllBytes(Path.of("..", "examples", "imports", "bank-controls-iso42001.sssom.tsv"));
        String bank = Files.readString(Path.of("..", "examples", "uk-bank.json"));
        String withOwnControls = bank.replace("\"northgate-bank\"", "\"import-bank\"").replaceFirst("\"controls\"\\s*:\\s*\\[",
                "\"controls\": [{\"provision\": \"bank-controls:BC-1.1\", \"status\": \"implemented\"},"
                + " {\"provision\": \"bank-controls:BC-3\", \"status\": \"implemented\"},");
        JavalinTest.test(RestApi.create(api), (server, client) -> {
            String base = "/api/v1/orgs/import-bank/";
            Response fw = client.request(base + "frameworks?id=bank-controls&title=Bank%20controls", b -> b
                    .post(java.net.http.HttpRequest.BodyPublishers.ofByteArray(csv)).header("Content-Type", "text/csv").header("Authorization", own));
            assertThat(fw.code()).as(fw.body().string()).isEqualTo(201);
            assertThat(fw.headers().get("Location")).containsExactly(base + "frameworks");
            Response set = client.request(base + "mapping-sets", b -> b.post(java.net.http.HttpRequest.BodyPublishers.ofByteArray(tsv))
                    .header("Content-Type", "text/tab-separated-values").header("Authorization", own));
            assertThat(set.code()).as(set.body().string()).isEqualTo(201);
            JsonNode mine = JSON.readTree(client.get(base + "frameworks", rq -> rq.header("Authorization", own)).body().string());
            assertThat(mine).hasSize(12).anySatisfy(f -> {
                assertThat(f.path("id").asText()).isEqualTo("bank-controls");
                assertThat(f.path("imported").path("by").asText()).startsWith("Alice (key/");
            });
            assertThat(JSON.readTree(client.get(base + "mapping-sets", rq -> rq.header("Authorization", own)).body().string()))
                    .anySatisfy(m -> assertThat(m.path("id").asText()).isEqualTo("bank-controls-iso42001"));

            // nobody else sees it: not the public routes, not another organisation, not the admin
            assertThat(JSON.readTree(client.get("/api/v1/frameworks").body().string())).hasSize(11)
                    .noneSatisfy(f -> assertThat(f.path("id").asText()).isEqualTo("bank-controls"));
            assertThat(client.get("/api/v1/provisions/bank-controls:BC-1.1").code()).isEqualTo(404);
            assertThat(client.get("/api/v1/crosswalk?from=bank-controls:BC-1.1").code()).isEqualTo(404);
            assertThat(client.get("/api/v1/mapping-sets").body().string()).doesNotContain("bank-controls");
            assertThat(client.get("/api/v1/orgs/import-other/frameworks", rq -> rq.header("Authorization", other)).body().string())
                    .doesNotContain("bank-controls");
            assertThat(client.get(base + "frameworks", rq -> rq.header("Authorization", other)).code()).isEqualTo(403);
            assertThat(client.get(base + "frameworks", rq -> rq.header("Authorization", "Bearer " + SharedCore.ADMIN)).code()).isEqualTo(403);
            Response othersProfile = client.put("/api/v1/orgs/import-other/profile", withOwnControls.replace("\"import-bank\"", "\"import-other\""),
                    rq -> rq.header("Authorization", other));
            assertThat(othersProfile.code()).as("another organisation cannot name the private provisions").isEqualTo(422);
            assertThat(othersProfile.body().string()).contains("bank-controls:BC-1.1");
            assertThat(client.post("/api/v1/gap-analysis", withOwnControls).code()).as("nor can a public analysis").isEqualTo(422);

            // its own analyses use it: the stored profile's gaps and SoA, chaining through ISO/IEC 42001
            assertThat(client.put(base + "profile", withOwnControls, rq -> rq.header("Authorization", own)).code()).isEqualTo(201);
            JsonNode gaps = JSON.readTree(client.get(base + "gaps", rq -> rq.header("Authorization", own)).body().string());
            java.util.List<String> covered = new java.util.ArrayList<>();
            java.util.List<String> chained = new java.util.ArrayList<>();
            for (JsonNode f : gaps.path("frameworks")) for (JsonNode r : f.path("requirements")) for (JsonNode c : r.path("coveredBy")) {
                if (!c.path("control").asText().startsWith("bank-controls:")) continue;
                covered.add(r.path("provision").asText() + " " + c.path("effect").asText());
                if (c.path("chain").size() > 1) chained.add(r.path("provision").asText());
            }
            assertThat(covered).contains("iso42001:5.2 covers", "iso42001:A.6.2.8 covers");
            assertThat(chained).as("a requirement of another framework reached through the private set and a packaged one").isNotEmpty()
                    .noneSatisfy(r -> assertThat(r).startsWith("iso42001:"));
            JsonNode soa = JSON.readTree(client.get(base + "soa", rq -> rq.header("Authorization", own)).body().string());
            assertThat(soa.path("controls")).anySatisfy(c -> {
                assertThat(c.path("provision").asText()).isEqualTo("iso42001:A.6.2.8");
                assertThat(c.path("coverage").asText()).isEqualTo("covered");
            });

            // deleting: the set first, then the framework; the framework's id is then free again
            assertThat(client.delete(base + "frameworks/bank-controls", null, rq -> rq.header("Authorization", own)).code()).isEqualTo(409);
            assertThat(client.delete(base + "mapping-sets/bank-controls-iso42001", null, rq -> rq.header("Authorization", own)).code()).isEqualTo(204);
            assertThat(client.delete(base + "frameworks/bank-controls", null, rq -> rq.header("Authorization", own)).code()).isEqualTo(204);
            assertThat(client.get(base + "frameworks", rq -> rq.header("Authorization", own)).body().string()).doesNotContain("bank-controls");
        });
    }
}
