package dev.crosswalk.change;

import dev.crosswalk.gap.GapStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * What an amendment changes for one organisation: per AI system the obligations that appear, disappear or
 * move date, and per framework the gap score and the requirement statuses that change.
 */
public record ImpactReport(String organisation, String from, String to, String amendingAct, String standing,
                           List<SystemImpact> aiSystems, List<GapImpact> gaps) {

    public record SystemImpact(String id, String name, String riskCategoryFrom, String riskCategoryTo,
                               List<ObligationChange> appear, List<ObligationChange> disappear, List<ObligationChange> moved) {}

    /** An obligation with its application date on each timeline (null where it does not apply). */
    public record ObligationChange(String provision, String title, LocalDate fromDate, LocalDate toDate) {}

    public record GapImpact(String framework, double scoreFrom, double scoreTo, List<StatusChange> statusChanges) {}

    /** A requirement whose status differs; null where the requirement does not apply on that timeline. */
    public record StatusChange(String provision, GapStatus from, GapStatus to) {}
}
