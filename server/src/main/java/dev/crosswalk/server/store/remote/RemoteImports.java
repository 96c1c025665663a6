package dev.crosswalk.server.store.remote;

import dev.crosswalk.imports.ImportKind;
import dev.crosswalk.imports.ImportRepository;
import dev.crosswalk.imports.ImportScope;
import dev.crosswalk.imports.ImportedSource;
import dev.crosswalk.server.store.ImportGraphs;
import dev.crosswalk.vocab.CW;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;

/**
 * Imports in a remote store: one graph each, replaced whole by a Graph Store Protocol PUT (a large
 * file's content in one request on every engine); queries take the scope's graph prefix and the
 * graph name as bound values, never as text.
 */
public final class RemoteImports implements ImportRepository {
    private static final String TYPE = "<" + CW.NS + "Import>";
    private static final Query IN_SCOPE = QueryFactory.create(
            "CONSTRUCT { ?g ?p ?o } WHERE { GRAPH ?g { ?g a " + TYPE + " ; ?p ?o } FILTER(STRSTARTS(STR(?g), ?prefix)) }");
    private static final Query ALL = QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a " + TYPE + " } }");
    private static final Query EXISTS = QueryFactory.create("ASK WHERE { GRAPH ?g { ?g a " + TYPE + " } }");
    private final RemoteStore store;

    RemoteImports(RemoteStore store) {
        this.store = store;
    }

    @Override
    public List<ImportedSource> list(ImportScope scope) {
        var query = store.query().query(IN_SCOPE)
                .substitution(BindingFactory.binding(Var.alloc("prefix"), NodeFactory.createLiteralString(ImportGraphs.prefix(scope))));
        return store.call(() -> {
            try (var exec = query.build()) {
                return ImportGraphs.read(exec.construct());
            }
        });
    }

    @Override
    public List<String> organisations() {
        var query = store.query().query(ALL);
        return store.call(() -> {
            TreeSet<String> out = new TreeSet<>();
            try (var exec = query.build()) {
                exec.select().forEachRemaining(row -> {
                    Node g = row.get(Var.alloc("g"));
                    if (g != null && g.isURI()) ImportGraphs.organisationOf(g.getURI()).ifPresent(out::add);
                });
            }
            return List.copyOf(out);
        });
    }

    @Override
    public void add(ImportScope scope, ImportedSource source) {
        Node g = ImportGraphs.graph(scope, source.kind(), source.id());
        Graph content = GraphFactory.createDefaultGraph();
        ImportGraphs.triples(scope, source).forEach(content::add);
        store.put(g, content);
    }

    @Override
    public boolean remove(ImportScope scope, ImportKind kind, String id) {
        Node g = ImportGraphs.graph(scope, kind, id);
        var query = store.query().query(EXISTS).substitution(BindingFactory.binding(Var.alloc("g"), g));
        boolean exists = store.call(() -> {
            try (var exec = query.build()) {
                return exec.ask();
            }
        });
        if (!exists) return false;
        store.update(new UpdateRequest().add(new UpdateDrop(g, true)));
        return true;
    }
}
