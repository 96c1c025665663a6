package dev.crosswalk;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A graph that counts the iterators its {@code find} hands out and how many are still open: an
 * iterator is done when it is closed or runs to its end. A store (TDB2) holds resources for
 * every iterator left open, so readers must leave none.
 */
public final class TrackingGraph extends GraphWrapper {
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();

    public TrackingGraph(Graph graph) {
        super(graph);
    }

    /** Iterators handed out so far. */
    public int opened() {
        return opened.get();
    }

    /** Iterators neither closed nor run to their end. */
    public int open() {
        return open.get();
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        return track(super.find(s, p, o));
    }

    @Override
    public ExtendedIterator<Triple> find(Triple t) {
        return track(super.find(t));
    }

    @Override
    public ExtendedIterator<Triple> find() {
        return track(super.find());
    }

    private ExtendedIterator<Triple> track(ExtendedIterator<Triple> it) {
        opened.incrementAndGet();
        open.incrementAndGet();
        return new WrappedIterator<>(it, true) {
            private boolean done;

            @Override
            public boolean hasNext() {
                boolean more = super.hasNext();
                if (!more) finish();
                return more;
            }

            @Override
            public void close() {
                finish();
                super.close();
            }

            private void finish() {
                if (!done) {
                    done = true;
                    open.decrementAndGet();
                }
            }
        };
    }
}
