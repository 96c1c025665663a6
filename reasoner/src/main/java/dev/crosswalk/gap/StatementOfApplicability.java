package dev.crosswalk.gap;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.lookup.CrosswalkLookup;
import dev.crosswalk.lookup.MappingEdge;
import dev.crosswalk.mapping.Effect;
import dev.crosswalk.mapping.Relation;
import dev.crosswalk.profile.OrganisationProfile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ISO/IEC 42001 Statement of Applicability: all 38 Annex A controls, from the profile and the gap
 * analysis (so a status derived through mappings follows the coverage rule, certified clauses included).
 */
public final class StatementOfApplicability {
    private final Catalog catalog;
    private final CrosswalkLookup lookup;
    private final GapAnalysis gaps;

    public StatementOfApplicability(Catalog catalog, CrosswalkLookup lookup, GapAnalysis gaps) {
        this.catalog = catalog;
        this.lookup = lookup;
        this.gaps = gaps;
    }

    /** One Annex A control: whether it applies, its implementation status, evidence, related provisions and its gap status. */
    public record Entry(String provision, String title, boolean applicable, String justification, SoaStatus status,
                        List<String> evidence, List<String> related, GapStatus coverage) {}

    public record Soa(String organisation, List<Entry> controls) {}

    public Soa build(OrganisationProfile profile) {
        List<String> frameworks = new ArrayList<>(profile.scope().frameworks());
        if (!frameworks.contains("iso42001")) frameworks.add("iso42001");
        OrganisationProfile scoped = new OrganisationProfile(profile.organisation(), profile.managementSystems(),
                new OrganisationProfile.Scope(frameworks), profile.aiSystems(), profile.controls());
        GapReport report = gaps.analyse(scoped);
        Map<String, GapReport.RequirementResult> rows = report.frameworks().stream()
                .filter(f -> f.framework().equals("iso42001")).flatMap(f -> f.requirements().stream())
                .collect(Collectors.toMap(GapReport.RequirementResult::provision, Function.identity()));
        Map<String, OrganisationProfile.ControlStatus> declared = profile.controls().stream()
                .collect(Collectors.toMap(OrganisationProfile.ControlStatus::provision, Function.identity(), (a, b) -> a));
        List<Entry> out = new ArrayList<>();
        for (Provision control : catalog.provisions("iso42001").stream().filter(p -> p.type().equals("Control")).toList()) {
            OrganisationProfile.ControlStatus own = declared.get(control.ref());
            GapReport.RequirementResult row = rows.get(control.ref());
            boolean applicable = own == null || !"not-applicable".equals(own.status());
            Set<String> evidence = new LinkedHashSet<>();
            if (own != null) evidence.addAll(own.evidence());
            // evidence of what counts toward the control (covers or partial), not of related or planned controls
            if (row != null) row.coveredBy().stream()
                    .filter(c -> !c.control().equals(control.ref()) && (c.effect() == Effect.COVERS || c.effect() == Effect.PARTIAL))
                    .forEach(c -> c.evidence().forEach(e -> evidence.add(e + " (" + c.control() + ")")));
            SoaStatus status = !applicable ? SoaStatus.EXCLUDED : own != null ? SoaStatus.declared(own.status())
                    : row == null ? SoaStatus.NOT_IMPLEMENTED : SoaStatus.derived(row.status());
            List<String> related = lookup.direct(control, null, 1).stream()
                    .filter(e -> e.relation() != Relation.NO_RELATIONSHIP && !e.to().startsWith("sssom:"))
                    .filter(e -> e.toFramework().equals("eu-ai-act") || e.toFramework().equals("iso27001"))
                    .map(MappingEdge::to).distinct().toList();
            out.add(new Entry(control.ref(), control.title(), applicable, own == null ? null : own.justification(), status,
                    List.copyOf(evidence), related, row == null ? null : row.status()));
        }
        return new Soa(profile.organisation().id(), out);
    }
}
