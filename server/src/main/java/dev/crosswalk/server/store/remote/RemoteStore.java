package dev.crosswalk.server.store.remote;

import dev.crosswalk.store.Storage;
import dev.crosswalk.store.StoreRequestFailedException;
import dev.crosswalk.store.StoreUnavailableException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.update.UpdateRequest;

/**
 * A remote SPARQL 1.1 store (Fuseki, GraphDB, Neptune ...): its query, update and Graph Store
 * Protocol endpoints, reached through one HTTP client with the store's time limits. Every request
 * goes through {@link #call}, so a slow, unreachable or refusing store is a {@link StoreRequestFailedException}.
 */
public final class RemoteStore {
    private final String queryEndpoint;
    private final String updateEndpoint;
    private final String gspEndpoint;
    private final StoreTimeouts timeouts;
    private final HttpClient http;

    private RemoteStore(String queryEndpoint, String updateEndpoint, String gspEndpoint, StoreTimeouts timeouts) {
        this.queryEndpoint = queryEndpoint;
        this.updateEndpoint = updateEndpoint;
        this.gspEndpoint = gspEndpoint;
        this.timeouts = timeouts;
        this.http = timeouts.httpClient();
    }

    public static RemoteStore of(String queryEndpoint, String updateEndpoint, String gspEndpoint, StoreTimeouts timeouts) {
        return new RemoteStore(queryEndpoint, updateEndpoint, gspEndpoint, timeouts);
    }

    /** A store with the default time limits ({@link StoreTimeouts#defaults()}). */
    public static RemoteStore of(String queryEndpoint, String updateEndpoint, String gspEndpoint) {
        return of(queryEndpoint, updateEndpoint, gspEndpoint, StoreTimeouts.defaults());
    }

    public RemoteReferences references() {
        return new RemoteReferences(this);
    }

    public RemoteOrganisations organisations() {
        return new RemoteOrganisations(this);
    }

    public RemoteKeys keys() {
        return new RemoteKeys(this);
    }

    public RemoteImports imports() {
        return new RemoteImports(this);
    }

    /** Organisations, keys and imports in this store; compaction is the store's own business. */
    public Storage storage() {
        return new Storage("sparql", organisations(), keys(), Optional.empty(), imports());
    }

    /** The query endpoint, which names the store in messages. */
    public String queryEndpoint() {
        return queryEndpoint;
    }

    RDFConnection connect() {
        return RDFConnectionRemote.newBuilder().queryEndpoint(queryEndpoint).updateEndpoint(updateEndpoint)
                .gspEndpoint(gspEndpoint).destination("").httpClient(http).build();
    }

    QueryExecBuilder query() {
        return QueryExecHTTP.newBuilder().endpoint(queryEndpoint).httpClient(http);
    }

    /** Sends one update request: the store applies it as one transaction. */
    void update(UpdateRequest request) {
        call(updateEndpoint, () -> {
            UpdateExecHTTP.newBuilder().endpoint(updateEndpoint).httpClient(http).update(request).build().execute();
            return null;
        });
    }

    /**
     * Replaces one graph by a Graph Store Protocol PUT: one request whatever the graph's size
     * (Virtuoso refuses an INSERT DATA whose generated SQL exceeds 10,000 lines).
     */
    void put(Node graph, Graph content) {
        call(gspEndpoint, () -> {
            try (RDFConnection conn = connect()) {
                conn.put(graph.getURI(), ModelFactory.createModelForGraph(content));
            }
            return null;
        });
    }

    <T> T call(Supplier<T> work) {
        return call(queryEndpoint, work);
    }

    /**
     * Runs one call to the store; a timeout, a refused or reset connection, or an error status from
     * the store becomes a StoreRequestFailedException naming the store, anything else passes unchanged.
     */
    private <T> T call(String endpoint, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof java.net.http.HttpTimeoutException) {
                    throw new StoreRequestFailedException("The store at " + endpoint + " did not answer within its time limit ("
                            + seconds(timeouts.connect()) + " s to connect, " + seconds(timeouts.request()) + " s to answer).", true,
                            "no answer within " + seconds(timeouts.connect()) + " s to connect, " + seconds(timeouts.request()) + " s to answer", e);
                }
                if (c instanceof java.io.IOException) {
                    String why = c.getMessage() == null || c.getMessage().isBlank() ? c.getClass().getSimpleName() : c.getMessage();
                    throw new StoreRequestFailedException("The store at " + endpoint + " cannot be reached: " + why, false,
                            "cannot be reached (" + (c instanceof java.net.ConnectException ? "connection refused" : c.getClass().getSimpleName()) + ")", e);
                }
                int status = c instanceof HttpException h ? h.getStatusCode() : c instanceof QueryExceptionHTTP q ? q.getStatusCode() : -1;
                if (status >= 400) {
                    String body = c instanceof HttpException h ? h.getResponse() : ((QueryExceptionHTTP) c).getResponse();
                    String said = StoreMessage.of(status, body);
                    throw new StoreRequestFailedException("The store at " + endpoint + " " + said, false, said, e);
                }
            }
            throw e;
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? String.valueOf(d.toSeconds()) : String.valueOf(d.toMillis() / 1000.0);
    }
}
