package dev.crosswalk.server.cli;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.kb.DataIntegrityException;
import dev.crosswalk.server.CrosswalkServer;
import dev.crosswalk.server.rest.ApiContext;
import dev.crosswalk.store.RemoteStore;
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
        Crosswalk core;
        ApiContext api;
        try {
            // remote mode: reference data in memory here (what the local endpoint serves), published to the shared store
            core = remote ? Crosswalk.inMemory() : Crosswalk.open(data);
            if (remote) {
                RemoteStore shared = new RemoteStore(endpoint, updateEndpoint, gsp);
                boolean written = shared.publish(core.referenceData());
                System.out.println("crosswalk: remote store " + endpoint + (written ? " updated" : " already current"));
                api = ApiContext.of(core, CrosswalkServer.SPARQL_PATH, shared, "sparql");
            } else {
                api = ApiContext.of(core, CrosswalkServer.SPARQL_PATH);
            }
        } catch (DataIntegrityException e) {
            System.err.println("crosswalk: refusing to start: " + e.getMessage());
            return 2;
        }
        CrosswalkServer server = CrosswalkServer.start(api, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            core.close();
        }));
        System.out.printf("crosswalk %s listening on http://localhost:%d  (SPARQL %s, REST /api/v1/)%n",
                Crosswalk.version(), server.port(), CrosswalkServer.SPARQL_PATH);
        server.join();
        return 0;
    }
}
