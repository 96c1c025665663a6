package dev.crosswalk.server.cli;

import dev.crosswalk.server.StoreServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crosswalk store}: a plain read-write SPARQL 1.1 store (Fuseki) on loopback, the shared
 * store of {@code serve --store sparql} for tests and single-host deployments.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Run a plain read-write SPARQL 1.1 store (query, update, Graph Store Protocol) on loopback for serve --store sparql.")
final class StoreCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "3031", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--name", defaultValue = "store", description = "Dataset name: endpoints /NAME/sparql, /NAME/update, /NAME/data (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--data", description = "TDB2 directory (default: in memory).")
    Path data;

    @Override
    public Integer call() {
        StoreServer server = StoreServer.start(port, name, data);
        System.out.printf("crosswalk store: %s/ (sparql, update, data)%n", server.url());
        server.join();
        return 0;
    }
}
