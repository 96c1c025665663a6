package dev.crosswalk.lookup;

import org.apache.jena.system.G;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.mapping.ChainLinks;
import dev.crosswalk.mapping.CoverageRule;
import dev.crosswalk.mapping.Effect;
import dev.crosswalk.mapping.Relation;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads the materialised chains (cw:InferredMapping, built by reasoner/rules/chaining.rules) back
 * into steps, for explanations and inferred crosswalk rows.
 */
public final class ChainExplainer {
    private final Catalog catalog;
    private final CrosswalkLookup lookup;
    private final Graph graph;
    private final CoverageRule rule;

    public ChainExplainer(Catalog catalog, CrosswalkLookup lookup, Graph referenceUnion, CoverageRule rule) {
        this.catalog = catalog;
        this.lookup = lookup;
        this.graph = referenceUnion;
        this.rule = rule;
    }

    /**
     * Every chain and every asserted mapping between {@code from} and {@code to}, and what they amount
     * to under the coverage rule with {@code from} read as the control and {@code to} as the requirement.
     */
    public Explanation explain(Provision from, Provision to) {
        List<MappingEdge> asserted = lookup.direct(from, to.frameworkId(), 1).stream()
                .filter(e -> e.to().equals(to.ref()))
                .sorted(Comparator.comparing(MappingEdge::relation, Relation.BY_COVERAGE)
                        .thenComparing(Comparator.comparingInt(MappingEdge::strength).reversed()))
                .toList();
        List<Chain> chains = chains(from).stream()
                .filter(c -> c.steps().get(c.steps().size() - 1).to().equals(to.ref()))
                .sorted(BY_STRENGTH).toList();
        boolean related = !asserted.isEmpty() || !chains.isEmpty();
        Explanation.Coverage coverage = coverage(from, to);
        String text;
        if (!related) {
            text = "No asserted mapping and no chain of up to 3 mappings connects " + from.ref() + " and " + to.ref()
                    + ". Chains only follow equal, subset-of, superset-of and intersects-with in sound compositions.";
        } else {
            text = asserted.size() + " asserted mapping(s) and " + chains.size() + " chain(s) of asserted mappings relate "
                    + from.ref() + " to " + to.ref() + (chains.isEmpty() ? "." : "; the strongest chain says "
                    + chains.get(0).relation().label() + " with strength " + chains.get(0).strength() + " (its weakest link).");
        }
        if (coverage.effect() != Effect.NONE) {
            text += " Under the coverage rule (docs/coverage-rule.md) " + from.ref() + " as a control "
                    + switch (coverage.effect()) {
                        case COVERS -> "covers " + to.ref() + " (" + coverage.relation().label() + ", strength " + coverage.strength() + ").";
                        case PARTIAL -> "covers part of " + to.ref() + " (" + coverage.relation().label() + ", strength " + coverage.strength() + ").";
                        default -> "is only related evidence for " + to.ref() + ": " + String.join("; ", coverage.objections()) + ".";
                    };
        }
        return new Explanation(from.ref(), to.ref(), related, asserted, chains, coverage, text);
    }

    private Explanation.Coverage coverage(Provision from, Provision to) {
        return rule.assess(from.iri(), to.iri()).map(v -> new Explanation.Coverage(v.effect(), v.best().relation(),
                        v.best().strength(), v.best().inferred() ? "chain" : "asserted", CoverageRule.MIN_STRENGTH, v.best().objections()))
                .orElse(new Explanation.Coverage(Effect.NONE, null, null, null, CoverageRule.MIN_STRENGTH, List.of()));
    }

    /**
     * Inferred crosswalk rows of {@code from}: per target the best chain (strongest relation, then
     * strength), leaving out targets that already have an asserted mapping.
     */
    public List<InferredEdge> inferred(Provision from, String toFramework, int minStrength, List<MappingEdge> asserted) {
        var direct = asserted.stream().map(MappingEdge::to).collect(Collectors.toSet());
        Map<String, List<Chain>> byTarget = chains(from).stream()
                .collect(Collectors.groupingBy(c -> c.steps().get(c.steps().size() - 1).to()));
        List<InferredEdge> out = new ArrayList<>();
        byTarget.forEach((target, cs) -> {
            if (direct.contains(target)) return;
            Optional<Provision> t = catalog.provision(dev.crosswalk.catalog.ProvisionRef.parse(target));
            if (t.isEmpty() || (toFramework != null && !toFramework.equals(t.get().frameworkId()))) return;
            Chain best = cs.stream().sorted(BY_STRENGTH).findFirst().orElseThrow();
            if (best.strength() < minStrength) return;
            out.add(new InferredEdge(from.ref(), target, t.get().title(), t.get().frameworkId(), best.relation(),
                    best.strength(), best.confidence(), best.justification(), cs.size(), best));
        });
        out.sort(Comparator.comparingInt((InferredEdge e) -> -e.strength()).thenComparing(InferredEdge::to));
        return out;
    }

    /** The relation order of {@link Relation#BY_COVERAGE}, then the strongest, shortest chain. */
    public static final Comparator<Chain> BY_STRENGTH = Comparator
            .comparing(Chain::relation, Relation.BY_COVERAGE)
            .thenComparing(Comparator.comparingInt(Chain::strength).reversed())
            .thenComparingInt(Chain::depth)
            .thenComparing(Chain::mapping);

    private List<Chain> chains(Provision from) {
        Node f = NodeFactory.createURI(from.iri());
        List<Chain> out = new ArrayList<>();
        for (Triple t : graph.find(Node.ANY, CW.subject.asNode(), f).toList()) {
            Node m = t.getSubject();
            if (!graph.contains(m, RDF.type.asNode(), CW.InferredMapping.asNode())) continue;
            List<ChainStep> steps = new ArrayList<>();
            collectSteps(m, steps);
            out.add(new Chain(m.getURI(), Relation.of(text(m, CW.relation.asNode())), Integer.parseInt(text(m, CW.strength.asNode())),
                    Double.parseDouble(Optional.ofNullable(text(m, CW.confidence.asNode())).orElse("0")), steps.size(),
                    "semapv:MappingChaining", steps));
        }
        return out;
    }

    /** The asserted steps of a chain in order. */
    private void collectSteps(Node chain, List<ChainStep> steps) {
        for (ChainLinks.Link l : ChainLinks.of(graph, chain)) {
            Node set = object(l.mapping(), CW.inMappingSet.asNode()).orElseThrow();
            steps.add(new ChainStep(ref(l.from()), ref(l.to()), l.relation(), l.strength(),
                    Double.parseDouble(text(l.mapping(), CW.confidence.asNode())), text(l.mapping(), CW.rationale.asNode()),
                    text(set, DCTerms.identifier.asNode()), l.mapping().getURI(), l.reversed()));
        }
    }

    private String ref(Node provision) {
        return catalog.provisionByIri(provision.getURI()).map(Provision::ref).orElse(provision.getURI());
    }

    private Optional<Node> object(Node s, Node p) {
        return Optional.ofNullable(G.getSP(graph, s, p));
    }

    private String text(Node s, Node p) {
        return object(s, p).map(o -> o.isLiteral() ? o.getLiteralLexicalForm() : o.toString()).orElse(null);
    }
}
