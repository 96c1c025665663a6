package dev.crosswalk.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.server.StoreServer;
import dev.crosswalk.server.store.remote.RemoteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;

/**
 * The SPARQL store the remote-store tests run against. An engine's endpoints are named with
 * {@code -Dcrosswalk.remote.query=URL -Dcrosswalk.remote.update=URL -Dcrosswalk.remote.gsp=URL}
 * (Virtuoso: {@code /sparql}, {@code /sparql}, {@code /sparql-graph-crud}) or, for Fuseki's layout,
 * {@code -Dcrosswalk.remote.store=http://host:port/dataset} ({@code /sparql}, {@code /update},
 * {@code /data}); how to stop and start it again with {@code -Dcrosswalk.remote.stop=COMMAND} and
 * {@code -Dcrosswalk.remote.start=COMMAND} (bash). Without them, a {@code crosswalk store} started
 * here on a free loopback port, so a plain {@code mvn verify} covers remote mode too.
 */
final class TestStore implements AutoCloseable {
    private final String query;
    private final String update;
    private final String gsp;
    private final String stopCommand;
    private final String startCommand;
    private final Path data;
    private StoreServer own;
    private int port;

    private TestStore(String query, String update, String gsp, String stop, String start, Path data) {
        this.query = query;
        this.update = update;
        this.gsp = gsp;
        this.stopCommand = stop;
        this.startCommand = start;
        this.data = data;
    }

    /** The store the system properties name, else a {@code crosswalk store} (on disk when {@code persistent}, so it survives a stop). */
    static TestStore open(boolean persistent) throws Exception {
        String base = System.getProperty("crosswalk.remote.store", "");
        String q = System.getProperty("crosswalk.remote.query", base.isBlank() ? "" : base + "/sparql");
        String stop = System.getProperty("crosswalk.remote.stop", "");
        String start = System.getProperty("crosswalk.remote.start", "");
        if (!q.isBlank()) {
            return new TestStore(q, System.getProperty("crosswalk.remote.update", base + "/update"),
                    System.getProperty("crosswalk.remote.gsp", base + "/data"), stop, start, null);
        }
        Path data = persistent ? Files.createTempDirectory("crosswalk-test-store") : null;
        TestStore store = new TestStore(null, null, null, "", "", data);
        store.startOwn();
        return store;
    }

    private void startOwn() {
        own = StoreServer.start(port, "store", data);
        port = own.port();
    }

    String query() {
        return query == null ? url() + "/sparql" : query;
    }

    String update() {
        return query == null ? url() + "/update" : update;
    }

    String gsp() {
        return query == null ? url() + "/data" : gsp;
    }

    private String url() {
        return "http://localhost:" + port + "/store";
    }

    RemoteStore remote() {
        return RemoteStore.of(query(), update(), gsp());
    }

    RDFConnection connect() {
        return RDFConnectionRemote.newBuilder().queryEndpoint(query()).updateEndpoint(update()).gspEndpoint(gsp()).destination("").build();
    }

    boolean ask(String sparql) {
        try (RDFConnection conn = connect()) {
            return conn.queryAsk(sparql);
        }
    }

    /** Whether this run can stop the store and start it again. */
    boolean restartable() {
        return query == null ? data != null : !stopCommand.isBlank() && !startCommand.isBlank();
    }

    void stop() throws Exception {
        if (query != null) {
            run(stopCommand);
            return;
        }
        own.close();
        own = null;
    }

    void start() throws Exception {
        if (query == null) startOwn();
        else run(startCommand);
    }

    private static void run(String command) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(command + " finished").isTrue();
        assertThat(p.exitValue()).as(command).isZero();
    }

    @Override
    public void close() throws Exception {
        if (own != null) own.close();
        if (data != null) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
