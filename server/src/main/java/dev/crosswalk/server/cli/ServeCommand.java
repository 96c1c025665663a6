package dev.crosswalk.server.cli;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.kb.DataIntegrityException;
import dev.crosswalk.server.CrosswalkServer;
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

    @Override
    public Integer call() {
        Crosswalk core;
        try {
            core = Crosswalk.open(data);
        } catch (DataIntegrityException e) {
            System.err.println("crosswalk: refusing to start: " + e.getMessage());
            return 2;
        }
        CrosswalkServer server = CrosswalkServer.start(core, port);
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
