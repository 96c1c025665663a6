package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.server.rest.AnswerCache.Answer;
import dev.crosswalk.server.store.tdb2.Tdb2Store;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The crosswalk lookup's answer cache: the same bytes as rendering each time, a new core's answers after an import, ETag/304. */
class AnswerCacheTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> LOOKUPS = List.of(
            "/api/v1/crosswalk?from=iso42001:A.6.2.4",
            "/api/v1/crosswalk?from=iso42001:A.6.2.4&inferred=true",
            "/api/v1/crosswalk?from=iso42001:7.2&inferred=true",
            "/api/v1/crosswalk?from=iso42001:A.6.2.8",
            "/api/v1/crosswalk?from=iso42001:A.6.2.8&inferred=true&to=eu-ai-act",
            "/api/v1/crosswalk?from=iso42001:5.2&minStrength=3",
            "/api/v1/crosswalk?from=iso42001:A.6.2.4&format=csv",
            "/api/v1/crosswalk?from=iso42001:7.2&inferred=true&format=csv");

    private static HttpResponse<byte[]> get(String origin, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(origin + path));
        if (headers.length > 0) b.headers(headers);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A REST app whose lookup cache has {@code budget} bytes (0: every answer rendered anew). */
    private static Javalin app(ApiContext api, long budget) {
        String before = System.getProperty(AnswerCache.BUDGET_PROPERTY);
        System.setProperty(AnswerCache.BUDGET_PROPERTY, Long.toString(budget));
        try {
            return RestApi.create(api);
        } finally {
            if (before == null) System.clearProperty(AnswerCache.BUDGET_PROPERTY);
            else System.setProperty(AnswerCache.BUDGET_PROPERTY, before);
        }
    }

    @Test
    void cachedAnswersAreByteEqualToUncachedOnes() {
        Map<String, byte[]> uncached = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        JavalinTest.test(app(SharedCore.api(), 0), (server, client) -> {
            for (String path : LOOKUPS) {
                HttpResponse<byte[]> r = get(client.getOrigin(), path);
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                uncached.put(path, r.body());
                types.put(path, r.headers().firstValue("Content-Type").orElseThrow());
            }
        });
        assertThat(uncached).hasSize(LOOKUPS.size());
        JsonNode inferred = readJson(uncached.get("/api/v1/crosswalk?from=iso42001:7.2&inferred=true"));
        assertThat(inferred.path("inferred")).as("a lookup with inferred rows is among the compared ones").isNotEmpty();
        assertThat(readJson(uncached.get(LOOKUPS.get(0))).path("mappings")).isNotEmpty();
        JavalinTest.test(app(SharedCore.api(), AnswerCache.DEFAULT_BUDGET), (server, client) -> {
            for (int round = 0; round < 2; round++) {  // the first round fills the cache, the second reads it
                for (String path : LOOKUPS) {
                    HttpResponse<byte[]> r = get(client.getOrigin(), path);
                    assertThat(r.statusCode()).as(path).isEqualTo(200);
                    assertThat(r.body()).as(path + " round " + round).isEqualTo(uncached.get(path));
                    assertThat(r.headers().firstValue("Content-Type")).as(path).contains(types.get(path));
                    assertThat(r.headers().firstValue("Vary")).as(path).contains("Accept");
                }
            }
        });
        assertThat(types.get(LOOKUPS.get(0))).isEqualTo("application/json");
        assertThat(types.get("/api/v1/crosswalk?from=iso42001:A.6.2.4&format=csv")).isEqualTo("text/csv; charset=utf-8");
    }

    @Test
    void aLookupAfterAnImportShowsTheImportedMapping() throws Exception {
        ApiContext api = ApiContext.of(SharedCore.get(), "/crosswalk/sparql", Tdb2Store.inMemory().storage())
                .withAdmin(AdminKey.of(SharedCore.ADMIN));
        String admin = "Bearer " + SharedCore.ADMIN;
        String path = "/api/v1/crosswalk?from=iso42001:5.2&to=bank-controls";
        String all = "/api/v1/crosswalk?from=iso42001:5.2&inferred=true";
        JavalinTest.test(app(api, AnswerCache.DEFAULT_BUDGET), (server, client) -> {
            String origin = client.getOrigin();
            HttpResponse<byte[]> before = get(origin, all);
            assertThat(before.statusCode()).isEqualTo(200);
            assertThat(get(origin, all).body()).as("cached").isEqualTo(before.body());
            assertThat(new String(before.body())).doesNotContain("bank-controls:BC-1.1");
            assertThat(get(origin, path).statusCode()).as("no such framework yet").isEqualTo(400);

            HttpResponse<String> fw = HTTP.send(HttpRequest.newBuilder(URI.create(origin
                            + "/api/v1/admin/frameworks?id=bank-controls&title=Bank%20AI%20control%20library"))
                    .header("Content-Type", "text/csv; charset=utf-8").header("Authorization", admin)
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of("..", "examples", "imports", "bank-controls.csv"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(fw.statusCode()).as(fw.body()).isEqualTo(201);
            HttpResponse<String> set = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/api/v1/admin/mapping-sets"))
                    .header("Content-Type", "text/tab-separated-values").header("Authorization", admin)
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of("..", "examples", "imports", "bank-controls-iso42001.sssom.tsv")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(set.statusCode()).as(set.body()).isEqualTo(201);

            HttpResponse<byte[]> after = get(origin, all);
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(after.body()).path("mappings")).extracting(m -> m.path("to").asText())
                    .contains("bank-controls:BC-1.1");
            assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
            HttpResponse<byte[]> only = get(origin, path);
            assertThat(only.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(only.body()).path("mappings")).extracting(m -> m.path("to").asText() + " " + m.path("direction").asText())
                    .containsExactly("bank-controls:BC-1.1 reverse");
            // the old ETag no longer matches: the new answer is sent in full
            HttpResponse<byte[]> revalidated = get(origin, all, "If-None-Match", before.headers().firstValue("ETag").orElseThrow());
            assertThat(revalidated.statusCode()).isEqualTo(200);
            assertThat(revalidated.body()).isEqualTo(after.body());
        });
    }

    @Test
    void aMatchingIfNoneMatchGets304WithoutABody() {
        JavalinTest.test(app(SharedCore.api(), AnswerCache.DEFAULT_BUDGET), (server, client) -> {
            String origin = client.getOrigin();
            String path = "/api/v1/crosswalk?from=iso42001:A.6.2.4&inferred=true";
            HttpResponse<byte[]> first = get(origin, path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
            assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
            HttpResponse<byte[]> same = get(origin, path, "If-None-Match", etag);
            assertThat(same.statusCode()).isEqualTo(304);
            assertThat(same.body()).isEmpty();
            assertThat(same.headers().firstValue("ETag")).contains(etag);
            assertThat(get(origin, path, "If-None-Match", "\"other\", W/" + etag).statusCode()).as("weak, in a list").isEqualTo(304);
            assertThat(get(origin, path, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
            HttpResponse<byte[]> csv = get(origin, path + "&format=csv", "If-None-Match", etag);
            assertThat(csv.statusCode()).as("another representation, another tag").isEqualTo(200);
            assertThat(csv.headers().firstValue("ETag")).isPresent().isNotEqualTo(first.headers().firstValue("ETag"));
            assertThat(get(origin, "/api/v1/crosswalk?from=iso42001:NOPE", "If-None-Match", "*").statusCode())
                    .as("an unknown provision is still refused").isEqualTo(404);
        });
    }

    @Test
    void theBudgetBoundsWhatIsKeptNotWhatIsAnswered() {
        Crosswalk core = SharedCore.get();
        AtomicInteger renders = new AtomicInteger();
        AnswerCache small = new AnswerCache(10);
        Answer a = small.get(core, "k", () -> {
            renders.incrementAndGet();
            return Answer.of("more than ten bytes", "text/plain");
        });
        assertThat(a.bytes()).hasSize(19);
        small.get(core, "k", () -> {
            renders.incrementAndGet();
            return Answer.of("more than ten bytes", "text/plain");
        });
        assertThat(renders).hasValue(2);
        assertThat(small.size(core)).isZero();

        AnswerCache big = new AnswerCache(1000);
        big.get(core, "k", () -> {
            renders.incrementAndGet();
            return Answer.of("more than ten bytes", "text/plain");
        });
        Answer again = big.get(core, "k", () -> {
            throw new AssertionError("rendered twice");
        });
        assertThat(new String(again.bytes())).isEqualTo("more than ten bytes");
        assertThat(big.size(core)).isEqualTo(1);
        assertThat(renders).hasValue(3);
    }

    private static JsonNode readJson(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
