package dev.crosswalk.change;

import dev.crosswalk.catalog.AmendingAct;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Timelines;
import dev.crosswalk.classify.AiSystem;
import dev.crosswalk.classify.Classification;
import dev.crosswalk.classify.Obligation;
import dev.crosswalk.gap.GapAnalysis;
import dev.crosswalk.gap.GapReport;
import dev.crosswalk.gap.GapStatus;
import dev.crosswalk.profile.OrganisationProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Regulatory change impact for one organisation: its profile analysed twice, every AI system on each
 * timeline, and the differences in obligations and gap results reported.
 */
public final class ImpactAnalysis {
    private final Catalog catalog;
    private final GapAnalysis gaps;

    public ImpactAnalysis(Catalog catalog, GapAnalysis gaps) {
        this.catalog = catalog;
        this.gaps = gaps;
    }

    public ImpactReport impact(OrganisationProfile profile, String from, String to) {
        RegulatoryChanges.checkTimelines(from, to);
        GapAnalysis.Prepared before = gaps.prepare(on(profile, from));
        GapAnalysis.Prepared after = gaps.prepare(on(profile, to));
        List<ImpactReport.SystemImpact> systems = new ArrayList<>();
        for (int i = 0; i < before.classifications().size(); i++) {
            systems.add(system(profile.aiSystems().get(i).name(), before.classifications().get(i), after.classifications().get(i)));
        }
        List<ImpactReport.GapImpact> frameworks = frameworks(gaps.analyse(before), gaps.analyse(after));
        AmendingAct act = catalog.amendingActOn(Timelines.AMENDED).orElseThrow();
        return new ImpactReport(profile.organisation() == null ? null : profile.organisation().id(), from, to, act.identifier(),
                act.summary(), systems, frameworks);
    }

    /** The profile with every AI system read on {@code timeline}. */
    private static OrganisationProfile on(OrganisationProfile p, String timeline) {
        List<AiSystem> systems = p.aiSystems().stream().map(s -> s.onTimeline(timeline)).toList();
        return new OrganisationProfile(p.organisation(), p.managementSystems(), p.scope(), systems, p.controls());
    }

    private static ImpactReport.SystemImpact system(String name, Classification a, Classification b) {
        Map<String, Obligation> before = byRef(a.obligations());
        Map<String, Obligation> after = byRef(b.obligations());
        List<ImpactReport.ObligationChange> appear = new ArrayList<>();
        List<ImpactReport.ObligationChange> disappear = new ArrayList<>();
        List<ImpactReport.ObligationChange> moved = new ArrayList<>();
        after.forEach((ref, o) -> {
            if (!before.containsKey(ref)) appear.add(new ImpactReport.ObligationChange(ref, o.title(), null, o.appliesFrom()));
            else if (!Objects.equals(before.get(ref).appliesFrom(), o.appliesFrom())) {
                moved.add(new ImpactReport.ObligationChange(ref, o.title(), before.get(ref).appliesFrom(), o.appliesFrom()));
            }
        });
        before.forEach((ref, o) -> {
            if (!after.containsKey(ref)) disappear.add(new ImpactReport.ObligationChange(ref, o.title(), o.appliesFrom(), null));
        });
        return new ImpactReport.SystemImpact(a.id(), name, a.riskCategory(), b.riskCategory(), appear, disappear, moved);
    }

    private static Map<String, Obligation> byRef(List<Obligation> list) {
        Map<String, Obligation> out = new LinkedHashMap<>();
        list.forEach(o -> out.put(o.provision(), o));
        return out;
    }

    private static List<ImpactReport.GapImpact> frameworks(GapReport a, GapReport b) {
        Set<String> names = new LinkedHashSet<>();
        a.frameworks().forEach(f -> names.add(f.framework()));
        b.frameworks().forEach(f -> names.add(f.framework()));
        List<ImpactReport.GapImpact> out = new ArrayList<>();
        for (String fw : names) {
            GapReport.FrameworkResult fa = find(a, fw);
            GapReport.FrameworkResult fb = find(b, fw);
            Map<String, GapStatus> sa = statuses(fa);
            Map<String, GapStatus> sb = statuses(fb);
            Set<String> refs = new LinkedHashSet<>(sa.keySet());
            refs.addAll(sb.keySet());
            List<ImpactReport.StatusChange> changed = new ArrayList<>();
            for (String ref : refs) {
                if (!Objects.equals(sa.get(ref), sb.get(ref))) changed.add(new ImpactReport.StatusChange(ref, sa.get(ref), sb.get(ref)));
            }
            out.add(new ImpactReport.GapImpact(fw, fa == null ? 0 : fa.score(), fb == null ? 0 : fb.score(), changed));
        }
        return out;
    }

    private static GapReport.FrameworkResult find(GapReport r, String fw) {
        return r.frameworks().stream().filter(f -> f.framework().equals(fw)).findFirst().orElse(null);
    }

    private static Map<String, GapStatus> statuses(GapReport.FrameworkResult f) {
        Map<String, GapStatus> out = new LinkedHashMap<>();
        if (f != null) f.requirements().forEach(r -> out.put(r.provision(), r.status()));
        return out;
    }
}
