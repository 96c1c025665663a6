package dev.crosswalk.gap;

import org.apache.jena.system.G;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.validate.Violation;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Turns the gap-shape results of one requirement into its status and evidence. */
final class StatusBuilder {
    private final Catalog catalog;
    private final CoverageChains chains;
    private final Graph profile;
    private final Map<String, String> controlStatus;

    StatusBuilder(Catalog catalog, CoverageChains chains, Graph profile, Map<String, String> controlStatus) {
        this.catalog = catalog;
        this.chains = chains;
        this.profile = profile;
        this.controlStatus = controlStatus;
    }

    GapReport.RequirementResult row(Provision requirement, List<Violation> results, List<String> systems) {
        List<GapReport.Coverage> coverage = new ArrayList<>();
        boolean notApplicable = false;
        boolean covered = false;
        boolean partial = false;
        for (Violation v : results) {
            String shape = v.shape().substring(v.shape().indexOf('#') + 1);
            if (shape.equals("GapUncovered") || v.value() == null) continue;
            String controlIri = G.getSP(profile, NodeFactory.createURI(v.value()), CW.node("provision")).getURI();
            String controlRef = catalog.provisionByIri(controlIri).map(Provision::ref).orElse(controlIri);
            String effect = switch (shape) {
                case "GapNotApplicable" -> "not-applicable";
                case "GapCoveredDirectly", "GapCoveredByEqual", "GapCoveredBySuperset" -> "covers";
                case "GapPlannedOnly" -> "planned";
                default -> "partial";
            };
            notApplicable |= effect.equals("not-applicable");
            covered |= effect.equals("covers");
            partial |= effect.equals("partial");
            if (coverage.stream().anyMatch(c -> c.control().equals(controlRef) && c.effect().equals(effect))) continue;
            CoverageChains.Carried carried = chains.carry(controlIri, requirement);
            coverage.add(new GapReport.Coverage(controlRef, controlStatus.get(controlRef), effect, carried.relation(), carried.steps()));
        }
        String status = notApplicable ? "not-applicable" : covered ? "covered" : partial ? "partial" : "gap";
        coverage.sort(java.util.Comparator.comparingInt((GapReport.Coverage c) -> order(c.effect())).thenComparing(GapReport.Coverage::control));
        return new GapReport.RequirementResult(requirement.ref(), requirement.title(), status, coverage, systems);
    }

    private static int order(String effect) {
        return switch (effect) {
            case "not-applicable" -> 0;
            case "covers" -> 1;
            case "partial" -> 2;
            default -> 3;
        };
    }
}
