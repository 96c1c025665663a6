package dev.crosswalk.store;

import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.kb.ReferenceData;
import dev.crosswalk.vocab.CW;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The persistent dataset (TDB2). Reference graphs live under {@link CW#GRAPH}; the asserted ones
 * are also copied into the default graph so plain queries see the curated data. A publish replaces
 * them all in one write transaction, and only when the packaged content changed.
 */
public final class ReferenceStore implements AutoCloseable {
    private static final Node META = NodeFactory.createURI(GraphNames.META);
    private static final Node DATASET = NodeFactory.createURI(CW.ID + "dataset");
    private final DatasetGraph dsg;
    private final Path dir;

    private ReferenceStore(DatasetGraph dsg, Path dir) {
        this.dsg = dsg;
        this.dir = dir;
    }

    /** Opens (creating if needed) a TDB2 store in {@code dir}. */
    public static ReferenceStore open(Path dir) {
        return new ReferenceStore(TDB2Factory.connectDataset(dir.toString()).asDatasetGraph(), dir);
    }

    /** True when {@code dir} holds a TDB2 database (opening any other directory would create one). */
    public static boolean exists(Path dir) {
        if (!java.nio.file.Files.isDirectory(dir)) return false;
        try (var entries = java.nio.file.Files.list(dir)) {
            return entries.anyMatch(e -> e.getFileName().toString().startsWith("Data-") && java.nio.file.Files.isDirectory(e));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** A transactional in-memory store, for tests and offline CLI runs. */
    public static ReferenceStore inMemory() {
        return new ReferenceStore(DatasetGraphFactory.createTxnMem(), null);
    }

    /** True for a TDB2 store on disk. */
    public boolean persistent() {
        return dir != null;
    }

    /**
     * Compacts the TDB2 store online: TDB2 writes copy-on-write, so every change leaves old blocks
     * behind until a compaction copies the live data into a new generation and deletes the old one.
     * Returns the directory's apparent size before and after, in bytes (TDB2 files are sparse and
     * preallocated: {@code du} shows the disk actually freed).
     */
    public long[] compact() {
        if (dir == null) throw new UnsupportedOperationException("An in-memory store has nothing to compact");
        long before = size(dir);
        DatabaseMgr.compact(dsg, true);
        return new long[] {before, size(dir)};
    }

    private static long size(Path dir) {
        try (var files = java.nio.file.Files.walk(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** Publishes {@code data}; returns false when the store already held exactly this content. */
    public boolean publish(ReferenceData data) {
        return publish(data, "unknown");
    }

    /**
     * Publishes {@code data} as validated and reasoned over by code {@code build}; returns false
     * when the store already held exactly this content from this build.
     */
    public boolean publish(ReferenceData data, String build) {
        Node hash = NodeFactory.createLiteralString(data.contentHash());
        Node code = NodeFactory.createLiteralString(build);
        return Txn.calculateWrite(dsg, () -> {
            if (dsg.contains(META, DATASET, CW.contentHash.asNode(), hash) && dsg.contains(META, DATASET, CW.codeBuild.asNode(), code)) {
                return false;
            }
            List<Node> old = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && GraphNames.isPublic(g.getURI())) old.add(g);
            });
            old.forEach(dsg::removeGraph);
            dsg.getDefaultGraph().clear();
            fill(dsg, data);
            Graph meta = dsg.getGraph(META);
            meta.add(Triple.create(DATASET, CW.contentHash.asNode(), hash));
            meta.add(Triple.create(DATASET, CW.codeBuild.asNode(), code));
            meta.add(Triple.create(DATASET, CW.publishedAt.asNode(),
                    NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
            return true;
        });
    }

    /**
     * The reference data this store holds, exactly as published (copies of every public graph but
     * the bookkeeping one); empty when nothing was ever published into it.
     */
    public Optional<ReferenceData> published() {
        return Txn.calculateRead(dsg, () -> {
            Node hash = G.getSP(dsg.getGraph(META), DATASET, CW.contentHash.asNode());
            if (hash == null) return Optional.<ReferenceData>empty();
            Map<String, Graph> graphs = new TreeMap<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (!g.isURI() || !GraphNames.isPublic(g.getURI()) || g.getURI().equals(GraphNames.META)) return;
                graphs.put(g.getURI(), G.copy(dsg.getGraph(g)));
            });
            return Optional.of(ReferenceData.published(graphs, hash.getLiteralLexicalForm()));
        });
    }

    /**
     * The inferred graph (a copy) when this store holds content {@code hash} published by code
     * {@code build}: that content was validated and reasoned over then, so a restart can reuse it.
     */
    public Optional<Graph> validatedInferences(String hash, String build) {
        if (build.endsWith("unknown") || build.contains("${")) return Optional.empty();  // no build id: never trust
        return Txn.calculateRead(dsg, () -> {
            if (!dsg.contains(META, DATASET, CW.contentHash.asNode(), NodeFactory.createLiteralString(hash))
                    || !dsg.contains(META, DATASET, CW.codeBuild.asNode(), NodeFactory.createLiteralString(build))) {
                return Optional.<Graph>empty();
            }
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(NodeFactory.createURI(GraphNames.INFERRED)).find().forEach(copy::add);
            return copy.isEmpty() ? Optional.<Graph>empty() : Optional.of(copy);
        });
    }

    /** Adds every reference graph of {@code data} to {@code dsg}, and the asserted ones to its default graph too (inside the caller's transaction). */
    static void fill(DatasetGraph dsg, ReferenceData data) {
        data.graphs().forEach((name, graph) -> {
            Node gn = NodeFactory.createURI(name);
            graph.find().forEach(t -> dsg.add(gn, t.getSubject(), t.getPredicate(), t.getObject()));
            if (inDefaultGraph(name)) graph.find().forEach(dsg.getDefaultGraph()::add);
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

    /** Triple counts per reference graph ("default" for the default graph); organisation and key graphs are never named. */
    public Map<String, Long> tripleCounts() {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Long> counts = new TreeMap<>();
            counts.put("default", (long) dsg.getDefaultGraph().size());
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && GraphNames.isPublic(g.getURI())) counts.put(g.getURI(), (long) dsg.getGraph(g).size());
            });
            return counts;
        });
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    /**
     * Closes the dataset. For TDB2 this releases nothing: Jena keeps one database per directory
     * for the life of the JVM (commits are durable when they return) and has no public API to
     * drop it, so opening the directory again in this process finds the same database.
     */
    @Override
    public void close() {
        dsg.close();
    }
}
