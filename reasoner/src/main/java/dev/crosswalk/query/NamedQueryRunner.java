package dev.crosswalk.query;

import org.apache.jena.system.G;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.UnknownReferenceException;
import dev.crosswalk.classify.InvalidInputException;
import dev.crosswalk.mapping.Relation;
import dev.crosswalk.presumption.Presumptions;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
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
    private final Graph referenceGraph;

    public NamedQueryRunner(NamedQueries queries, Catalog catalog, Presumptions presumptions, DatasetGraph reference) {
        this.queries = queries;
        this.catalog = catalog;
        this.presumptions = presumptions;
        this.reference = reference;
        // the model's union, joined with an organisation's graph without copying either, and without the direct
        // mapping edges: the organisation's graph holds the coverage rule's edges, and a curated or chained edge
        // that does not count must not make a requirement partial (queries/gaps.rq)
        this.referenceGraph = new WithoutMappingEdges(reference.getDefaultGraph());
    }

    /** Whether the query runs on public reference data (not on an organisation's graph). */
    public static boolean isPublic(NamedQuery q) {
        return q.parameters().stream().noneMatch(p -> p.kind().equals("organisation"));
    }

    public QueryResult run(String name, Map<String, String> values) {
        NamedQuery q = find(name);
        if (!isPublic(q)) {
            throw new InvalidInputException("query", "Query '" + name + "' runs over a stored organisation's graph: use /api/v1/orgs/{org}/queries/" + name + ".");
        }
        return execute(q, values, reference, Map.of(), null);
    }

    /**
     * Runs an organisation query over the organisation's stored graph together with the reference
     * data (less its direct mapping edges: the organisation's graph has the coverage rule's); the
     * {@code organisation} parameter is bound to that organisation, never taken from input.
     */
    public QueryResult runForOrganisation(String name, Map<String, String> values, Graph orgGraph) {
        NamedQuery q = find(name);
        if (isPublic(q)) {
            throw new InvalidInputException("query", "Query '" + name + "' runs on the public reference data: use /api/v1/queries/" + name + ".");
        }
        Node orgNode = G.getOne(orgGraph, Node.ANY, RDF.type.asNode(), CW.node("Organisation")).getSubject();
        Map<String, Node> fixed = new LinkedHashMap<>();
        q.parameters().stream().filter(p -> p.kind().equals("organisation")).forEach(p -> fixed.put(p.name(), orgNode));
        Union union = new Union(referenceGraph, orgGraph);
        return execute(q, values, DatasetGraphFactory.wrap(union), fixed, orgGraph);
    }

    private NamedQuery find(String name) {
        return queries.get(name).orElseThrow(() -> new UnknownReferenceException("query", name,
                "No named query '" + name + "'. Known queries: " + String.join(", ", new TreeSet<>(names())) + "."));
    }

    private QueryResult execute(NamedQuery q, Map<String, String> values, DatasetGraph data, Map<String, Node> fixed, Graph orgGraph) {
        String name = q.name();
        Set<String> declared = new TreeSet<>();
        q.parameters().stream().filter(p -> !fixed.containsKey(p.name())).forEach(p -> declared.add(p.name()));
        for (String given : values.keySet()) {
            if (!declared.contains(given)) {
                throw new InvalidInputException(given, "Query '" + name + "' has no parameter '" + given + "'; its parameters: " + declared + ".");
            }
        }
        Map<String, Node> bound = new LinkedHashMap<>(fixed);
        for (QueryParameter p : q.parameters()) {
            if (fixed.containsKey(p.name())) continue;
            String v = values.get(p.name());
            if (v == null || v.isBlank()) {
                throw new InvalidInputException(p.name(), "Query '" + name + "' needs parameter '" + p.name() + "' (" + p.kind() + "): " + p.description());
            }
            bound.put(p.name(), resolve(p, v.trim(), orgGraph));
        }
        List<Binding> rows = queries.select(name, bound, data);
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

    private Node resolve(QueryParameter p, String v, Graph orgGraph) {
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
            case "ai-system" -> aiSystem(p, v, orgGraph);
            default -> throw new IllegalStateException("Unsupported parameter kind " + p.kind() + " in " + CW.NS);
        };
    }

    /** An AI system id of the organisation's profile, checked against it (an unknown id is a 404, not an empty answer). */
    private static Node aiSystem(QueryParameter p, String v, Graph orgGraph) {
        if (orgGraph == null) throw new InvalidInputException(p.name(), "Parameter '" + p.name() + "' needs a stored organisation.");
        Set<String> known = new TreeSet<>();
        orgGraph.find(Node.ANY, CW.node("hasAiSystem"), Node.ANY).forEach(t -> orgGraph
                .find(t.getObject(), org.apache.jena.vocabulary.DCTerms.identifier.asNode(), Node.ANY)
                .forEach(id -> known.add(id.getObject().getLiteralLexicalForm())));
        if (!known.contains(v)) {
            throw new UnknownReferenceException("ai-system", v, "No AI system '" + v + "' in this organisation's profile; its systems: "
                    + known + ".");
        }
        return NodeFactory.createLiteralString(v);
    }

    private Set<String> names() {
        Set<String> s = new TreeSet<>();
        queries.all().forEach(q -> s.add(q.name()));
        return s;
    }
}
