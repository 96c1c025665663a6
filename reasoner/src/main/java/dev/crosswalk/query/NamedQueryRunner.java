package dev.crosswalk.query;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.UnknownReferenceException;
import dev.crosswalk.classify.InvalidInputException;
import dev.crosswalk.presumption.Presumptions;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Runs a named query on the reference data with typed, catalog-checked parameter values; values
 * are bound by substitution, never spliced into query text.
 */
public final class NamedQueryRunner {
    private final NamedQueries queries;
    private final Catalog catalog;
    private final Presumptions presumptions;
    private final DatasetGraph reference;

    public NamedQueryRunner(NamedQueries queries, Catalog catalog, Presumptions presumptions, DatasetGraph reference) {
        this.queries = queries;
        this.catalog = catalog;
        this.presumptions = presumptions;
        this.reference = reference;
    }

    /** Whether the query runs on public reference data (not on an organisation's graph). */
    public static boolean isPublic(NamedQuery q) {
        return q.parameters().stream().noneMatch(p -> p.kind().equals("organisation"));
    }

    public QueryResult run(String name, Map<String, String> values) {
        NamedQuery q = queries.get(name).orElseThrow(() -> new UnknownReferenceException("query", name,
                "No named query '" + name + "'. Known queries: " + String.join(", ", new TreeSet<>(names())) + "."));
        if (!isPublic(q)) {
            throw new InvalidInputException("query", "Query '" + name + "' runs over a stored organisation's graph, not the public reference data.");
        }
        Set<String> declared = new TreeSet<>();
        q.parameters().forEach(p -> declared.add(p.name()));
        for (String given : values.keySet()) {
            if (!declared.contains(given)) {
                throw new InvalidInputException(given, "Query '" + name + "' has no parameter '" + given + "'; its parameters: " + declared + ".");
            }
        }
        Map<String, Node> bound = new LinkedHashMap<>();
        for (QueryParameter p : q.parameters()) {
            String v = values.get(p.name());
            if (v == null || v.isBlank()) {
                throw new InvalidInputException(p.name(), "Query '" + name + "' needs parameter '" + p.name() + "' (" + p.kind() + "): " + p.description());
            }
            bound.put(p.name(), resolve(p, v.trim()));
        }
        List<Binding> rows = queries.select(name, bound, reference);
        List<String> columns = q.query().getResultVars();
        List<Map<String, String>> out = new ArrayList<>();
        for (Binding b : rows) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String c : columns) {
                Node n = b.get(Var.alloc(c));
                if (n != null) row.put(c, n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
            }
            out.add(row);
        }
        return new QueryResult(name, values, columns, out);
    }

    private Node resolve(QueryParameter p, String v) {
        return switch (p.kind()) {
            case "provision" -> NodeFactory.createURI(catalog.require(v).iri());
            case "framework" -> NodeFactory.createURI(catalog.requireFramework(v).iri());
            case "standard" -> NodeFactory.createURI(presumptions.require(v).iri());
            case "integer" -> {
                try {
                    yield NodeFactory.createLiteralDT(Long.toString(Long.parseLong(v)), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(p.name(), "Parameter '" + p.name() + "' must be an integer, not '" + v + "'.");
                }
            }
            case "string" -> NodeFactory.createLiteralString(v);
            default -> throw new IllegalStateException("Unsupported parameter kind " + p.kind() + " in " + CW.NS);
        };
    }

    private Set<String> names() {
        Set<String> s = new TreeSet<>();
        queries.all().forEach(q -> s.add(q.name()));
        return s;
    }
}
