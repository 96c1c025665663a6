package dev.crosswalk.gap;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.mapping.CoverageRule;
import dev.crosswalk.validate.Violation;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.G;

/** Turns the gap-shape results of one requirement into its status and evidence. */
final class StatusBuilder {
    private final Catalog catalog;
    private final CoverageRule rule;
    private final Graph profile;

    /** {@code profile}: the prepared profile graph, certified clauses included. */
    StatusBuilder(Catalog catalog, CoverageRule rule, Graph profile) {
        this.catalog = catalog;
        this.rule = rule;
        this.profile = profile;
    }

    /**
     * What a gap shape's result does for its requirement. A shape this code does not know is an
     * error: a new or renamed shape must say what it means here, never fall through to "partial".
     */
    static String effectOf(String shape) {
        return switch (shape) {
            case "GapNotApplicable" -> "not-applicable";
            case "GapCoveredDirectly", "GapCoveredByEqual", "GapCoveredBySuperset" -> "covers";
            case "GapPartialBySubset", "GapPartialByIntersection", "GapPartialControl" -> "partial";
            case "GapPlannedOnly" -> "planned";
            case "GapRelatedEvidence" -> "related";
            case "GapUncovered" -> "gap";
            default -> throw new IllegalStateException("Unknown gap shape '" + shape
                    + "' in ontology/shapes/gaps.shacl.ttl: StatusBuilder.effectOf must say what its results mean.");
        };
    }

    GapReport.RequirementResult row(Provision requirement, List<Violation> results, List<String> systems) {
        List<GapReport.Coverage> coverage = new ArrayList<>();
        boolean notApplicable = false;
        boolean covered = false;
        boolean partial = false;
        for (Violation v : results) {
            String effect = effectOf(v.shape().substring(v.shape().indexOf('#') + 1));
            if (effect.equals("gap") || v.value() == null) continue;
            Node implementation = NodeFactory.createURI(v.value());
            String controlIri = object(implementation, "provision").orElseThrow().getURI();
            String controlRef = catalog.provisionByIri(controlIri).map(Provision::ref).orElse(controlIri);
            notApplicable |= effect.equals("not-applicable");
            covered |= effect.equals("covers");
            partial |= effect.equals("partial");
            if (coverage.stream().anyMatch(c -> c.control().equals(controlRef) && c.effect().equals(effect))) continue;
            coverage.add(coverage(implementation, controlIri, controlRef, requirement, effect));
        }
        String status = notApplicable ? "not-applicable" : covered ? "covered" : partial ? "partial" : "gap";
        coverage.sort(Comparator.comparingInt((GapReport.Coverage c) -> order(c.effect())).thenComparing(GapReport.Coverage::control));
        return new GapReport.RequirementResult(requirement.ref(), requirement.title(), status, coverage, systems);
    }

    /** One control's entry: its status and evidence (the certificate for a certified clause) and the evidence chain the rule chose. */
    private GapReport.Coverage coverage(Node implementation, String controlIri, String controlRef, Provision requirement, String effect) {
        String status = object(implementation, "status").map(Node::getLiteralLexicalForm).orElse(null);
        List<String> evidence = profile.find(implementation, CW.node("evidence"), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
                .toList().stream().sorted().toList();
        String certifiedBy = object(implementation, "certifiedBy").flatMap(ms -> object(ms, "standard"))
                .map(Node::getLiteralLexicalForm).orElse(null);
        if (controlIri.equals(requirement.iri())) {
            return new GapReport.Coverage(controlRef, status, effect, "same", List.of(), certifiedBy, evidence, null);
        }
        Optional<CoverageRule.Verdict> verdict = rule.assess(controlIri, requirement.iri());
        if (verdict.isEmpty()) {
            // only a shape without a mapping (not-applicable on another provision does not reach here)
            return new GapReport.Coverage(controlRef, status, effect, null, List.of(), certifiedBy, evidence, null);
        }
        CoverageRule.Evidence best = verdict.get().best();
        List<GapReport.Step> chain = best.steps().stream().map(s -> new GapReport.Step(rule.ref(s.from()), rule.ref(s.to()),
                s.relation().label(), s.strength(), s.mappingSet(), s.mapping())).toList();
        String note = best.counts() ? null : String.join("; ", best.objections());
        return new GapReport.Coverage(controlRef, status, effect, best.relation().label(), chain, certifiedBy, evidence, note);
    }

    private Optional<Node> object(Node s, String local) {
        return Optional.ofNullable(G.getZeroOrOneSP(profile, s, CW.node(local)));
    }

    private static int order(String effect) {
        return switch (effect) {
            case "not-applicable" -> 0;
            case "covers" -> 1;
            case "partial" -> 2;
            case "planned" -> 3;
            default -> 4;
        };
    }
}
