package dev.crosswalk.access;

import dev.crosswalk.store.StoreTimeouts;
import dev.crosswalk.store.StoreUnavailableException;
import dev.crosswalk.vocab.CW;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;

/** Key records in the remote SPARQL store shared by all instances; values are bound, never spliced into text. */
public final class RemoteKeyStore implements KeyRepository {
    private static final Query ONE = QueryFactory.create("CONSTRUCT { ?k ?p ?o } WHERE { GRAPH ?g { ?k ?p ?o } }");
    private static final Query BY_ORG = QueryFactory.create(
            "CONSTRUCT { ?k ?p ?o } WHERE { GRAPH ?g { ?k <" + CW.NS + "forOrganisation> ?org ; ?p ?o } }");
    private final String queryEndpoint;
    private final String updateEndpoint;
    private final StoreTimeouts timeouts;
    private final HttpClient http;

    /** Keys in the store with the default time limits ({@link StoreTimeouts#defaults()}). */
    public RemoteKeyStore(String queryEndpoint, String updateEndpoint) {
        this(queryEndpoint, updateEndpoint, StoreTimeouts.defaults());
    }

    public RemoteKeyStore(String queryEndpoint, String updateEndpoint, StoreTimeouts timeouts) {
        this.queryEndpoint = queryEndpoint;
        this.updateEndpoint = updateEndpoint;
        this.timeouts = timeouts;
        this.http = timeouts.httpClient();
    }

    @Override
    public void add(ApiKey key) {
        insert(KeyGraph.triples(key));
    }

    @Override
    public Optional<ApiKey> find(String id) {
        return KeyGraph.read(construct(ONE, "k", KeyGraph.subject(id)), id);
    }

    @Override
    public List<ApiKey> list(String organisation) {
        return KeyGraph.readAll(construct(BY_ORG, "org", NodeFactory.createLiteralString(organisation)), organisation);
    }

    @Override
    public boolean revoke(String organisation, String id, String at, String by) {
        Optional<ApiKey> k = find(id);
        if (k.isEmpty() || !k.get().organisation().equals(organisation) || !k.get().live()) return false;
        insert(KeyGraph.revocation(id, at, by));
        return true;
    }

    private Graph construct(Query q, String var, Node value) {
        var binding = BindingBuilder.create().add(Var.alloc("g"), KeyGraph.GRAPH).add(Var.alloc(var), value).build();
        return StoreUnavailableException.call(queryEndpoint, timeouts, () -> {
            try (var exec = QueryExecHTTP.newBuilder().endpoint(queryEndpoint).httpClient(http).query(q).substitution(binding).build()) {
                return exec.construct();
            }
        });
    }

    private void insert(List<org.apache.jena.graph.Triple> triples) {
        QuadDataAcc quads = new QuadDataAcc();
        triples.forEach(t -> quads.addQuad(new Quad(KeyGraph.GRAPH, t)));
        UpdateRequest request = new UpdateRequest().add(new UpdateDataInsert(quads));
        StoreUnavailableException.call(updateEndpoint, timeouts, () -> {
            UpdateExecHTTP.newBuilder().endpoint(updateEndpoint).httpClient(http).update(request).build().execute();
            return null;
        });
    }
}
