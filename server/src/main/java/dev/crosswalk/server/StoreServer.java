package dev.crosswalk.server;

import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * A plain read-write SPARQL 1.1 store (Fuseki: query, update, Graph Store Protocol) on loopback:
 * what {@code crosswalk store} runs, and what the remote-store tests share between two instances.
 */
public final class StoreServer implements AutoCloseable {
    private final FusekiServer server;
    private final String name;

    private StoreServer(FusekiServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Starts a store at {@code /name} on {@code port} (0: any free port); in memory when {@code data} is null, else TDB2. */
    public static StoreServer start(int port, String name, Path data) {
        DatasetGraph dsg = data == null ? DatasetGraphFactory.createTxnMem() : TDB2Factory.connectDataset(data.toString()).asDatasetGraph();
        FusekiServer server = FusekiServer.create().port(port).loopback(true).add("/" + name, dsg, true).build();
        server.start();
        return new StoreServer(server, name);
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The dataset's base URL; its endpoints are {@code /sparql}, {@code /update} and {@code /data} below it. */
    public String url() {
        return "http://localhost:" + port() + "/" + name;
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
