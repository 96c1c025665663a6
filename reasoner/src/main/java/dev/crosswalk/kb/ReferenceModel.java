package dev.crosswalk.kb;

import dev.crosswalk.catalog.Catalog;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphMapLink;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.util.Context;

/**
 * The reference data, loaded once and never changed: its named graphs, their union and the catalog
 * index. Every reader gets a view of the same graphs; the union indexes the same triple objects.
 */
public final class ReferenceModel {
    private final Map<String, Graph> graphs;
    private final Graph union;
    private final Graph asserted;
    private final Catalog catalog;
    private final String contentHash;
    private final Timings timings;
    private volatile Map<String, Long> tripleCounts;

    private ReferenceModel(Map<String, Graph> graphs, String contentHash, Timings timings) {
        Map<String, Graph> readOnly = new LinkedHashMap<>();
        graphs.forEach((name, g) -> readOnly.put(name, new GraphReadOnly(g)));
        this.graphs = Collections.unmodifiableMap(readOnly);
        this.union = merged(graphs.values());
        this.asserted = merged(this.graphs.entrySet().stream().filter(e -> isAsserted(e.getKey())).map(Map.Entry::getValue).toList());
        this.contentHash = contentHash;
        this.timings = timings;
        this.catalog = Catalog.from(union);
    }

    /** The model of {@code graphs} (keyed by graph name, the inferred graph included when there is one). */
    static ReferenceModel of(Map<String, Graph> graphs, String contentHash, Timings timings) {
        return new ReferenceModel(graphs, contentHash, timings);
    }

    /**
     * The reference graphs as a store holds them (keyed by graph name, the inferred graph included),
     * validated and reasoned over when they were published: nothing is checked or inferred again.
     */
    public static ReferenceModel published(Map<String, Graph> graphs, String contentHash) {
        return new ReferenceModel(graphs, contentHash, new Timings(0, 0, true));
    }

    /** Every reference graph by name, read-only, in load order. */
    public Map<String, Graph> graphs() {
        return graphs;
    }

    /** One graph by name, e.g. {@code GraphNames.SHAPES_PREFIX + "gaps"}. */
    public Optional<Graph> graph(String name) {
        return Optional.ofNullable(graphs.get(name));
    }

    /** All graphs as one, read-only: ontology, catalogs, guidance, standing, shapes, mappings and inferences (an index, see {@link #merged}). */
    public Graph union() {
        return union;
    }

    /** The asserted reference data as one graph: no shapes, no bookkeeping, no inferences. */
    public Graph asserted() {
        return asserted;
    }

    /**
     * Triples per graph, and under "default" those of the asserted default graph: what the public
     * endpoint serves. Counted once (the model never changes; health checks ask often).
     */
    public Map<String, Long> tripleCounts() {
        Map<String, Long> counts = tripleCounts;
        if (counts == null) {
            Map<String, Long> c = new java.util.TreeMap<>();
            c.put("default", (long) asserted.size());
            graphs.forEach((name, g) -> c.put(name, (long) g.size()));
            counts = tripleCounts = Collections.unmodifiableMap(c);
        }
        return counts;
    }

    /** The provisions and frameworks of every catalog, indexed. */
    public Catalog catalog() {
        return catalog;
    }

    /** SHA-256 over the source files this model was built from. */
    public String contentHash() {
        return contentHash;
    }

    /** How long building the model took, and whether a store's validated inferences were reused. */
    public Timings timings() {
        return timings;
    }

    /**
     * A dataset view for the analyses: the union as default graph, every graph by name. Each call
     * returns a new view with its own {@link Context}, so settings made on one reach no other.
     */
    public DatasetGraph analysisView() {
        return view(union);
    }

    /**
     * The dataset the public SPARQL endpoint serves: the asserted data as default graph, every
     * reference graph by name, read-only, with its own {@link Context} (for the row cap and time
     * limits). Organisation and key graphs are not filtered out of a shared store: they are simply
     * not in the model, so no query form (GRAPH ?g, FROM NAMED, union graph, GSP) can reach them.
     */
    public DatasetGraph publicView() {
        return view(asserted);
    }

    private DatasetGraph view(Graph defaultGraph) {
        DatasetGraph links = new Links(defaultGraph);  // links the graphs, copies nothing
        graphs.forEach((name, g) -> links.addGraph(NodeFactory.createURI(name), g));
        return new View(links);
    }

    /**
     * Links to the model's graphs. An unknown graph name reads as an empty graph: the plain linked
     * dataset would create one, which a read transaction (a SPARQL {@code FROM NAMED} of a graph
     * the model lacks) refuses. Jena's query engine unwraps views down to this dataset, so the rule
     * lives here.
     */
    private static final class Links extends DatasetGraphMapLink {
        Links(Graph defaultGraph) {
            super(defaultGraph);
        }

        @Override
        public Graph getGraph(org.apache.jena.graph.Node graphNode) {
            return containsGraph(graphNode) || Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode)
                    ? super.getGraph(graphNode) : Graph.emptyGraph;
        }
    }

    /** A read-only view with a context of its own. */
    private static final class View extends DatasetGraphReadOnly {
        View(DatasetGraph links) {
            super(links, new Context());
        }
    }

    /**
     * The default graph of the public view: the asserted data. Shapes, bookkeeping and inferences
     * stay in their own graphs only, so inferred triples are never mixed into asserted data.
     */
    public static boolean isAsserted(String graphName) {
        return !graphName.startsWith(GraphNames.SHAPES_PREFIX) && !graphName.equals(GraphNames.META)
                && !graphName.equals(GraphNames.INFERRED);
    }

    /**
     * Graphs as one index over the same triple objects: the analyses and named queries join many
     * patterns, and a view that asks every graph for every pattern (and drops duplicates by asking
     * the others) made them 3–10 times slower, on the public endpoint too. Triples and nodes are
     * shared with the named graphs; only the index is built again.
     */
    private static Graph merged(java.util.Collection<Graph> parts) {
        Graph all = GraphFactory.createGraphMem();
        parts.forEach(g -> g.find().forEach(all::add));  // forEach closes the iterator
        return new GraphReadOnly(all);
    }

    /** Milliseconds spent loading and validating, and inferring; whether validation and inference were reused. */
    public record Timings(long loadAndValidateMillis, long inferenceMillis, boolean reused) {}
}
