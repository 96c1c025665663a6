package dev.crosswalk.mapping;

import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The coverage rule (docs/coverage-rule.md): whether the mapping evidence from a control to a
 * requirement covers it, covers part of it, or is only related evidence. Gap analysis (through
 * {@link #edges()}), the Statement of Applicability, the IMS plan, explain and presumptions all
 * read the mappings through this one class.
 */
public final class CoverageRule {
    /** Strengths 1–3 are "weak/tangential" (docs/mapping-conventions.md): related evidence, never coverage. */
    public static final int MIN_STRENGTH = 4;
    /** The edge a pair gets when it has evidence but none of it counts; not a cw:MappingEdge, so no gap shape counts it. */
    public static final Node RELATED_EVIDENCE = CW.node("relatedEvidence");

    /** One asserted mapping on the evidence, read in the direction control → requirement (IRIs). */
    public record Step(String from, String to, Relation relation, int strength, String mapping, String mappingSet,
                       boolean reversed) {}

    /**
     * One asserted mapping or chain from a control to a requirement (IRIs), the relation read from the
     * control's side, and why it does not count ({@code objections}, empty when it counts).
     */
    public record Evidence(String control, String requirement, Relation relation, int strength, boolean inferred,
                           String mapping, List<Step> steps, List<String> objections) {
        public boolean counts() {
            return objections.isEmpty();
        }

        public Effect effect() {
            return !counts() ? Effect.RELATED : relation.coversAll() ? Effect.COVERS : Effect.PARTIAL;
        }
    }

    /** All the evidence from one control to one requirement; the best piece decides the effect (covers, partial or related). */
    public record Verdict(String control, String requirement, Effect effect, Evidence best, List<Evidence> evidence) {
        public boolean counts() {
            return effect != Effect.RELATED;
        }
    }

    /** Counting evidence before related, then {@link Relation#BY_COVERAGE}, then stronger, shorter, by id. */
    public static final Comparator<Evidence> BEST_FIRST = Comparator.comparing((Evidence e) -> !e.counts())
            .thenComparing(Evidence::relation, Relation.BY_COVERAGE)
            .thenComparing(Comparator.comparingInt(Evidence::strength).reversed())
            .thenComparingInt(e -> e.steps().size())
            .thenComparing(Evidence::mapping);

    private final Graph graph;
    private final Map<String, String> refs = new ConcurrentHashMap<>();
    private final Map<String, String> frameworks = new ConcurrentHashMap<>();
    /** provision IRI → framework id → the mapping set stating that nothing in that framework corresponds to it. */
    private final Map<String, Map<String, String>> nothingIn = new HashMap<>();
    /** "a|b" → the mapping set stating that a and b have no relationship. */
    private final Map<String, String> unrelated = new HashMap<>();
    /** requirement IRI → control IRI → verdict. */
    private final Map<String, Map<String, Verdict>> verdicts = new LinkedHashMap<>();
    private final Graph edges = GraphFactory.createDefaultGraph();

    private CoverageRule(Graph graph) {
        this.graph = graph;
    }

    /** Reads every curated mapping (cw:Mapping) and every materialised chain (cw:InferredMapping) of {@code reference}. */
    public static CoverageRule of(Graph reference) {
        CoverageRule rule = new CoverageRule(reference);
        rule.build();
        return rule;
    }

    /** The verdict for one pair (IRIs), if any mapping or chain connects them. */
    public Optional<Verdict> assess(String controlIri, String requirementIri) {
        return Optional.ofNullable(verdicts.getOrDefault(requirementIri, Map.of()).get(controlIri));
    }

    /** Every control with evidence toward {@code requirementIri}, best verdict first. */
    public List<Verdict> verdictsFor(String requirementIri) {
        List<Verdict> out = new ArrayList<>(verdicts.getOrDefault(requirementIri, Map.of()).values());
        out.sort(Comparator.comparing(Verdict::best, BEST_FIRST).thenComparing(Verdict::control));
        return out;
    }

    /**
     * The edges the gap shapes and presumption rules read, one per ordered pair and written from the
     * control's side: {@code control cw:<relation> requirement} for the best counting evidence, or
     * {@code control cw:relatedEvidence requirement} when nothing counts; plus the cw:MappingEdge typing.
     */
    public Graph edges() {
        return edges;
    }

    /** {@code <framework-id>:<notation>} of a provision IRI (the IRI itself when it is not a provision). */
    public String ref(String iri) {
        return refs.computeIfAbsent(iri, i -> {
            String fw = framework(i);
            Optional<String> notation = text(NodeFactory.createURI(i), SKOS.notation.asNode());
            return fw == null || notation.isEmpty() ? i : fw + ":" + notation.get();
        });
    }

    private void build() {
        Map<String, Map<String, List<Evidence>>> found = new LinkedHashMap<>();
        List<Evidence> raw = new ArrayList<>();
        for (Triple t : graph.find(Node.ANY, RDF.type.asNode(), CW.Mapping.asNode()).toList()) readAsserted(t.getSubject(), raw);
        for (Triple t : graph.find(Node.ANY, RDF.type.asNode(), CW.InferredMapping.asNode()).toList()) readInferred(t.getSubject(), raw);
        // objections need every no-relationship statement, so they are judged after all rows are read
        for (Evidence e : raw) {
            Evidence judged = new Evidence(e.control(), e.requirement(), e.relation(), e.strength(), e.inferred(), e.mapping(),
                    e.steps(), objections(e));
            found.computeIfAbsent(e.requirement(), k -> new LinkedHashMap<>()).computeIfAbsent(e.control(), k -> new ArrayList<>()).add(judged);
        }
        found.forEach((requirement, byControl) -> byControl.forEach((control, list) -> {
            list.sort(BEST_FIRST);
            Evidence best = list.get(0);
            Verdict v = new Verdict(control, requirement, best.effect(), best, List.copyOf(list));
            verdicts.computeIfAbsent(requirement, k -> new LinkedHashMap<>()).put(control, v);
            Node predicate = v.counts() ? NodeFactory.createURI(best.relation().predicateIri()) : RELATED_EVIDENCE;
            edges.add(Triple.create(NodeFactory.createURI(control), predicate, NodeFactory.createURI(requirement)));
        }));
        for (Relation r : Relation.values()) {
            if (r != Relation.NO_RELATIONSHIP) {
                edges.add(Triple.create(NodeFactory.createURI(r.predicateIri()), RDF.type.asNode(), CW.node("MappingEdge")));
            }
        }
    }

    private void readAsserted(Node m, List<Evidence> out) {
        Optional<String> s = iri(m, CW.subject.asNode());
        Optional<String> o = iri(m, CW.object.asNode());
        Optional<Relation> rel = text(m, CW.relation.asNode()).flatMap(Relation::fromLabel);
        if (s.isEmpty() || o.isEmpty() || rel.isEmpty()) return;
        Node set = G.getOneSP(graph, m, CW.inMappingSet.asNode());
        String setId = text(set, DCTerms.identifier.asNode()).orElse(set.toString());
        if (rel.get() == Relation.NO_RELATIONSHIP) {
            if (s.get().equals(CW.NO_TERM_FOUND)) {
                frameworkOf(set, CW.fromFramework.asNode()).ifPresent(fw -> nothingIn(o.get(), fw, setId));
            } else if (o.get().equals(CW.NO_TERM_FOUND)) {
                frameworkOf(set, CW.toFramework.asNode()).ifPresent(fw -> nothingIn(s.get(), fw, setId));
            } else {
                unrelated.put(s.get() + "|" + o.get(), setId);
                unrelated.put(o.get() + "|" + s.get(), setId);
            }
            return;
        }
        if (s.get().equals(CW.NO_TERM_FOUND) || o.get().equals(CW.NO_TERM_FOUND)) return;
        int k = text(m, CW.strength.asNode()).map(Integer::parseInt).orElse(0);
        Relation r = rel.get();
        out.add(new Evidence(s.get(), o.get(), r, k, false, m.getURI(),
                List.of(new Step(s.get(), o.get(), r, k, m.getURI(), setId, false)), List.of()));
        out.add(new Evidence(o.get(), s.get(), r.converse(), k, false, m.getURI(),
                List.of(new Step(o.get(), s.get(), r.converse(), k, m.getURI(), setId, true)), List.of()));
    }

    private void readInferred(Node chain, List<Evidence> out) {
        Optional<String> a = iri(chain, CW.subject.asNode());
        Optional<String> c = iri(chain, CW.object.asNode());
        Optional<Relation> rel = text(chain, CW.relation.asNode()).flatMap(Relation::fromLabel);
        if (a.isEmpty() || c.isEmpty() || rel.isEmpty()) return;
        List<Step> steps = ChainLinks.of(graph, chain).stream().map(l -> new Step(l.from().getURI(), l.to().getURI(),
                l.relation(), l.strength(), l.mapping().getURI(),
                object(l.mapping(), CW.inMappingSet.asNode()).flatMap(set -> text(set, DCTerms.identifier.asNode())).orElse(null),
                l.reversed())).toList();
        out.add(new Evidence(a.get(), c.get(), rel.get(), text(chain, CW.strength.asNode()).map(Integer::parseInt).orElse(0),
                true, chain.getURI(), steps, List.of()));
    }

    /**
     * Why evidence does not count: a no-relationship statement between the control or the requirement
     * and anything the evidence passes through (a provision, or its whole framework), or a strength
     * below {@link #MIN_STRENGTH}. Checked from both ends so the verdict does not depend on the direction read.
     */
    private List<String> objections(Evidence e) {
        Set<String> out = new LinkedHashSet<>();
        List<String> path = new ArrayList<>();
        path.add(e.control());
        e.steps().forEach(s -> path.add(s.to()));
        for (String end : List.of(e.control(), e.requirement())) {
            for (String other : path) {
                if (other.equals(end)) continue;
                String fw = framework(other);
                String set = fw == null ? null : nothingIn.getOrDefault(end, Map.of()).get(fw);
                if (set != null) out.add(noneIn(set, fw, end));
                String endFw = framework(end);
                String back = endFw == null ? null : nothingIn.getOrDefault(other, Map.of()).get(endFw);
                if (back != null) out.add(noneIn(back, endFw, other));
                String pair = unrelated.get(end + "|" + other);
                if (pair != null) {
                    out.add("mapping set " + pair + " states that " + ref(end) + " and " + ref(other) + " have no relationship");
                }
            }
        }
        if (e.strength() < MIN_STRENGTH) {
            out.add("strength " + e.strength() + " is below the minimum strength " + MIN_STRENGTH);
        }
        return List.copyOf(out);
    }

    private String noneIn(String set, String framework, String provision) {
        return "mapping set " + set + " states that nothing in " + framework + " corresponds to " + ref(provision)
                + " (no-relationship)";
    }

    private void nothingIn(String provision, String framework, String set) {
        nothingIn.computeIfAbsent(provision, k -> new HashMap<>()).put(framework, set);
    }

    private Optional<String> frameworkOf(Node set, Node p) {
        return iri(set, p).filter(i -> i.startsWith(CW.ID)).map(i -> i.substring(CW.ID.length()));
    }

    /** The framework id of a provision IRI, from its skos:inScheme. */
    private String framework(String iri) {
        return frameworks.computeIfAbsent(iri, i -> iri(NodeFactory.createURI(i), SKOS.inScheme.asNode())
                .filter(u -> u.startsWith(CW.ID)).map(u -> u.substring(CW.ID.length())).orElse(null));
    }

    private Optional<Node> object(Node s, Node p) {
        return Optional.ofNullable(G.getSP(graph, s, p));
    }

    private Optional<String> iri(Node s, Node p) {
        return object(s, p).filter(Node::isURI).map(Node::getURI);
    }

    private Optional<String> text(Node s, Node p) {
        return object(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }
}
