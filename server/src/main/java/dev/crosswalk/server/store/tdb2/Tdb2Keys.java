package dev.crosswalk.server.store.tdb2;

import dev.crosswalk.access.ApiKey;
import dev.crosswalk.access.KeyRepository;
import dev.crosswalk.server.store.KeyGraph;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** API key records in the embedded store; every change is one write transaction. */
public final class Tdb2Keys implements KeyRepository {
    private final DatasetGraph dsg;

    Tdb2Keys(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public void add(ApiKey key) {
        Txn.executeWrite(dsg, () -> {
            Graph g = dsg.getGraph(KeyGraph.GRAPH);
            KeyGraph.triples(key).forEach(g::add);
        });
    }

    @Override
    public Optional<ApiKey> find(String id) {
        return Txn.calculateRead(dsg, () -> KeyGraph.read(dsg.getGraph(KeyGraph.GRAPH), id));
    }

    @Override
    public List<ApiKey> list(String organisation) {
        return Txn.calculateRead(dsg, () -> KeyGraph.readAll(dsg.getGraph(KeyGraph.GRAPH), organisation));
    }

    @Override
    public boolean revoke(String organisation, String id, String at, String by) {
        return Txn.calculateWrite(dsg, () -> {
            Graph g = dsg.getGraph(KeyGraph.GRAPH);
            Optional<ApiKey> k = KeyGraph.read(g, id);
            if (k.isEmpty() || !k.get().organisation().equals(organisation) || !k.get().live()) return false;
            KeyGraph.revocation(id, at, by).forEach(g::add);
            return true;
        });
    }
}
