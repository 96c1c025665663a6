package dev.crosswalk.it;

import dev.crosswalk.server.store.tdb2.Tdb2Store;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.server.CrosswalkServer;
import dev.crosswalk.server.http.Limits;
import dev.crosswalk.server.rest.ApiContext;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The request limits over HTTP: query time, result rows, body size, analysis time; a slow query slows nobody else. */
class LimitsHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SLOW = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private final Crosswalk core = SharedCore.get();

    @Test
    void aQueryRunningIntoItsTimeoutDoesNotHoldUpOtherRequests() throws Exception {
        Limits limits = Limits.defaults().withQueryTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(6)).withMaxRows(50);
        try (CrosswalkServer server = CrosswalkServer.start(ApiContext.of(core, CrosswalkServer.SPARQL_PATH, Tdb2Store.inMemory().storage()).withLimits(limits), 0)) {
            Http http = new Http(server.port());
            // two slow queries: on this 2-core machine both cores are busy while the others are answered
            List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
            List<Long> slowDone = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                slow.add(CompletableFuture.supplyAsync(() -> http.get("/crosswalk/sparql?query=" + Http.enc(SLOW), "application/sparql-results+json"))
                        .whenComplete((r, e) -> {
                            synchronized (slowDone) {
                                slowDone.add(System.nanoTime());
                            }
                        }));
            }
            Thread.sleep(300);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                statuses.add(http.get("/api/v1/health", "application/json").statusCode());
                statuses.add(http.get("/api/v1/crosswalk?from=iso42001:A.6.2.8", "application/json").statusCode());
                statuses.add(http.get("/crosswalk/sparql?query=" + Http.enc("ASK { ?s ?p ?o }"), "application/sparql-results+json").statusCode());
            }
            long fastDone = System.nanoTime();
            assertThat(statuses).hasSize(30).containsOnly(200);
            synchronized (slowDone) {
                assertThat(slowDone).as("the fast requests did not wait for the slow ones").isEmpty();
            }
            for (CompletableFuture<HttpResponse<String>> f : slow) {
                HttpResponse<String> r = f.get();
                assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
                assertThat(r.body()).containsIgnoringCase("timed out");
            }
            assertThat(slowDone).allSatisfy(t -> assertThat(t).isGreaterThan(fastDone));

            // the row cap: no LIMIT or a larger one is cut to the cap, a smaller one is kept
            assertThat(rows(http, "SELECT * { ?s ?p ?o }")).isEqualTo(50);
            assertThat(rows(http, "SELECT * { ?s ?p ?o } LIMIT 100000")).isEqualTo(50);
            assertThat(rows(http, "SELECT * { ?s ?p ?o } LIMIT 7")).isEqualTo(7);
            assertThat(http.get("/crosswalk/sparql?query=" + Http.enc("ASK { ?s ?p ?o }"), "application/sparql-results+json").body()).contains("true");
            assertThat(http.get("/api/v1/health", "application/json").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void analysesAndBodiesHaveTheirOwnLimits() throws Exception {
        String bank = Files.readString(Path.of("..", "examples", "uk-bank.json"));
        Limits tight = Limits.defaults().withAnalysisTimeout(Duration.ofMillis(1)).withMaxBodyBytes(8_192);
        try (CrosswalkServer server = CrosswalkServer.start(ApiContext.of(core, CrosswalkServer.SPARQL_PATH, Tdb2Store.inMemory().storage()).withLimits(tight), 0)) {
            Http http = new Http(server.port());
            HttpResponse<String> big = http.post("/api/v1/gap-analysis", "application/json", bank);
            assertThat(big.statusCode()).isEqualTo(413);
            assertThat(big.body()).contains("8192 bytes");
            String small = Files.readString(Path.of("..", "examples", "small-provider.json"));
            HttpResponse<String> slow = http.post("/api/v1/gap-analysis", "application/json", small);
            assertThat(slow.statusCode()).isEqualTo(503);
            assertThat(slow.headers().firstValue("Retry-After")).isPresent();
            assertThat(JSON.readTree(slow.body()).path("detail").asText()).contains("did not finish within");
            assertThat(http.get("/api/v1/frameworks", "application/json").statusCode()).as("lookups are not analyses").isEqualTo(200);
        }
        try (CrosswalkServer server = CrosswalkServer.start(ApiContext.of(core, CrosswalkServer.SPARQL_PATH, Tdb2Store.inMemory().storage()), 0)) {
            assertThat(new Http(server.port()).post("/api/v1/gap-analysis", "application/json", bank).statusCode())
                    .as("the same body within the default limits").isEqualTo(200);
        }
    }

    private static int rows(Http http, String query) throws Exception {
        HttpResponse<String> r = http.get("/crosswalk/sparql?query=" + Http.enc(query), "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body()).path("results").path("bindings").size();
    }
}
