package dev.crosswalk.change;

import dev.crosswalk.catalog.AmendingAct;
import dev.crosswalk.catalog.Application;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.catalog.Timelines;
import dev.crosswalk.catalog.Wording;
import dev.crosswalk.classify.InvalidInputException;
import dev.crosswalk.lookup.CrosswalkLookup;
import dev.crosswalk.lookup.MappingEdge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The difference an amending act makes, as data: every EU AI Act provision whose existence, wording,
 * application date or mapping rows differ between two timelines, or that starts applying or changes its
 * wording on one timeline between two dates.
 */
public final class RegulatoryChanges {
    static final String FRAMEWORK = "eu-ai-act";
    private final Catalog catalog;
    private final CrosswalkLookup lookup;

    public RegulatoryChanges(Catalog catalog, CrosswalkLookup lookup) {
        this.catalog = catalog;
        this.lookup = lookup;
    }

    /** The changes from timeline {@code from} to timeline {@code to} ("original", "amended"). */
    public ChangeReport between(String from, String to) {
        checkTimelines(from, to);
        List<ProvisionChange> out = new ArrayList<>();
        for (Provision p : catalog.provisions(FRAMEWORK)) {
            List<String> kinds = new ArrayList<>();
            boolean before = p.existsOn(from);
            boolean after = p.existsOn(to);
            if (!before && after) kinds.add("added");
            if (before && !after) kinds.add("deleted");
            if (p.amendedBy() != null && p.wordings().isEmpty()) kinds.add("text-amended");
            if (!Objects.equals(p.wording(from).map(Wording::paraphrase), p.wording(to).map(Wording::paraphrase))) kinds.add("wording");
            if (before && after && !Objects.equals(dates(p, from), dates(p, to))) kinds.add("application-date");
            if (kinds.isEmpty() && p.wordings().isEmpty()) continue;
            ProvisionVersion vFrom = version(p, from, null, true);
            ProvisionVersion vTo = version(p, to, null, true);
            if (before && after && !rows(vFrom).equals(rows(vTo))) kinds.add("mappings");
            if (kinds.isEmpty()) continue;
            out.add(new ProvisionChange(p.ref(), p.title(), kinds, vFrom, vTo, act(p), p.notes()));
        }
        return report(from, to, null, null, null, out);
    }

    /** On one timeline, the provisions that start applying or change wording after {@code fromDate} up to and including {@code toDate}. */
    public ChangeReport between(String timeline, LocalDate fromDate, LocalDate toDate) {
        if (!Timelines.NAMES.contains(timeline)) throw new InvalidInputException("timeline", "timeline must be 'original' or 'amended', not '" + timeline + "'.");
        if (!toDate.isAfter(fromDate)) throw new InvalidInputException("toDate", "toDate must be after fromDate (" + fromDate + "), not " + toDate + ".");
        List<ProvisionChange> out = new ArrayList<>();
        for (Provision p : catalog.provisions(FRAMEWORK)) {
            if (!p.existsOn(timeline)) continue;
            List<String> kinds = new ArrayList<>();
            if (p.applications().stream().anyMatch(a -> a.timeline().equals(timeline) && inWindow(a.appliesFrom(), fromDate, toDate))) {
                kinds.add("starts-applying");
            }
            if (p.wordings().stream().anyMatch(w -> (w.timeline().equals(timeline) || w.timeline().equals(Timelines.ORIGINAL))
                    && inWindow(w.validFrom(), fromDate, toDate)
                    && !Objects.equals(p.wordingOn(timeline, fromDate).orElse(null), p.wordingOn(timeline, toDate).orElse(null)))) {
                kinds.add("wording");
            }
            if (kinds.isEmpty()) continue;
            out.add(new ProvisionChange(p.ref(), p.title(), kinds, version(p, timeline, fromDate, false), version(p, timeline, toDate, false),
                    act(p), p.notes()));
        }
        return report(null, null, timeline, fromDate, toDate, out);
    }

    static void checkTimelines(String from, String to) {
        for (String[] t : new String[][] {{"from", from}, {"to", to}}) {
            if (!Timelines.NAMES.contains(t[1])) {
                throw new InvalidInputException(t[0], t[0] + " must be 'original' or 'amended', not '" + t[1] + "'.");
            }
        }
        if (from.equals(to)) throw new InvalidInputException("to", "from and to are the same timeline ('" + to + "'): nothing differs.");
    }

    private ChangeReport report(String from, String to, String timeline, LocalDate fromDate, LocalDate toDate, List<ProvisionChange> out) {
        AmendingAct a = catalog.amendingActOn(Timelines.AMENDED).orElseThrow();
        return new ChangeReport(FRAMEWORK, from, to, timeline, fromDate, toDate, a.identifier(), a.summary(), out.size(), out);
    }

    private static boolean inWindow(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && d.isAfter(from) && !d.isAfter(to);
    }

    private String act(Provision p) {
        String iri = p.introducedBy() != null ? p.introducedBy() : p.deletedBy() != null ? p.deletedBy() : p.amendedBy();
        if (iri == null) iri = p.wordings().stream().map(Wording::amendingAct).filter(Objects::nonNull).findFirst().orElse(null);
        if (iri == null) iri = p.applications().stream().filter(a -> a.timeline().equals(Timelines.AMENDED)).findFirst()
                .flatMap(a -> catalog.amendingActOn(Timelines.AMENDED)).map(AmendingAct::iri).orElse(null);
        return iri == null ? null : catalog.amendingAct(iri).map(AmendingAct::identifier).orElse(iri);
    }

    private static Set<String> dates(Provision p, String timeline) {
        Set<String> out = new TreeSet<>();
        for (Application a : p.applications()) if (a.timeline().equals(timeline)) out.add(a.route() + "@" + a.appliesFrom());
        return out;
    }

    private ProvisionVersion version(Provision p, String timeline, LocalDate date, boolean withMappings) {
        boolean exists = p.existsOn(timeline);
        Wording w = date == null ? p.wording(timeline).orElse(null) : p.wordingOn(timeline, date).orElse(null);
        String text = !exists ? null : w != null ? w.paraphrase() : p.paraphrase();
        List<ProvisionVersion.Dated> apps = p.applications().stream().filter(a -> a.timeline().equals(timeline))
                .map(a -> new ProvisionVersion.Dated(route(a.route()), a.appliesFrom(), date == null ? null : !date.isBefore(a.appliesFrom())))
                .toList();
        List<ProvisionVersion.MappingRow> rows = !withMappings || !exists ? List.of()
                : lookup.direct(p, null, 0, timeline).stream().map(RegulatoryChanges::row).toList();
        return new ProvisionVersion(timeline, date, exists, text, w == null ? null : w.validFrom(), apps, rows);
    }

    private static String route(String route) {
        return route == null ? null : route.substring(Math.max(route.lastIndexOf('#'), route.lastIndexOf('/')) + 1);
    }

    private static ProvisionVersion.MappingRow row(MappingEdge e) {
        return new ProvisionVersion.MappingRow(e.to(), e.relation(), e.strength(), e.mapping());
    }

    private static Set<String> rows(ProvisionVersion v) {
        Set<String> out = new TreeSet<>();
        v.mappings().forEach(r -> out.add(r.to() + " " + r.relation() + " " + r.strength()));
        return out;
    }
}
