package dev.crosswalk.server.cli;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.access.InvalidKeyException;
import java.time.Duration;
import dev.crosswalk.imports.InvalidImportException;
import dev.crosswalk.kb.DataIntegrityException;
import dev.crosswalk.server.CrosswalkServer;
import dev.crosswalk.server.http.Limits;
import dev.crosswalk.server.Deployment;
import dev.crosswalk.server.store.remote.RemoteStore;
import dev.crosswalk.server.store.remote.StoreTimeouts;
import dev.crosswalk.store.StoreUnavailableException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosswalk serve}: SPARQL endpoint and REST API on one port. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the SPARQL endpoint (/crosswalk/sparql) and the REST API (/api/v1/) on one port.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", defaultValue = "./data", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--store", defaultValue = "tdb2", description = "tdb2 (embedded, default) or sparql (a remote SPARQL 1.1 store).")
    String store;

    @Option(names = "--endpoint", description = "With --store sparql: the store's query endpoint URL.")
    String endpoint;

    @Option(names = "--update-endpoint", description = "With --store sparql: the store's update endpoint URL.")
    String updateEndpoint;

    @Option(names = "--gsp", description = "With --store sparql: the store's Graph Store Protocol endpoint URL.")
    String gsp;

    @Option(names = "--admin-key-file", description = "File holding the admin key (else $CROSSWALK_ADMIN_KEY or the file "
            + "named by $CROSSWALK_ADMIN_KEY_FILE; without one the admin API is off).")
    Path adminKeyFile;

    @Option(names = "--query-timeout", defaultValue = "10,30", description = "SPARQL time limits in seconds: to the first result, "
            + "and in total (default: ${DEFAULT-VALUE}).")
    String queryTimeout;

    @Option(names = "--max-rows", defaultValue = "10000", description = "Cap on result rows of a public SPARQL query (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--max-body", defaultValue = "1000000", description = "Cap on request body bytes; larger bodies get 413 (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--store-timeout", defaultValue = "5,30", description = "With --store sparql: time limits in seconds of each "
            + "request to the store, to connect and to the start of its answer (default: ${DEFAULT-VALUE}).")
    String storeTimeout;

    @Option(names = "--import-refresh", defaultValue = "10", description = "With --store sparql: seconds between looks for "
            + "imports made through other instances sharing the store (default: ${DEFAULT-VALUE}).")
    long importRefresh;

    @Option(names = "--analysis-timeout", defaultValue = "20", description = "Time limit in seconds of one REST analysis (default: ${DEFAULT-VALUE}).")
    long analysisTimeout;

    private StoreTimeouts storeTimeouts() {
        String[] t = storeTimeout.split(",");
        if (t.length != 2) throw new IllegalArgumentException("--store-timeout must be two numbers of seconds, e.g. 5,30");
        try {
            return new StoreTimeouts(Duration.ofMillis(Math.round(Double.parseDouble(t[0].trim()) * 1000)),
                    Duration.ofMillis(Math.round(Double.parseDouble(t[1].trim()) * 1000)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--store-timeout must be two numbers of seconds, e.g. 5,30, not '" + storeTimeout + "'");
        }
    }

    private Limits limits() {
        String[] t = queryTimeout.split(",");
        if (t.length != 2) throw new IllegalArgumentException("--query-timeout must be two numbers of seconds, e.g. 10,30");
        try {
            Duration first = Duration.ofMillis(Math.round(Double.parseDouble(t[0].trim()) * 1000));
            Duration total = Duration.ofMillis(Math.round(Double.parseDouble(t[1].trim()) * 1000));
            return Limits.defaults().withQueryTimeouts(first, total).withMaxRows(maxRows).withMaxBodyBytes(maxBody)
                    .withAnalysisTimeout(Duration.ofSeconds(analysisTimeout));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--query-timeout must be two numbers of seconds, e.g. 10,30, not '" + queryTimeout + "'");
        }
    }

    @Override
    public Integer call() {
        boolean remote = store.equals("sparql");
        if (!remote && !store.equals("tdb2")) {
            System.err.println("crosswalk: --store must be tdb2 or sparql, not '" + store + "'.");
            return 2;
        }
        if (remote && (endpoint == null || updateEndpoint == null || gsp == null)) {
            System.err.println("crosswalk: --store sparql needs --endpoint, --update-endpoint and --gsp.");
            return 2;
        }
        Limits limits;
        AdminKey admin;
        StoreTimeouts timeouts;
        try {
            limits = limits();
            timeouts = storeTimeouts();
            if (importRefresh < 1) throw new IllegalArgumentException("--import-refresh must be a whole number of seconds, 1 or more.");
            admin = AdminKey.resolve(adminKeyFile, System.getenv());
        } catch (IllegalArgumentException | InvalidKeyException e) {
            System.err.println("crosswalk: " + e.getMessage());
            return 2;
        }
        CrosswalkServer.prepareWebUi();  // on another core, while the reference model loads
        Deployment deployment;
        try {
            // remote mode: reference data validated and reasoned over here (what the local endpoint serves), published to the shared store
            deployment = remote ? Deployment.remote(RemoteStore.of(endpoint, updateEndpoint, gsp, timeouts),
                    java.time.Duration.ofSeconds(importRefresh)) : Deployment.serving(data);
            if (remote) {
                System.out.println("crosswalk: remote store " + endpoint + (deployment.core().startup().published() ? " updated" : " already current"));
            }
        } catch (DataIntegrityException | StoreUnavailableException e) {
            System.err.println("crosswalk: refusing to start: " + e.getMessage());
            return 2;
        } catch (InvalidImportException e) {
            System.err.println("crosswalk: refusing to start: a stored import no longer reads: " + e.problems()
                    + " (remove it with crosswalk import delete --data DIR)");
            return 2;
        }
        CrosswalkServer server = CrosswalkServer.start(deployment, admin, limits, port);
        deployment.serverStarted();  // the server answers from memory; the store receives the reference data now
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            deployment.close();
        }));
        System.out.printf("crosswalk %s listening on http://localhost:%d  (SPARQL %s, REST /api/v1/; admin API %s)%n",
                Crosswalk.version(), server.port(), CrosswalkServer.SPARQL_PATH, admin.enabled() ? "on" : "off: no admin key");
        server.join();
        return 0;
    }
}
