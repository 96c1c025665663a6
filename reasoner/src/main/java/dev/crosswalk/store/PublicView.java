package dev.crosswalk.store;

import dev.crosswalk.kb.GraphNames;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The read-only view the public SPARQL endpoint serves: the default graph and the reference
 * graphs, never an organisation's graph, whichever query form asks.
 */
public final class PublicView {
    private PublicView() {}

    /** A filtered, read-only view of {@code base}. */
    public static DatasetGraph of(DatasetGraph base) {
        List<Node> visible = new ArrayList<>();
        Txn.executeRead(base, () -> base.listGraphNodes().forEachRemaining(g -> {
            if (isPublic(g)) visible.add(g);
        }));
        return new DatasetGraphFilteredView(base, q -> q.isDefaultGraph() || isPublic(q.getGraph()), visible);
    }

    private static boolean isPublic(Node g) {
        return g != null && (Quad.isDefaultGraph(g) || (g.isURI() && GraphNames.isPublic(g.getURI())));
    }
}
