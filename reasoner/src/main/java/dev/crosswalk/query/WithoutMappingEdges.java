package dev.crosswalk.query;

import dev.crosswalk.mapping.Relation;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;

/**
 * A view of a graph without its direct mapping edges ({@code cw:equal}, {@code cw:subsetOf} ...),
 * for organisation queries: the organisation's evaluation graph carries the coverage rule's edges,
 * and the reference data's raw edges must not stand beside them. Nothing is copied.
 */
final class WithoutMappingEdges extends WrappedGraph {

    WithoutMappingEdges(Graph base) {
        super(base);
    }

    @Override
    public ExtendedIterator<Triple> find(Triple m) {
        return find(m.getSubject(), m.getPredicate(), m.getObject());
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        if (p != null && p.isConcrete() && Relation.isEdgeProperty(p)) return NullIterator.instance();
        return super.find(s, p, o).filterDrop(t -> Relation.isEdgeProperty(t.getPredicate()));
    }

    @Override
    public ExtendedIterator<Triple> find() {
        return find(Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
        ExtendedIterator<Triple> it = find(s, p, o);
        try {
            return it.hasNext();
        } finally {
            it.close();
        }
    }

    @Override
    public boolean contains(Triple t) {
        return contains(t.getSubject(), t.getPredicate(), t.getObject());
    }
}
