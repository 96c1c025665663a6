package dev.crosswalk.calendar;

import dev.crosswalk.catalog.Timelines;
import dev.crosswalk.classify.AiSystem;
import dev.crosswalk.classify.Classification;
import dev.crosswalk.classify.InvalidInputException;
import dev.crosswalk.classify.Obligation;
import dev.crosswalk.gap.GapAnalysis;
import dev.crosswalk.profile.OrganisationProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The compliance calendar of an organisation: its profile validated and every AI system classified (on one
 * timeline when asked, else each on its own), then every obligation that has an application date, by date.
 */
public final class ComplianceCalendar {
    private final GapAnalysis gaps;

    public ComplianceCalendar(GapAnalysis gaps) {
        this.gaps = gaps;
    }

    /** {@code timeline}: "original", "amended", or null for each system's own (default amended). */
    public ObligationCalendar of(OrganisationProfile profile, String timeline) {
        if (timeline != null && !Timelines.NAMES.contains(timeline)) {
            throw new InvalidInputException("timeline", "timeline must be 'original' or 'amended', not '" + timeline + "'.");
        }
        OrganisationProfile read = timeline == null ? profile : new OrganisationProfile(profile.organisation(), profile.managementSystems(),
                profile.scope(), profile.aiSystems().stream().map(s -> s.onTimeline(timeline)).toList(), profile.controls());
        List<Classification> classes = gaps.prepare(read).classifications();
        List<CalendarEntry> entries = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            Classification c = classes.get(i);
            AiSystem s = read.aiSystems().get(i);
            for (Obligation o : c.obligations()) {
                // an obligation without an application date (none in the catalog on this timeline) has no calendar day
                if (o.appliesFrom() == null) continue;
                entries.add(new CalendarEntry(o.appliesFrom(), c.id(), s.name(), o.provision(), o.title(), c.effectiveRole(), c.timeline(),
                        o.inForce(), o.because(), o.condition()));
            }
        }
        entries.sort(Comparator.comparing(CalendarEntry::date).thenComparing(CalendarEntry::system).thenComparing(CalendarEntry::provision));
        String org = profile.organisation() == null ? null : profile.organisation().id();
        String name = profile.organisation() == null ? null : profile.organisation().name();
        return new ObligationCalendar(org, name, timeline, entries);
    }
}
