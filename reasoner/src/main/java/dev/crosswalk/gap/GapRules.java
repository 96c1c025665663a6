package dev.crosswalk.gap;

import dev.crosswalk.validate.Violation;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;

/**
 * The gap shapes' ten SPARQL constraints (ontology/shapes/gaps.shacl.ttl, the specification) evaluated in Java over
 * the same data graph, giving the results RDF4J's ShaclSail gives ({@code GapRulesAgreementTest}) without building a
 * SHACL engine, compiling the shapes and loading the mapping edges on every request. Immutable, so thread-safe.
 */
final class GapRules {
    private static final String SHAPES = "https://w3id.org/crosswalk/shapes#";
    private static final Node PROVISION = CW.node("provision");
    private static final Node STATUS = CW.node("status");
    private static final Node REQUIREMENT = CW.node("Requirement");
    private static final Node MAPPING_EDGE = CW.node("MappingEdge");
    private static final Node SH_SPARQL = NodeFactory.createURI("http://www.w3.org/ns/shacl#sparql");
    private static final Node SH_MESSAGE = NodeFactory.createURI("http://www.w3.org/ns/shacl#message");
    private static final Node IMPLEMENTED = NodeFactory.createLiteralString("implemented");
    private static final Node PARTIAL = NodeFactory.createLiteralString("partial");
    private static final Node PLANNED = NodeFactory.createLiteralString("planned");
    private static final Node NOT_APPLICABLE = NodeFactory.createLiteralString("not-applicable");
    private static final Node EQUAL = CW.node("equal");
    private static final Node SUPERSET = CW.node("supersetOf");
    private static final Node SUBSET = CW.node("subsetOf");
    private static final Node INTERSECTS = CW.node("intersectsWith");
    private static final Node RELATED = CW.node("relatedEvidence");

    /** The ten constraints, by local name; each must be in the shapes with its message and severity. */
    private static final List<String> CONSTRAINTS = List.of("GapNotApplicable", "GapCoveredDirectly", "GapCoveredByEqual",
            "GapCoveredBySuperset", "GapPartialBySubset", "GapPartialByIntersection", "GapPartialControl", "GapPlannedOnly",
            "GapRelatedEvidence", "GapUncovered");

    private final Map<String, String> message = new HashMap<>();
    /** Predicates typed cw:MappingEdge in the edges graph. */
    private final Set<Node> mappingEdges;
    /** The edges graph indexed by requirement side: r → c → predicates of {@code c ?p r}. */
    private final Map<Node, Map<Node, Set<Node>>> incoming;

    /** Reads each constraint's message from {@code shapes}; {@code edges}: the coverage rule's, constant. */
    GapRules(Graph shapes, Graph edges) {
        // a constraint added to or renamed in the shapes has no Java here yet: refuse rather than answer differently
        Set<String> declared = new TreeSet<>();
        shapes.find(Node.ANY, SH_SPARQL, Node.ANY).forEach(t -> declared.add(t.getObject().isURI() ? t.getObject().getURI() : t.getObject().toString()));
        Set<String> known = new TreeSet<>();
        CONSTRAINTS.forEach(c -> known.add(SHAPES + c));
        if (!declared.equals(known)) {
            throw new IllegalStateException("The gap shapes declare the constraints " + declared + ", GapRules evaluates " + known
                    + ": change GapRules with the shapes (GapRulesAgreementTest compares them)");
        }
        for (String c : CONSTRAINTS) {
            Node n = NodeFactory.createURI(SHAPES + c);
            Node m = G.getZeroOrOneSP(shapes, n, SH_MESSAGE);
            if (m == null) throw new IllegalStateException("The gap shapes have no " + c + " with a message");
            message.put(c, m.getLiteralLexicalForm());
        }
        this.mappingEdges = Set.copyOf(edges.find(Node.ANY, RDF.type.asNode(), MAPPING_EDGE).mapWith(Triple::getSubject).toSet());
        this.incoming = index(edges, mappingEdges);
    }

    /** The results the gap shapes give over {@code data} together with the edges, in the validator's report order. */
    List<Violation> evaluate(Graph data) {
        Set<Node> typed = new HashSet<>(mappingEdges);
        data.find(Node.ANY, RDF.type.asNode(), MAPPING_EDGE).forEach(t -> typed.add(t.getSubject()));
        // edges stated in the data itself (none in the product's data graphs, but the shapes would read them)
        Map<Node, Map<Node, Set<Node>>> extra = index(data, typed);
        List<Control> controls = data.find(Node.ANY, STATUS, Node.ANY).mapWith(Triple::getSubject).toSet().stream()
                .map(x -> new Control(x, objects(data, x, PROVISION), objects(data, x, STATUS)))
                .filter(x -> !x.provisions().isEmpty()).toList();
        Set<Violation> out = new LinkedHashSet<>();
        for (Node req : data.find(Node.ANY, RDF.type.asNode(), REQUIREMENT).mapWith(Triple::getSubject).toSet()) {
            for (Node r : objects(data, req, PROVISION)) {
                Map<Node, Set<Node>> into = incoming.getOrDefault(r, Map.of());
                Map<Node, Set<Node>> intoExtra = extra.getOrDefault(r, Map.of());
                boolean covered = false;
                for (Control x : controls) {
                    for (Node c : x.provisions()) {
                        boolean same = c.equals(r);
                        Set<Node> rels = union(into.get(c), intoExtra.get(c));
                        boolean mapped = rels.stream().anyMatch(typed::contains);
                        for (Node s : x.statuses()) {
                            if (same && s.equals(NOT_APPLICABLE)) add(out, "GapNotApplicable", req, x.node());
                            if (same && s.equals(IMPLEMENTED)) add(out, "GapCoveredDirectly", req, x.node());
                            if (s.equals(IMPLEMENTED)) {
                                if (rels.contains(EQUAL)) add(out, "GapCoveredByEqual", req, x.node());
                                if (rels.contains(SUPERSET)) add(out, "GapCoveredBySuperset", req, x.node());
                                if (rels.contains(SUBSET)) add(out, "GapPartialBySubset", req, x.node());
                                if (rels.contains(INTERSECTS)) add(out, "GapPartialByIntersection", req, x.node());
                            }
                            if (s.equals(PARTIAL) && (same || mapped)) add(out, "GapPartialControl", req, x.node());
                            if (s.equals(PLANNED) && (same || mapped)) add(out, "GapPlannedOnly", req, x.node());
                            boolean counts = s.equals(IMPLEMENTED) || s.equals(PARTIAL);
                            if (counts && rels.contains(RELATED)) add(out, "GapRelatedEvidence", req, x.node());
                            if ((counts || s.equals(NOT_APPLICABLE)) && (same || (!s.equals(NOT_APPLICABLE) && mapped))) covered = true;
                        }
                    }
                }
                // SELECT $this only: the result's value is the focus node, as SHACL says for an unbound ?value
                if (!covered) add(out, "GapUncovered", req, req);
            }
        }
        List<Violation> sorted = new ArrayList<>(out);
        sorted.sort(Violation.REPORT_ORDER);
        return sorted;
    }

    /** A subject with a cw:status and a cw:provision: the only kind a constraint's ?value or ?x binds to. */
    private record Control(Node node, List<Node> provisions, List<Node> statuses) {}

    /** r → c → p for every {@code c p r} of {@code g} whose p is typed a mapping edge or is one a constraint names. */
    private static Map<Node, Map<Node, Set<Node>>> index(Graph g, Set<Node> typed) {
        Set<Node> predicates = new HashSet<>(typed);
        predicates.addAll(List.of(EQUAL, SUPERSET, SUBSET, INTERSECTS, RELATED));
        Map<Node, Map<Node, Set<Node>>> out = new HashMap<>();
        for (Node p : predicates) {
            g.find(Node.ANY, p, Node.ANY).forEach(t -> out.computeIfAbsent(t.getObject(), k -> new HashMap<>())
                    .computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(p));
        }
        return out;
    }

    private static Set<Node> union(Set<Node> a, Set<Node> b) {
        if (b == null) return a == null ? Set.of() : a;
        if (a == null) return b;
        Set<Node> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }

    private void add(Set<Violation> out, String constraint, Node focus, Node value) {
        String v = text(value);
        // RDF4J reports every SPARQL constraint's result as a violation, whatever its sh:severity (the report reads effects)
        out.add(new Violation(text(focus), null, SHAPES + constraint, message.get(constraint).replace("{?value}", v), v, "Violation"));
    }

    /** A node as the validator's report names it. */
    private static String text(Node n) {
        return n.isURI() ? n.getURI() : n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getLiteralLexicalForm();
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }
}
