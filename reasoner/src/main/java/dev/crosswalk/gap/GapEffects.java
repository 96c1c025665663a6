package dev.crosswalk.gap;

import dev.crosswalk.kb.DataIntegrityException;
import dev.crosswalk.mapping.Effect;
import dev.crosswalk.validate.ValidationReport;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The effect each gap shape declares ({@code cw:gapEffect} in ontology/shapes/gaps.shacl.ttl), read
 * once from the shapes graph: what a result of that shape does for its requirement.
 */
final class GapEffects {
    static final Node SPARQL = NodeFactory.createURI("http://www.w3.org/ns/shacl#sparql");
    static final Node GAP_EFFECT = CW.node("gapEffect");

    /** Constraint IRI → effect. */
    private final Map<String, Effect> byShape;

    private GapEffects(Map<String, Effect> byShape) {
        this.byShape = byShape;
    }

    /**
     * Every SPARQL constraint of the shapes graph must name exactly one known effect; a shape that
     * names none, several or an unknown one makes the shapes unusable, never "partial" by default.
     */
    static GapEffects of(Graph shapes) {
        Map<String, Effect> out = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Node c : shapes.find(Node.ANY, SPARQL, Node.ANY).mapWith(Triple::getObject).toList().stream().distinct()
                .sorted(Comparator.comparing(Node::toString)).toList()) {
            if (!c.isURI()) {
                problems.add("a blank-node constraint (" + c + ") has no name a result can report: give it an IRI");
                continue;
            }
            String name = c.getURI();
            List<Node> declared = shapes.find(c, GAP_EFFECT, Node.ANY).mapWith(Triple::getObject).toList();
            if (declared.size() != 1) {
                problems.add(name + " declares " + (declared.isEmpty() ? "no" : declared.size()) + " cw:gapEffect (one of "
                        + known() + ")");
                continue;
            }
            Node e = declared.get(0);
            Effect effect = e.isURI() ? Effect.fromIri(e.getURI()).orElse(null) : null;
            if (effect == null) problems.add(name + " declares the unknown cw:gapEffect " + e + " (one of " + known() + ")");
            else out.put(name, effect);
        }
        if (!problems.isEmpty()) {
            throw new DataIntegrityException("The gap shapes cannot be read: " + String.join("; ", problems), (ValidationReport) null);
        }
        if (out.isEmpty()) throw new DataIntegrityException("The gap shapes declare no SPARQL constraint", (ValidationReport) null);
        return new GapEffects(Map.copyOf(out));
    }

    /** The effect of a result of {@code shape} (a constraint IRI); a shape the graph did not declare is a bug. */
    Effect of(String shape) {
        Effect e = byShape.get(shape);
        if (e == null) throw new IllegalStateException("Result of the undeclared gap shape '" + shape + "': its effect is unknown.");
        return e;
    }

    /** Constraint IRI → effect, for tests and documentation. */
    Map<String, Effect> all() {
        return byShape;
    }

    private static String known() {
        List<String> iris = new ArrayList<>();
        for (Effect e : Effect.values()) if (e.iri() != null) iris.add("cw:" + e.iri().substring(CW.NS.length()));
        return String.join(", ", iris);
    }
}
