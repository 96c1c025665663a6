package dev.crosswalk.gap;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.lookup.Chain;
import dev.crosswalk.lookup.ChainExplainer;
import dev.crosswalk.lookup.Explanation;
import dev.crosswalk.lookup.MappingEdge;
import java.util.List;

/** The mapping rows (asserted, or the best chain) that carry a control to a requirement. */
final class CoverageChains {
    private final Catalog catalog;
    private final ChainExplainer explainer;

    CoverageChains(Catalog catalog, ChainExplainer explainer) {
        this.catalog = catalog;
        this.explainer = explainer;
    }

    /** The relation read from the control's side and the steps; empty steps when control and requirement are the same. */
    Carried carry(String controlIri, Provision requirement) {
        if (controlIri.equals(requirement.iri())) return new Carried("same", List.of());
        Provision control = catalog.provisionByIri(controlIri).orElseThrow();
        Explanation e = explainer.explain(control, requirement);
        if (!e.asserted().isEmpty()) {
            MappingEdge best = e.asserted().stream().min(java.util.Comparator.comparingInt(m -> rank(m.relation()))).orElseThrow();
            return new Carried(best.relation(), List.of(new GapReport.Step(best.from(), best.to(), best.relation(), best.strength(),
                    best.mappingSet(), best.mapping())));
        }
        if (!e.chains().isEmpty()) {
            Chain c = e.chains().get(0);
            return new Carried(c.relation(), c.steps().stream().map(s -> new GapReport.Step(s.from(), s.to(), s.relation(),
                    s.strength(), s.mappingSet(), s.mapping())).toList());
        }
        return new Carried("related", List.of());
    }

    private static int rank(String relation) {
        return switch (relation) {
            case "equal" -> 0;
            case "superset-of" -> 1;
            case "subset-of" -> 2;
            case "intersects-with" -> 3;
            default -> 4;
        };
    }

    record Carried(String relation, List<GapReport.Step> steps) {}
}
