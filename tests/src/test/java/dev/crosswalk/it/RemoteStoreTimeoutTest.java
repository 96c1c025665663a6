package dev.crosswalk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.access.ApiKeys;
import dev.crosswalk.access.KeyRepository;
import dev.crosswalk.organisation.OrganisationId;
import dev.crosswalk.organisation.OrganisationRepository;
import dev.crosswalk.server.store.tdb2.Tdb2Store;
import dev.crosswalk.store.Storage;
import java.util.Optional;
import dev.crosswalk.server.CrosswalkServer;
import dev.crosswalk.server.rest.ApiContext;
import dev.crosswalk.server.store.remote.RemoteStore;
import dev.crosswalk.server.store.remote.StoreTimeouts;
import dev.crosswalk.store.StoreUnavailableException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A remote store that accepts connections but never answers: every kind of call (SPARQL query,
 * update, Graph Store Protocol) fails within the configured time limit with a clear exception, and
 * the REST API answers 504 instead of hanging.
 */
class RemoteStoreTimeoutTest {
    private static final StoreTimeouts ONE_SECOND = new StoreTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1));

    /** Listens on loopback, accepts every connection and never writes a byte. */
    private static final class SilentStore implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> accepted = Collections.synchronizedList(new ArrayList<>());

        SilentStore() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        accepted.add(socket.accept());
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "silent-store");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String url(String service) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/store/" + service;
        }

        int connections() {
            return accepted.size();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (accepted) {
                for (Socket s : accepted) s.close();
            }
        }
    }

    @Test
    void everyKindOfCallFailsWithinTheTimeoutInsteadOfHanging() throws Exception {
        try (SilentStore silent = new SilentStore()) {
            RemoteStore remote = RemoteStore.of(silent.url("sparql"), silent.url("update"), silent.url("data"), ONE_SECOND);
            OrganisationRepository store = remote.organisations();
            KeyRepository keys = remote.keys();
            Map<String, Executable> calls = new LinkedHashMap<>();
            calls.put("query (profile)", () -> store.get(OrganisationId.of("acme")));
            calls.put("Graph Store Protocol (history)", () -> store.history(OrganisationId.of("acme")));
            calls.put("query (key)", () -> keys.find("0123456789abcdef"));
            calls.put("update (new key)", () -> new ApiKeys(keys, AdminKey.none(), Clock.systemUTC()).issue("acme", "Dana", "test"));
            for (Map.Entry<String, Executable> call : calls.entrySet()) {
                long t0 = System.nanoTime();
                Throwable thrown = catchThrowable(() -> assertTimeoutPreemptively(Duration.ofSeconds(15), call.getValue(),
                        call.getKey() + " hung"));
                long millis = (System.nanoTime() - t0) / 1_000_000;
                assertThat(thrown).as(call.getKey()).isInstanceOf(StoreUnavailableException.class)
                        .hasMessageContaining("did not answer within its time limit (1 s to connect, 1 s to answer)")
                        .hasMessageContaining("127.0.0.1:");
                assertThat(millis).as(call.getKey() + ": waited for the request timeout, then gave up").isBetween(900L, 10_000L);
            }
            assertThat(silent.connections()).as("every call reached the store").isGreaterThanOrEqualTo(calls.size());
        }
    }

    @Test
    void aStoreThatDoesNotAnswerIs504OnTheRestApi() throws Exception {
        try (SilentStore silent = new SilentStore()) {
            RemoteStore remote = RemoteStore.of(silent.url("sparql"), silent.url("update"), silent.url("data"), ONE_SECOND);
            Storage storage = new Storage("sparql", remote.organisations(), Tdb2Store.inMemory().keys(), Optional.empty(), remote.imports());
            ApiContext api = ApiContext.of(SharedCore.get(), CrosswalkServer.SPARQL_PATH, storage);
            String key = api.keys().issue("acme", "Dana", "test").token();
            try (CrosswalkServer server = CrosswalkServer.start(api, 0)) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = new Http(server.port()).getWithKey("/api/v1/orgs/acme/profile", key);
                assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10_000L);
                assertThat(r.statusCode()).isEqualTo(504);
                assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
                assertThat(r.headers().firstValue("Retry-After")).contains("30");
                JsonNode problem = new ObjectMapper().readTree(r.body());
                assertThat(problem.path("type").asText()).endsWith("/store-timeout");
                assertThat(problem.path("detail").asText()).contains("did not answer in time").doesNotContain("127.0.0.1");
            }
        }
    }

    @Test
    void timeoutsMustBePositive() {
        assertThat(catchThrowable(() -> new StoreTimeouts(Duration.ZERO, Duration.ofSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connect timeout");
        assertThat(catchThrowable(() -> new StoreTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(-1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("request timeout");
        assertThat(StoreTimeouts.defaults()).isEqualTo(new StoreTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }
}
