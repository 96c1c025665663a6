package dev.crosswalk.server.store.tdb2;

import dev.crosswalk.imports.ImportKind;
import dev.crosswalk.imports.ImportRepository;
import dev.crosswalk.imports.ImportScope;
import dev.crosswalk.imports.ImportedSource;
import dev.crosswalk.server.store.ImportGraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Imports in the embedded store: one graph each, written or removed in one write transaction. */
public final class Tdb2Imports implements ImportRepository {
    private final DatasetGraph dsg;

    Tdb2Imports(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public List<ImportedSource> list(ImportScope scope) {
        String prefix = ImportGraphs.prefix(scope);
        return Txn.calculateRead(dsg, () -> {
            Graph all = GraphFactory.createDefaultGraph();
            for (Node g : graphs()) {
                if (g.getURI().startsWith(prefix)) dsg.getGraph(g).find().forEach(all::add);
            }
            return ImportGraphs.read(all);
        });
    }

    @Override
    public List<String> organisations() {
        return Txn.calculateRead(dsg, () -> {
            TreeSet<String> out = new TreeSet<>();
            graphs().forEach(g -> ImportGraphs.organisationOf(g.getURI()).ifPresent(out::add));
            return List.copyOf(out);
        });
    }

    @Override
    public void add(ImportScope scope, ImportedSource source) {
        Node g = ImportGraphs.graph(scope, source.kind(), source.id());
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(g);
            ImportGraphs.triples(scope, source).forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    @Override
    public boolean remove(ImportScope scope, ImportKind kind, String id) {
        Node g = ImportGraphs.graph(scope, kind, id);
        return Txn.calculateWrite(dsg, () -> {
            if (dsg.getGraph(g).isEmpty()) return false;
            dsg.removeGraph(g);
            return true;
        });
    }

    /** Every named graph (inside the caller's transaction). */
    private List<Node> graphs() {
        List<Node> out = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI()) out.add(g);
        });
        return out;
    }
}
