package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.server.store.tdb2.Tdb2Store;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** The admin import routes: a framework and a mapping set join the reference data; every refusal leaves the store as it was. */
class ImportRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "Bearer " + SharedCore.ADMIN;

    private static byte[] example(String name) {
        try {
            return Files.readAllBytes(Path.of("..", "examples", "imports", name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Response post(HttpClient client, String path, String type, byte[] body, String auth) {
        return client.request(path, b -> {
            b.post(HttpRequest.BodyPublishers.ofByteArray(body));
            if (type != null) b.header("Content-Type", type);
            if (auth != null) b.header("Authorization", auth);
        });
    }

    private static Response delete(HttpClient client, String path) {
        return client.delete(path, null, rq -> rq.header("Authorization", ADMIN));
    }

    @Test
    void anImportedFrameworkAndMappingSetAreListedLookedUpAnalysedAndDeleted() throws Exception {
        Tdb2Store store = Tdb2Store.inMemory();
        ApiContext api = ApiContext.of(SharedCore.get(), "/crosswalk/sparql", store.storage()).withAdmin(AdminKey.of(SharedCore.ADMIN));
        String profile = Files.readString(Path.of("..", "examples", "uk-bank.json"));
        JavalinTest.test(RestApi.create(api), (server, client) -> {
            Response fw = client.request("/api/v1/admin/frameworks?id=bank-controls&title=Bank%20AI%20control%20library", b -> b
                    .post(HttpRequest.BodyPublishers.ofByteArray(example("bank-controls.csv")))
                    .header("Content-Type", "text/csv; charset=utf-8").header("Authorization", ADMIN)
                    .header("Content-Disposition", "attachment; filename=\"controls-2026.csv\""));
            assertThat(fw.code()).as(fw.body().string()).isEqualTo(201);
            assertThat(fw.headers().get("Location")).containsExactly("/api/v1/frameworks/bank-controls");

            JsonNode listed = JSON.readTree(client.get("/api/v1/frameworks").body().string());
            JsonNode bank = null;
            for (JsonNode f : listed) if (f.path("id").asText().equals("bank-controls")) bank = f;
            assertThat(bank).as("listed with the packaged frameworks").isNotNull();
            assertThat(listed).hasSize(12);
            assertThat(bank.path("provisionCount").asInt()).isEqualTo(5);
            assertThat(bank.path("imported").path("by").asText()).isEqualTo("admin");
            assertThat(bank.path("imported").path("file").asText()).isEqualTo("controls-2026.csv");
            assertThat(JSON.readTree(client.get("/api/v1/provisions/bank-controls:BC-1.1").body().string()).path("title").asText())
                    .isEqualTo("AI policy");

            Response set = post(client, "/api/v1/admin/mapping-sets", "text/tab-separated-values", example("bank-controls-iso42001.sssom.tsv"), ADMIN);
            assertThat(set.code()).as(set.body().string()).isEqualTo(201);
            JsonNode sets = JSON.readTree(client.get("/api/v1/mapping-sets").body().string());
            JsonNode mine = null;
            for (JsonNode s : sets) if (s.path("id").asText().equals("bank-controls-iso42001")) mine = s;
            assertThat(mine).isNotNull();
            assertThat(mine.path("rows").asInt()).isEqualTo(3);
            assertThat(mine.path("imported").path("file").asText()).isEqualTo("mappings.sssom.tsv");

            JsonNode lookup = JSON.readTree(client.get("/api/v1/crosswalk?from=bank-controls:BC-1.1&to=iso42001").body().string());
            assertThat(lookup.path("mappings")).extracting(m -> m.path("to").asText() + " " + m.path("relation").asText())
                    .containsExactly("iso42001:5.2 equal");
            // chaining: from the bank's control through ISO/IEC 42001 to the other frameworks
            JsonNode chained = JSON.readTree(client.get("/api/v1/crosswalk?from=bank-controls:BC-3&inferred=true").body().string());
            assertThat(chained.path("inferred")).as(chained.toString()).isNotEmpty();

            // gap analysis: the bank's own control covers the ISO/IEC 42001 requirement through the imported set
            String withControl = profile.replaceFirst("\"controls\"\\s*:\\s*\\[",
                    "\"controls\": [{\"provision\": \"bank-controls:BC-1.1\", \"status\": \"implemented\"},");
            JsonNode gaps = JSON.readTree(client.post("/api/v1/gap-analysis", withControl).body().string());
            JsonNode policy = null;
            for (JsonNode f : gaps.path("frameworks")) for (JsonNode r : f.path("requirements")) {
                if (r.path("provision").asText().equals("iso42001:5.2")) policy = r;
            }
            assertThat(policy).as(gaps.toString()).isNotNull();
            assertThat(policy.path("coveredBy")).extracting(c -> c.path("control").asText()).contains("bank-controls:BC-1.1");

            Response inUse = delete(client, "/api/v1/admin/frameworks/bank-controls");
            assertThat(inUse.code()).isEqualTo(409);
            assertThat(inUse.body().string()).contains("bank-controls-iso42001");
            assertThat(delete(client, "/api/v1/admin/mapping-sets/bank-controls-iso42001").code()).isEqualTo(204);
            assertThat(delete(client, "/api/v1/admin/frameworks/bank-controls").code()).isEqualTo(204);
            assertThat(client.get("/api/v1/frameworks/bank-controls").code()).isEqualTo(404);
            assertThat(api.imports().list(dev.crosswalk.imports.ImportScope.PUBLIC)).isEmpty();
        });
    }

    @Test
    void everyRefusalAnswersItsStatusAndLeavesTheStoreAsItWas() throws Exception {
        Tdb2Store store = Tdb2Store.inMemory();
        ApiContext api = ApiContext.of(SharedCore.get(), "/crosswalk/sparql", store.storage()).withAdmin(AdminKey.of(SharedCore.ADMIN));
        String orgKey = "Bearer " + api.keys().issue("import-bank", "Dana", "test").token();
        Set<Quad> before = snapshot(store);
        byte[] csv = example("bank-controls.csv");
        String bad = "id,title,parent,paraphrase,source\n"
                + "A,Alpha,,\"A paraphrase long enough to pass the shape's twenty characters.\",https://bank.example/a\n"
                + "B,Beta,A,Too short.,https://bank.example/b\n";
        JavalinTest.test(RestApi.create(api), (server, client) -> {
            Response invalid = post(client, "/api/v1/admin/frameworks?id=bad-lib&title=Bad", "text/csv", bad.getBytes(StandardCharsets.UTF_8), ADMIN);
            assertThat(invalid.code()).isEqualTo(422);
            assertThat(invalid.headers().get("Content-Type").get(0)).startsWith("application/problem+json");
            JsonNode body = JSON.readTree(invalid.body().string());
            assertThat(body.path("type").asText()).endsWith("/invalid-import");
            assertThat(body.path("errors")).singleElement().satisfies(e -> {
                assertThat(e.path("line").asInt()).isEqualTo(3);
                assertThat(e.path("column").asInt()).isEqualTo(4);
                assertThat(e.path("message").asText()).contains("paraphrase of 20 to 400 characters");
            });
            Response header = post(client, "/api/v1/admin/frameworks?id=bad-lib&title=Bad", "text/csv", "id,name\n".getBytes(StandardCharsets.UTF_8), ADMIN);
            JsonNode headerErrors = JSON.readTree(header.body().string()).path("errors");
            assertThat(headerErrors).hasSize(2);
            assertThat(headerErrors.get(1).has("column")).as("an unknown column is shown as null, not left out").isTrue();
            assertThat(headerErrors.get(1).path("column").isNull()).isTrue();

            assertThat(post(client, "/api/v1/admin/frameworks?title=Bad", "text/csv", csv, ADMIN).code()).as("no id").isEqualTo(400);
            assertThat(post(client, "/api/v1/admin/frameworks?id=bank-controls", "text/csv", csv, ADMIN).code()).as("no title").isEqualTo(400);
            assertThat(post(client, "/api/v1/admin/frameworks?id=Bank&title=B", "text/csv", csv, ADMIN).code()).as("bad id").isEqualTo(400);
            assertThat(post(client, "/api/v1/admin/frameworks?id=bank-controls&title=B", null, csv, ADMIN).code()).as("no type").isEqualTo(400);
            assertThat(post(client, "/api/v1/admin/frameworks?id=bank-controls&title=B", "text/plain", csv, ADMIN).code()).isEqualTo(415);
            assertThat(post(client, "/api/v1/admin/mapping-sets", "text/csv", csv, ADMIN).code()).isEqualTo(415);
            Response taken = post(client, "/api/v1/admin/frameworks?id=iso42001&title=Mine", "text/csv", csv, ADMIN);
            assertThat(taken.code()).isEqualTo(409);
            assertThat(JSON.readTree(taken.body().string()).path("detail").asText()).contains("taken by the reference data");
            Response dangling = post(client, "/api/v1/admin/mapping-sets", "text/tab-separated-values", example("bank-controls-iso42001.sssom.tsv"), ADMIN);
            assertThat(dangling.code()).as("its subject framework is not loaded").isEqualTo(422);
            assertThat(JSON.readTree(dangling.body().string()).path("errors").get(0).path("line").asInt()).isEqualTo(29);
            assertThat(post(client, "/api/v1/admin/frameworks?id=bank-controls&title=B", "text/csv", csv, null).code()).isEqualTo(401);
            assertThat(post(client, "/api/v1/admin/frameworks?id=bank-controls&title=B", "text/csv", csv, orgKey).code()).isEqualTo(403);
            assertThat(delete(client, "/api/v1/admin/frameworks/iso42001").code()).isEqualTo(409);
            assertThat(delete(client, "/api/v1/admin/mapping-sets/iso42001-iso27001").code()).isEqualTo(409);
            assertThat(delete(client, "/api/v1/admin/frameworks/nothing-here").code()).isEqualTo(404);
            assertThat(client.get("/api/v1/frameworks/bad-lib").code()).isEqualTo(404);
        });
        assertThat(snapshot(store)).as("no refusal wrote anything").isEqualTo(before);
    }

    /** Every row the lookup answers from the imported framework to ISO/IEC 42001, as text that names each field. */
    private static Set<String> rowsFrom(HttpClient client, String... provisions) throws Exception {
        Set<String> rows = new HashSet<>();
        for (String p : provisions) {
            JsonNode lookup = JSON.readTree(client.get("/api/v1/crosswalk?from=" + p + "&to=iso42001").body().string());
            for (JsonNode m : lookup.path("mappings")) {
                rows.add(p + " " + m.path("to").asText() + " " + m.path("relation").asText() + " " + m.path("strength").asInt()
                        + " " + m.path("confidence").asDouble() + " " + m.path("rationale").asText());
            }
        }
        return rows;
    }

    @Test
    void anExportedMappingSetImportsBackToTheSameMappings() throws Exception {
        Tdb2Store store = Tdb2Store.inMemory();
        ApiContext api = ApiContext.of(SharedCore.get(), "/crosswalk/sparql", store.storage()).withAdmin(AdminKey.of(SharedCore.ADMIN));
        String[] controls = {"bank-controls:BC-1.1", "bank-controls:BC-2", "bank-controls:BC-3"};
        JavalinTest.test(RestApi.create(api), (server, client) -> {
            assertThat(post(client, "/api/v1/admin/frameworks?id=bank-controls&title=Bank%20AI%20control%20library", "text/csv",
                    example("bank-controls.csv"), ADMIN).code()).isEqualTo(201);
            assertThat(post(client, "/api/v1/admin/mapping-sets", "text/tab-separated-values",
                    example("bank-controls-iso42001.sssom.tsv"), ADMIN).code()).isEqualTo(201);
            Set<String> imported = rowsFrom(client, controls);
            assertThat(imported).hasSize(3);

            Response export = client.get("/api/v1/export/sssom?from=bank-controls&to=iso42001");
            assertThat(export.code()).isEqualTo(200);
            byte[] exported = export.body().string().getBytes(StandardCharsets.UTF_8);
            assertThat(new String(exported, StandardCharsets.UTF_8)).contains("mapping_set_id: https://bank.example/mappings/bank-controls-iso42001");

            assertThat(delete(client, "/api/v1/admin/mapping-sets/bank-controls-iso42001").code()).isEqualTo(204);
            assertThat(rowsFrom(client, controls)).as("gone with the set").isEmpty();

            Response back = post(client, "/api/v1/admin/mapping-sets", "text/tab-separated-values", exported, ADMIN);
            assertThat(back.code()).as(back.body().string()).isEqualTo(201);
            assertThat(rowsFrom(client, controls)).isEqualTo(imported);
            JsonNode sets = JSON.readTree(client.get("/api/v1/mapping-sets").body().string());
            JsonNode mine = null;
            for (JsonNode s : sets) if (s.path("id").asText().equals("bank-controls-iso42001")) mine = s;
            assertThat(mine).isNotNull();
            assertThat(mine.path("rows").asInt()).isEqualTo(3);
            assertThat(mine.path("title").asText()).isEqualTo("Bank AI control library to ISO/IEC 42001:2023");
        });
    }

    /** The status {@code queries/gaps} gives ISO/IEC 42001 control A.4.2 for the organisation. */
    private static String policyStatus(HttpClient client, String org, String auth) throws Exception {
        Response r = client.get("/api/v1/orgs/" + org + "/queries/gaps", rq -> rq.header("Authorization", auth));
        assertThat(r.code()).isEqualTo(200);
        String status = null;
        for (JsonNode row : JSON.readTree(r.body().string()).path("rows")) {
            if (row.path("provision").asText().endsWith("/iso42001/A.4.2")) status = row.path("status").asText();
        }
        assertThat(status).as("A.4.2 is a requirement of the organisation").isNotNull();
        return status;
    }

    @Test
    void aStoredOrganisationsQueriesFollowAPublicChangeMadeAfterItsLastWrite() throws Exception {
        Tdb2Store store = Tdb2Store.inMemory();
        ApiContext api = ApiContext.of(SharedCore.get(), "/crosswalk/sparql", store.storage()).withAdmin(AdminKey.of(SharedCore.ADMIN));
        String auth = "Bearer " + api.keys().issue("northgate-bank", "Dana", "test").token();
        String profile = Files.readString(Path.of("..", "examples", "uk-bank.json"));
        String withControl = profile.replaceFirst("\"controls\"\\s*:\\s*\\[",
                "\"controls\": [{\"provision\": \"bank-controls:BC-2\", \"status\": \"implemented\"},");
        JavalinTest.test(RestApi.create(api), (server, client) -> {
            String without = null;
            for (JsonNode f : JSON.readTree(client.post("/api/v1/gap-analysis", profile).body().string()).path("frameworks")) {
                for (JsonNode r : f.path("requirements")) if (r.path("provision").asText().equals("iso42001:A.4.2")) without = r.path("status").asText();
            }
            assertThat(without).as("A.4.2 is a requirement of the example").isNotNull();
            assertThat(post(client, "/api/v1/admin/frameworks?id=bank-controls&title=Bank%20AI%20control%20library", "text/csv",
                    example("bank-controls.csv"), ADMIN).code()).isEqualTo(201);
            assertThat(post(client, "/api/v1/admin/mapping-sets", "text/tab-separated-values",
                    example("bank-controls-iso42001.sssom.tsv"), ADMIN).code()).isEqualTo(201);
            assertThat(client.put("/api/v1/orgs/northgate-bank/profile", withControl, rq -> rq.header("Authorization", auth)).code())
                    .isEqualTo(201);
            assertThat(policyStatus(client, "northgate-bank", auth)).as("the bank's control counts through the imported set")
                    .isNotEqualTo(without);

            // the set that made the control count goes; the organisation has not written since
            assertThat(delete(client, "/api/v1/admin/mapping-sets/bank-controls-iso42001").code()).isEqualTo(204);
            assertThat(policyStatus(client, "northgate-bank", auth)).isEqualTo(without);
        });
    }

    private static Set<Quad> snapshot(Tdb2Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Quad> all = new HashSet<>();
            store.dataset().find().forEachRemaining(all::add);
            return all;
        });
    }
}
