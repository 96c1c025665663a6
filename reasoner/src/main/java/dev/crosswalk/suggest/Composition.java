package dev.crosswalk.suggest;

import dev.crosswalk.mapping.Relation;
import dev.crosswalk.vocab.CW;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;

/** The composition table of IR 8477 relations, read from the ontology's cw:Composition entries (the chaining rules' data). */
final class Composition {
    private final Map<Relation, Map<Relation, Relation>> table;

    private Composition(Map<Relation, Map<Relation, Relation>> table) {
        this.table = table;
    }

    static Composition of(Graph ontology) {
        Map<Relation, Map<Relation, Relation>> table = new EnumMap<>(Relation.class);
        for (var t : ontology.find(Node.ANY, RDF.type.asNode(), CW.node("Composition")).toList()) {
            Node entry = t.getSubject();
            Relation first = token(ontology, G.getSP(ontology, entry, CW.node("composeFirst")));
            Relation second = token(ontology, G.getSP(ontology, entry, CW.node("composeSecond")));
            Relation result = token(ontology, G.getSP(ontology, entry, CW.node("composeResult")));
            table.computeIfAbsent(first, k -> new EnumMap<>(Relation.class)).put(second, result);
        }
        if (table.isEmpty()) throw new IllegalStateException("The ontology has no cw:Composition entries: chains cannot be composed.");
        return new Composition(table);
    }

    private static Relation token(Graph g, Node relation) {
        return Relation.of(G.getSP(g, relation, CW.node("token")).getLiteralLexicalForm());
    }

    /** {@code first ∘ second}, or empty where the pair implies nothing (e.g. subset-of then superset-of). */
    Optional<Relation> compose(Relation first, Relation second) {
        return Optional.ofNullable(table.getOrDefault(first, Map.of()).get(second));
    }
}
