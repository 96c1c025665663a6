package dev.crosswalk.reason;

import dev.crosswalk.vocab.CW;
import dev.crosswalk.vocab.Prov;
import java.math.BigDecimal;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Gives each inferred mapping the confidence of its least certain asserted mapping. Done here,
 * not in the rules, because Jena 5.6's min builtin compares xsd:decimal values wrongly.
 */
public final class ChainConfidence {
    private ChainConfidence() {}

    /** Adds {@code cw:confidence} to every cw:InferredMapping in {@code inferred}, reading asserted confidences from {@code asserted}. */
    public static void annotate(Graph inferred, Graph asserted) {
        List<Node> mappings = inferred.find(Node.ANY, RDF.type.asNode(), CW.InferredMapping.asNode())
                .mapWith(Triple::getSubject).toList();
        for (Node m : mappings) {
            BigDecimal min = null;
            for (Triple d : inferred.find(m, Prov.wasDerivedFrom.asNode(), Node.ANY).toList()) {
                for (Triple c : asserted.find(d.getObject(), CW.confidence.asNode(), Node.ANY).toList()) {
                    BigDecimal v = new BigDecimal(c.getObject().getLiteralLexicalForm());
                    if (min == null || v.compareTo(min) < 0) min = v;
                }
            }
            if (min != null) {
                inferred.add(Triple.create(m, CW.confidence.asNode(),
                        NodeFactory.createLiteralDT(min.toPlainString(), XSDDatatype.XSDdecimal)));
            }
        }
    }
}
