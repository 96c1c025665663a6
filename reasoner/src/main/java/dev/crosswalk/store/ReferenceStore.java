package dev.crosswalk.store;

import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.kb.ReferenceData;
import dev.crosswalk.vocab.CW;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The persistent dataset (TDB2). Reference graphs live under {@link CW#GRAPH}; the asserted ones
 * are also copied into the default graph so plain queries see the curated data. A publish replaces
 * them all in one write transaction, and only when the packaged content changed.
 */
public final class ReferenceStore implements AutoCloseable {
    private static final Node META = NodeFactory.createURI(GraphNames.META);
    private static final Node DATASET = NodeFactory.createURI(CW.ID + "dataset");
    private final DatasetGraph dsg;
    private final boolean persistent;

    private ReferenceStore(DatasetGraph dsg, boolean persistent) {
        this.dsg = dsg;
        this.persistent = persistent;
    }

    /** Opens (creating if needed) a TDB2 store in {@code dir}. */
    public static ReferenceStore open(Path dir) {
        return new ReferenceStore(TDB2Factory.connectDataset(dir.toString()).asDatasetGraph(), true);
    }

    /** A transactional in-memory store, for tests and offline CLI runs. */
    public static ReferenceStore inMemory() {
        return new ReferenceStore(DatasetGraphFactory.createTxnMem(), false);
    }

    /** Publishes {@code data}; returns false when the store already held exactly this content. */
    public boolean publish(ReferenceData data) {
        Node hash = NodeFactory.createLiteralString(data.contentHash());
        return Txn.calculateWrite(dsg, () -> {
            if (dsg.contains(META, DATASET, CW.contentHash.asNode(), hash)) return false;
            List<Node> old = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && GraphNames.isPublic(g.getURI())) old.add(g);
            });
            old.forEach(dsg::removeGraph);
            dsg.getDefaultGraph().clear();
            data.graphs().forEach((name, graph) -> {
                Node gn = NodeFactory.createURI(name);
                graph.find().forEach(t -> dsg.add(gn, t.getSubject(), t.getPredicate(), t.getObject()));
                if (inDefaultGraph(name)) graph.find().forEach(dsg.getDefaultGraph()::add);
            });
            Graph meta = dsg.getGraph(META);
            meta.add(Triple.create(DATASET, CW.contentHash.asNode(), hash));
            meta.add(Triple.create(DATASET, CW.publishedAt.asNode(),
                    NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
            return true;
        });
    }

    /**
     * The default graph is the asserted reference data; shapes, bookkeeping and inferences stay in
     * their own graphs only, so inferred triples are never mixed into asserted data.
     */
    private static boolean inDefaultGraph(String graphName) {
        return !graphName.startsWith(GraphNames.SHAPES_PREFIX) && !graphName.equals(GraphNames.META)
                && !graphName.equals(GraphNames.INFERRED);
    }

    /** Triple counts per reference graph ("default" for the default graph). */
    public Map<String, Long> tripleCounts() {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Long> counts = new TreeMap<>();
            counts.put("default", (long) dsg.getDefaultGraph().size());
            dsg.listGraphNodes().forEachRemaining(g -> counts.put(g.getURI(), (long) dsg.getGraph(g).size()));
            return counts;
        });
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    @Override
    public void close() {
        if (persistent) TDBInternal.expel(dsg);
        else dsg.close();
    }
}
