package dev.crosswalk.lookup;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.catalog.ProvisionRef;
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
        Node iri = NodeFactory.createURI(from.iri());
        return queries.select("crosswalk", Map.of("from", iri), reference).stream()
                .map(b -> edge(from, b))
                .filter(e -> toFramework == null || toFramework.equals(e.toFramework()))
                .filter(e -> e.strength() >= minStrength)
                .toList();
    }

    private MappingEdge edge(Provision from, Binding b) {
        String otherIri = b.get(Var.alloc("other")).getURI();
        String to = otherIri.equals(CW.NO_TERM_FOUND) ? "sssom:NoTermFound"
                : catalog.provisionByIri(otherIri).map(Provision::ref).orElse(otherIri);
        return new MappingEdge(from.ref(), to, lit(b, "otherTitle"), lit(b, "otherFramework"), lit(b, "relation"),
                lit(b, "assertedRelation"), lit(b, "direction"), Integer.parseInt(lit(b, "strength")),
                Double.parseDouble(lit(b, "confidence")), lit(b, "rationale"),
                "semapv:" + b.get(Var.alloc("justification")).getURI().substring(CW.SEMAPV.length()),
                lit(b, "mappingSet"), b.get(Var.alloc("mapping")).getURI(), lit(b, "comment"));
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
