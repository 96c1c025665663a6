package dev.crosswalk.server.store.tdb2;

import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.server.store.PublicationStamp;
import dev.crosswalk.server.store.ReferenceGraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.G;
import org.apache.jena.system.Txn;

/**
 * The reference graphs in the embedded store, under the public graph prefix; the asserted ones are
 * also copied into the default graph so plain queries of the store see the curated data. A publish
 * replaces them all in one write transaction.
 */
public final class Tdb2References implements ReferenceGraphs {
    private final DatasetGraph dsg;

    Tdb2References(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public boolean publish(ReferenceModel model, PublicationStamp stamp) {
        return Txn.calculateWrite(dsg, () -> {
            if (stamp.current(PublicationStamp.of(dsg.getGraph(PublicationStamp.GRAPH)))) return false;
            List<Node> old = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && GraphNames.isPublic(g.getURI())) old.add(g);
            });
            old.forEach(dsg::removeGraph);
            dsg.getDefaultGraph().clear();
            model.graphs().forEach((name, graph) -> {
                Node gn = NodeFactory.createURI(name);
                graph.find().forEach(t -> dsg.add(gn, t.getSubject(), t.getPredicate(), t.getObject()));
                if (ReferenceModel.isAsserted(name)) graph.find().forEach(dsg.getDefaultGraph()::add);
            });
            stamp.toGraph().find().forEach(t -> dsg.add(PublicationStamp.GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            return true;
        });
    }

    /**
     * The inferred graph (a copy) when this store holds content {@code hash} published by code
     * {@code build}: that content was validated and reasoned over then, so a restart can reuse it.
     */
    @Override
    public Optional<Graph> find(String contentHash, String build) {
        PublicationStamp wanted = new PublicationStamp(contentHash, build);
        if (!wanted.trusted()) return Optional.empty();
        return Txn.calculateRead(dsg, () -> {
            if (!wanted.current(PublicationStamp.of(dsg.getGraph(PublicationStamp.GRAPH)))) return Optional.<Graph>empty();
            Graph copy = G.copy(dsg.getGraph(NodeFactory.createURI(GraphNames.INFERRED)));
            return copy.isEmpty() ? Optional.<Graph>empty() : Optional.of(copy);
        });
    }

    /**
     * The reference model this store holds, exactly as published (every public graph but the
     * bookkeeping one, copied out of the store); empty when nothing was ever published into it.
     */
    public Optional<ReferenceModel> published() {
        return Txn.calculateRead(dsg, () -> {
            Optional<PublicationStamp> stamp = PublicationStamp.of(dsg.getGraph(PublicationStamp.GRAPH));
            if (stamp.isEmpty()) return Optional.<ReferenceModel>empty();
            Map<String, Graph> graphs = new TreeMap<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (!g.isURI() || !GraphNames.isPublic(g.getURI()) || g.getURI().equals(GraphNames.META)) return;
                graphs.put(g.getURI(), G.copy(dsg.getGraph(g)));
            });
            return Optional.of(ReferenceModel.published(graphs, stamp.get().contentHash()));
        });
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
}
