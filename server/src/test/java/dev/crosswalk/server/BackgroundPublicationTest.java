package dev.crosswalk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.server.http.Limits;
import dev.crosswalk.server.store.tdb2.Tdb2Store;
import dev.crosswalk.store.StorePublication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server answers before the store has the reference data; the store then receives exactly what a start at once publishes. */
class BackgroundPublicationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theServerAnswersFirstAndTheStoreThenHoldsWhatASynchronousStartPublishes(@TempDir Path background, @TempDir Path synchronous)
            throws Exception {
        try (Deployment d = Deployment.serving(background);
             CrosswalkServer server = CrosswalkServer.start(d, AdminKey.none(), Limits.defaults(), 0)) {
            assertThat(d.publication().status().state()).as("held until the server answers").isEqualTo(StorePublication.State.PUBLISHING);
            JsonNode health = health(server);
            assertThat(health.path("startup").path("storePublication").asText()).isEqualTo("publishing");
            assertThat(health.path("startup").path("storeUpdated").asBoolean()).isFalse();
            assertThat(get(server, "/api/v1/crosswalk?from=iso42001:A.6.2.4").statusCode()).isEqualTo(200);
            assertThat(Tdb2Store.open(background).references().tripleCounts()).as("nothing published yet").containsOnlyKeys("default")
                    .containsEntry("default", 0L);

            d.serverStarted();
            assertThat(d.awaitPublication(Duration.ofMinutes(3))).isTrue();
            StorePublication.Status done = d.publication().status();
            assertThat(done.state()).isEqualTo(StorePublication.State.DONE);
            assertThat(done.written()).isTrue();
            JsonNode after = health(server);
            assertThat(after.path("startup").path("storePublication").asText()).isEqualTo("done");
            assertThat(after.path("startup").path("storeUpdated").asBoolean()).isTrue();

            try (Deployment at = Deployment.embedded(synchronous)) {
                assertThat(at.core().startup().published()).isTrue();
                var inBackground = Tdb2Store.open(background).references();
                var atStart = Tdb2Store.open(synchronous).references();
                Map<String, Long> counts = atStart.tripleCounts();
                assertThat(counts).hasSizeGreaterThan(20);
                assertThat(counts.get("default")).isPositive();
                assertThat(inBackground.tripleCounts()).isEqualTo(counts);
                ReferenceModel a = inBackground.published().orElseThrow();
                ReferenceModel b = atStart.published().orElseThrow();
                assertThat(a.contentHash()).isEqualTo(b.contentHash()).isEqualTo(d.core().model().contentHash());
                assertThat(a.graphs().keySet()).isEqualTo(b.graphs().keySet());
                for (Map.Entry<String, Graph> g : b.graphs().entrySet()) {
                    assertThat(a.graphs().get(g.getKey()).isIsomorphicWith(g.getValue())).as(g.getKey()).isTrue();
                }
            }
        }
    }

    @Test
    void anImportsPublicationWaitsBehindTheHeldOneSoTheStoreEndsWithTheNewest() throws Exception {
        List<String> published = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch release = new CountDownLatch(1);
        BackgroundPublisher publisher = new BackgroundPublisher(model -> {
            published.add(model.contentHash());
            if (model.contentHash().equals("start")) await(release);
            return new Crosswalk.Publication(true, 1);
        });
        try (publisher) {
            publisher.hold(ReferenceModel.published(Map.of(), "start"));
            CompletableFuture<Crosswalk.Publication> imported = CompletableFuture.supplyAsync(
                    () -> publisher.publishNow(ReferenceModel.published(Map.of(), "import")));
            assertThat(publisher.await(Duration.ofMillis(200))).isFalse();
            assertThat(publisher.status().state()).isEqualTo(StorePublication.State.PUBLISHING);
            release.countDown();
            assertThat(imported.get(30, TimeUnit.SECONDS).written()).isTrue();
            assertThat(published).containsExactly("start", "import");
            assertThat(publisher.status()).isEqualTo(new StorePublication.Status(StorePublication.State.DONE, true, 1, null));
        }
    }

    @Test
    void aFailedPublicationIsReportedAndTheNextOneRuns() throws Exception {
        List<String> published = Collections.synchronizedList(new ArrayList<>());
        try (BackgroundPublisher publisher = new BackgroundPublisher(model -> {
            published.add(model.contentHash());
            if (model.contentHash().equals("start")) throw new IllegalStateException("disk full");
            return new Crosswalk.Publication(true, 2);
        })) {
            publisher.hold(ReferenceModel.published(Map.of(), "start"));
            publisher.start();
            assertThat(publisher.await(Duration.ofSeconds(30))).isTrue();
            assertThat(publisher.status()).isEqualTo(new StorePublication.Status(StorePublication.State.FAILED, false, 0, "disk full"));
            assertThat(publisher.publishNow(ReferenceModel.published(Map.of(), "import")).millis()).isEqualTo(2);
            assertThat(published).containsExactly("start", "import");
            assertThat(publisher.status().state()).isEqualTo(StorePublication.State.DONE);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonNode health(CrosswalkServer server) throws Exception {
        HttpResponse<String> r = get(server, "/api/v1/health");
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> get(CrosswalkServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
