package dev.crosswalk.server.store.remote;

import dev.crosswalk.access.ApiKey;
import dev.crosswalk.access.KeyRepository;
import dev.crosswalk.server.store.KeyGraph;
import dev.crosswalk.vocab.CW;
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
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;

/** Key records in the remote SPARQL store shared by all instances; values are bound, never spliced into text. */
public final class RemoteKeys implements KeyRepository {
    private static final Query ONE = QueryFactory.create("CONSTRUCT { ?k ?p ?o } WHERE { GRAPH ?g { ?k ?p ?o } }");
    private static final Query BY_ORG = QueryFactory.create(
            "CONSTRUCT { ?k ?p ?o } WHERE { GRAPH ?g { ?k <" + CW.NS + "forOrganisation> ?org ; ?p ?o } }");
    private final RemoteStore store;

    RemoteKeys(RemoteStore store) {
        this.store = store;
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
        var query = store.query().query(q).substitution(binding);
        return store.call(() -> {
            try (var exec = query.build()) {
                return exec.construct();
            }
        });
    }

    private void insert(List<org.apache.jena.graph.Triple> triples) {
        QuadDataAcc quads = new QuadDataAcc();
        triples.forEach(t -> quads.addQuad(new Quad(KeyGraph.GRAPH, t)));
        store.update(new UpdateRequest().add(new UpdateDataInsert(quads)));
    }
}
