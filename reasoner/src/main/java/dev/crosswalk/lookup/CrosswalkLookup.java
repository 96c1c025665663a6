package dev.crosswalk.lookup;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.catalog.ProvisionRef;
import dev.crosswalk.catalog.Timelines;
import dev.crosswalk.mapping.Relation;
import dev.crosswalk.query.NamedQueries;
import dev.crosswalk.vocab.CW;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** Direct crosswalk lookups, answered by the named query {@code crosswalk.rq}. */
public final class CrosswalkLookup {
    private final Catalog catalog;
    private final NamedQueries queries;
    private final DatasetGraph reference;

    public CrosswalkLookup(Catalog catalog, NamedQueries queries, DatasetGraph reference) {
        this.catalog = catalog;
        this.queries = queries;
        this.reference = reference;
    }

    /** Mappings of {@code from}, optionally only towards one framework and at least a given strength. */
    public List<MappingEdge> direct(Provision from, String toFramework, int minStrength) {
        return direct(from, toFramework, minStrength, null);
    }

    /**
     * As {@link #direct(Provision, String, int)}, and with a {@code timeline} only the rows that hold on it:
     * rows reading no other timeline's wording, towards provisions that exist on it.
     */
    public List<MappingEdge> direct(Provision from, String toFramework, int minStrength, String timeline) {
        Node iri = NodeFactory.createURI(from.iri());
        return queries.select("crosswalk", Map.of("from", iri), reference).stream()
                .map(b -> edge(from, b))
                .filter(e -> toFramework == null || toFramework.equals(e.toFramework()))
                .filter(e -> e.strength() >= minStrength)
                .filter(e -> timeline == null || (e.readsOn(timeline) && existsOn(e.to(), timeline)))
                .toList();
    }

    private boolean existsOn(String ref, String timeline) {
        return ref.equals("sssom:NoTermFound") || catalog.provision(ProvisionRef.parse(ref)).map(p -> p.existsOn(timeline)).orElse(true);
    }

    private MappingEdge edge(Provision from, Binding b) {
        String otherIri = b.get(Var.alloc("other")).getURI();
        Provision other = catalog.provisionByIri(otherIri).orElse(null);
        String to = otherIri.equals(CW.NO_TERM_FOUND) ? "sssom:NoTermFound" : other != null ? other.ref() : otherIri;
        return new MappingEdge(from.ref(), to, lit(b, "otherTitle"), lit(b, "otherFramework"), Relation.of(lit(b, "relation")),
                Relation.of(lit(b, "assertedRelation")), lit(b, "direction"), Integer.parseInt(lit(b, "strength")),
                Double.parseDouble(lit(b, "confidence")), lit(b, "rationale"),
                "semapv:" + b.get(Var.alloc("justification")).getURI().substring(CW.SEMAPV.length()),
                lit(b, "mappingSet"), b.get(Var.alloc("mapping")).getURI(), lit(b, "comment"),
                reading(from, b.get(Var.alloc("fromTimeline"))), reading(other, b.get(Var.alloc("otherTimeline"))));
    }

    /** The wording a row reads of one side, or null when the row names none. */
    private static Reading reading(Provision p, Node timeline) {
        if (timeline == null || !timeline.isURI()) return null;
        String name = Timelines.name(timeline.getURI());
        return Reading.of(name, p == null ? null : p.wording(name).orElse(null));
    }

    private static String lit(Binding b, String var) {
        Node n = b.get(Var.alloc(var));
        return n == null ? null : n.getLiteralLexicalForm();
    }

    /** Resolves a ref for callers holding only text. */
    public Provision resolve(String ref) {
        return catalog.require(ProvisionRef.parse(ref).toString());
    }
}
