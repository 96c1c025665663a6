package dev.crosswalk.presumption;

import org.apache.jena.system.G;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.vocab.CW;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** Reads cw:Instrument resources (validated by standing.shacl.ttl) into records. */
final class InstrumentReader {
    private InstrumentReader() {}

    static Map<String, Instrument> read(Graph g, Catalog catalog) {
        List<Instrument> out = new ArrayList<>();
        for (Triple t : g.find(Node.ANY, RDF.type.asNode(), CW.node("Instrument")).toList()) {
            Node i = t.getSubject();
            Optional<Node> basis = obj(g, i, CW.node("presumptionBasis"));
            String basisProvision = basis.flatMap(b -> obj(g, b, CW.node("basisProvision")))
                    .flatMap(p -> catalog.provisionByIri(p.getURI())).map(Provision::ref).orElse(null);
            String content = obj(g, i, CW.node("content")).map(f -> f.getURI().substring(CW.ID.length())).orElse(null);
            String citedAs = obj(g, i, CW.node("canBeCitedAs")).flatMap(o -> lit(g, o, DCTerms.identifier.asNode())).orElse(null);
            List<String> declared = g.find(i, CW.node("declaredScope"), Node.ANY).toList().stream()
                    .map(x -> catalog.provisionByIri(x.getObject().getURI()).map(Provision::ref).orElse(x.getObject().getURI())).toList();
            List<String> notes = g.find(i, SKOS.editorialNote.asNode(), Node.ANY).toList().stream()
                    .map(x -> x.getObject().getLiteralLexicalForm()).sorted().toList();
            Optional<String> citation = lit(g, i, CW.node("ojCitation"));
            String kind = obj(g, i, CW.node("instrumentKind")).map(k -> k.getURI().substring(CW.NS.length())).orElse("?");
            out.add(new Instrument(lit(g, i, DCTerms.identifier.asNode()).orElseThrow(), i.getURI(),
                    lit(g, i, DCTerms.title.asNode()).orElse(null), kind, citation.isPresent(), citation.orElse(null),
                    basis.map(Node::getURI).orElse(null), basisProvision, content, citedAs, declared,
                    lit(g, i, CW.node("standingNote")).orElse(null),
                    lit(g, i, CW.node("asOf")).map(LocalDate::parse).orElse(null),
                    lit(g, i, CW.confidence.asNode()).map(Double::parseDouble).orElse(1.0), notes));
        }
        return Presumptions.index(out);
    }

    private static Optional<Node> obj(Graph g, Node s, Node p) {
        return Optional.ofNullable(G.getSP(g, s, p));
    }

    private static Optional<String> lit(Graph g, Node s, Node p) {
        return obj(g, s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }
}
