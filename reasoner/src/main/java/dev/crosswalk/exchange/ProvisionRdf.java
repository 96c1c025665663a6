package dev.crosswalk.exchange;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.mapping.Relation;
import dev.crosswalk.vocab.CW;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * One provision with its mappings as RDF: the provision's own description (blank nodes such as its application dates
 * included), every curated mapping row naming it (reified cw:Mapping with all its fields), the direct relation edges,
 * and the notation, title and framework of each provision on the other side.
 */
public final class ProvisionRdf {
    private final Catalog catalog;
    private final Graph reference;

    public ProvisionRdf(Catalog catalog, Graph reference) {
        this.catalog = catalog;
        this.reference = reference;
    }

    /** The description as a graph. */
    public Graph describe(Provision p) {
        Graph g = GraphFactory.createDefaultGraph();
        Node self = NodeFactory.createURI(p.iri());
        bounded(self, g, new HashSet<>());
        Set<Node> others = new HashSet<>();
        for (Node side : new Node[] {CW.subject.asNode(), CW.object.asNode()}) {
            for (Triple t : reference.find(Node.ANY, side, self).toList()) {
                Node m = t.getSubject();
                if (!reference.contains(m, RDF.type.asNode(), CW.Mapping.asNode())) continue;
                bounded(m, g, new HashSet<>());
                Node other = side.equals(CW.subject.asNode()) ? CW.object.asNode() : CW.subject.asNode();
                reference.find(m, other, Node.ANY).forEach(o -> others.add(o.getObject()));
                reference.find(m, CW.inMappingSet.asNode(), Node.ANY).forEach(s -> reference.find(s.getObject(), Node.ANY, Node.ANY)
                        .filterKeep(x -> x.getObject().isLiteral() || x.getPredicate().equals(RDF.type.asNode())).forEach(g::add));
            }
        }
        for (Node o : others) {
            if (!o.isURI() || catalog.provisionByIri(o.getURI()).isEmpty()) continue;
            for (Node p2 : new Node[] {RDF.type.asNode(), SKOS.notation.asNode(), SKOS.prefLabel.asNode(), SKOS.inScheme.asNode()}) {
                reference.find(o, p2, Node.ANY).forEach(g::add);
            }
            reference.find(self, Node.ANY, o).filterKeep(t -> Relation.isEdgeProperty(t.getPredicate())).forEach(g::add);
            reference.find(o, Node.ANY, self).filterKeep(t -> Relation.isEdgeProperty(t.getPredicate())).forEach(g::add);
        }
        return g;
    }

    /** Turtle ({@code turtle}) or JSON-LD 1.1 ({@code jsonld}) text of {@link #describe}. */
    public String write(Provision p, String format) {
        Graph g = describe(p);
        g.getPrefixMapping().setNsPrefixes(PREFIXES);
        g.getPrefixMapping().setNsPrefix(p.frameworkId(), CW.ID + p.frameworkId() + "/");
        RDFFormat f = switch (format) {
            case "turtle" -> RDFFormat.TURTLE_PRETTY;
            case "jsonld" -> RDFFormat.JSONLD11_PRETTY;
            default -> throw new IllegalArgumentException("RDF format turtle or jsonld, not " + format);
        };
        return RDFWriter.source(g).format(f).asString();
    }

    /** All triples of {@code s}, following blank-node objects (a concise bounded description). */
    private void bounded(Node s, Graph g, Set<Node> seen) {
        if (!seen.add(s)) return;
        for (Triple t : reference.find(s, Node.ANY, Node.ANY).toList()) {
            g.add(t);
            if (t.getObject().isBlank()) bounded(t.getObject(), g, seen);
        }
    }

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("cw", CW.NS).setNsPrefix("skos", SKOS.uri).setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#").setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("semapv", CW.SEMAPV).setNsPrefix("sssom", "https://w3id.org/sssom/").setNsPrefix("cwmap", CW.MAPPING)
            .setNsPrefix("cwid", CW.ID).lock();
}
