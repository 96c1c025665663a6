package dev.crosswalk.lookup;

import org.apache.jena.system.G;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
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
    private static final List<String> ORDER = List.of("equal", "subset-of", "superset-of", "intersects-with");
    private final Catalog catalog;
    private final CrosswalkLookup lookup;
    private final Graph graph;

    public ChainExplainer(Catalog catalog, CrosswalkLookup lookup, Graph referenceUnion) {
        this.catalog = catalog;
        this.lookup = lookup;
        this.graph = referenceUnion;
    }

    /** Every chain and every asserted mapping between {@code from} and {@code to}. */
    public Explanation explain(Provision from, Provision to) {
        List<MappingEdge> asserted = lookup.direct(from, to.frameworkId(), 1).stream()
                .filter(e -> e.to().equals(to.ref())).toList();
        List<Chain> chains = chains(from).stream()
                .filter(c -> c.steps().get(c.steps().size() - 1).to().equals(to.ref()))
                .sorted(BY_STRENGTH).toList();
        boolean related = !asserted.isEmpty() || !chains.isEmpty();
        String text;
        if (!related) {
            text = "No asserted mapping and no chain of up to 3 mappings connects " + from.ref() + " and " + to.ref()
                    + ". Chains only follow equal, subset-of, superset-of and intersects-with in sound compositions.";
        } else {
            text = asserted.size() + " asserted mapping(s) and " + chains.size() + " chain(s) of asserted mappings relate "
                    + from.ref() + " to " + to.ref() + (chains.isEmpty() ? "." : "; the strongest chain says "
                    + chains.get(0).relation() + " with strength " + chains.get(0).strength() + " (its weakest link).");
        }
        return new Explanation(from.ref(), to.ref(), related, asserted, chains, text);
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

    private static final Comparator<Chain> BY_STRENGTH = Comparator
            .comparingInt((Chain c) -> ORDER.indexOf(c.relation()))
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
            out.add(new Chain(m.getURI(), text(m, CW.relation.asNode()), Integer.parseInt(text(m, CW.strength.asNode())),
                    Double.parseDouble(Optional.ofNullable(text(m, CW.confidence.asNode())).orElse("0")), steps.size(),
                    "semapv:MappingChaining", steps));
        }
        return out;
    }

    /** Depth-first over prefix/step: the asserted steps of a chain in order. */
    private void collectSteps(Node link, List<ChainStep> steps) {
        Optional<Node> prefix = object(link, CW.prefix.asNode());
        if (prefix.isPresent()) {
            collectSteps(prefix.get(), steps);
            collectSteps(object(link, CW.step.asNode()).orElseThrow(), steps);
            return;
        }
        Node mapping = object(link, CW.via.asNode()).orElseThrow();
        Node set = object(mapping, CW.inMappingSet.asNode()).orElseThrow();
        steps.add(new ChainStep(ref(object(link, CW.linkFrom.asNode()).orElseThrow()), ref(object(link, CW.linkTo.asNode()).orElseThrow()),
                text(link, CW.linkRelation.asNode()), Integer.parseInt(text(link, CW.linkStrength.asNode())),
                Double.parseDouble(text(mapping, CW.confidence.asNode())), text(mapping, CW.rationale.asNode()),
                text(set, DCTerms.identifier.asNode()), mapping.getURI(), "true".equals(text(link, CW.reversed.asNode()))));
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
