package dev.crosswalk.gap;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.mapping.Bearing;
import dev.crosswalk.mapping.CoverageRule;
import dev.crosswalk.mapping.Effect;
import dev.crosswalk.validate.Violation;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.G;

/** Turns the gap-shape results of one requirement into its status and evidence, by the effect each shape declares. */
final class StatusBuilder {
    private final Catalog catalog;
    private final CoverageRule rule;
    private final GapEffects shapes;
    private final Graph profile;

    /** {@code shapes}: what each gap shape's results mean; {@code profile}: the prepared profile graph, certified clauses included. */
    StatusBuilder(Catalog catalog, CoverageRule rule, GapEffects shapes, Graph profile) {
        this.catalog = catalog;
        this.rule = rule;
        this.shapes = shapes;
        this.profile = profile;
    }

    GapReport.RequirementResult row(Provision requirement, List<Violation> results, List<String> systems) {
        List<GapReport.Coverage> coverage = new ArrayList<>();
        Set<Effect> effects = EnumSet.noneOf(Effect.class);
        for (Violation v : results) {
            Effect effect = shapes.of(v.shape());
            if (effect == Effect.GAP || v.value() == null) continue;
            effects.add(effect);
            Node implementation = NodeFactory.createURI(v.value());
            String controlIri = object(implementation, "provision").orElseThrow().getURI();
            String controlRef = catalog.provisionByIri(controlIri).map(Provision::ref).orElse(controlIri);
            if (coverage.stream().anyMatch(c -> c.control().equals(controlRef) && c.effect() == effect)) continue;
            coverage.add(coverage(implementation, controlIri, controlRef, requirement, effect));
        }
        coverage.sort(Comparator.comparing(GapReport.Coverage::effect).thenComparing(GapReport.Coverage::control));
        return new GapReport.RequirementResult(requirement.ref(), requirement.title(), GapStatus.of(effects), coverage, systems);
    }

    /** One control's entry: its status and evidence (the certificate for a certified clause) and the evidence chain the rule chose. */
    private GapReport.Coverage coverage(Node implementation, String controlIri, String controlRef, Provision requirement, Effect effect) {
        String status = object(implementation, "status").map(Node::getLiteralLexicalForm).orElse(null);
        List<String> evidence = profile.find(implementation, CW.node("evidence"), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
                .toList().stream().sorted().toList();
        String certifiedBy = object(implementation, "certifiedBy").flatMap(ms -> object(ms, "standard"))
                .map(Node::getLiteralLexicalForm).orElse(null);
        if (controlIri.equals(requirement.iri())) {
            return new GapReport.Coverage(controlRef, status, effect, Bearing.SAME, List.of(), certifiedBy, evidence, null);
        }
        Optional<CoverageRule.Verdict> verdict = rule.assess(controlIri, requirement.iri());
        if (verdict.isEmpty()) {
            // only a shape without a mapping (not-applicable on another provision does not reach here)
            return new GapReport.Coverage(controlRef, status, effect, null, List.of(), certifiedBy, evidence, null);
        }
        CoverageRule.Evidence best = verdict.get().best();
        List<GapReport.Step> chain = best.steps().stream().map(s -> new GapReport.Step(rule.ref(s.from()), rule.ref(s.to()),
                s.relation(), s.strength(), s.mappingSet(), s.mapping())).toList();
        String note = best.counts() ? null : String.join("; ", best.objections());
        return new GapReport.Coverage(controlRef, status, effect, best.relation(), chain, certifiedBy, evidence, note);
    }

    private Optional<Node> object(Node s, String local) {
        return Optional.ofNullable(G.getZeroOrOneSP(profile, s, CW.node(local)));
    }
}
