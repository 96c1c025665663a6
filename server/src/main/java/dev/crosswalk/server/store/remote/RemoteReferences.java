package dev.crosswalk.server.store.remote;

import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.server.store.PublicationStamp;
import dev.crosswalk.server.store.ReferenceGraphs;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;

/**
 * The reference graphs (with the inferences) in a remote store, written with the Graph Store
 * Protocol when the store's stamp differs from the running one.
 */
public final class RemoteReferences implements ReferenceGraphs {
    // GRAPH ?g { ?s ?p ?o }, not GRAPH ?g { }: Virtuoso answers the empty pattern with one row and ?g unbound
    private static final org.apache.jena.query.Query GRAPHS = org.apache.jena.query.QueryFactory.create(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + dev.crosswalk.vocab.CW.GRAPH + "\")) }");
    private final RemoteStore store;

    RemoteReferences(RemoteStore store) {
        this.store = store;
    }

    @Override
    public boolean publish(ReferenceModel model, PublicationStamp stamp) {
        return store.call(() -> {
            try (RDFConnection conn = store.connect()) {
                if (stamp.current(stamp(conn))) return false;
                model.graphs().forEach((name, g) -> conn.put(name, ModelFactory.createModelForGraph(g)));
                // reference graphs the model no longer has (a renamed mapping set) must not linger
                for (String old : publicGraphs(conn)) {
                    if (!model.graphs().containsKey(old) && !old.equals(GraphNames.META)) conn.delete(old);
                }
                // the stamp last: a publish cut short leaves the old stamp, so the next start publishes again
                conn.put(GraphNames.META, ModelFactory.createModelForGraph(stamp.toGraph()));
            }
            return true;
        });
    }

    /** Never: every instance validates and infers itself; the remote store only receives the result. */
    @Override
    public Optional<Graph> find(String contentHash, String build) {
        return Optional.empty();
    }

    private static java.util.List<String> publicGraphs(RDFConnection conn) {
        java.util.List<String> names = new java.util.ArrayList<>();
        conn.querySelect(GRAPHS, row -> {
            var g = row.getResource("g");
            if (g != null && g.isURIResource() && GraphNames.isPublic(g.getURI())) names.add(g.getURI());
        });
        return names;
    }

    private static Optional<PublicationStamp> stamp(RDFConnection conn) {
        try {
            return PublicationStamp.of(conn.fetch(GraphNames.META).getGraph());
        } catch (org.apache.jena.atlas.web.HttpException e) {
            if (e.getStatusCode() == 404) return Optional.empty();
            throw e;
        }
    }
}
