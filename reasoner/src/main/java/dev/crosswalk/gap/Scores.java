package dev.crosswalk.gap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Per-framework score: covered = 1, partial = 0.5, over the applicable (not excluded) requirements. */
final class Scores {
    private Scores() {}

    static GapReport.FrameworkResult of(String framework, List<GapReport.RequirementResult> rows, String note) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (GapStatus s : List.of(GapStatus.COVERED, GapStatus.PARTIAL, GapStatus.GAP, GapStatus.NOT_APPLICABLE)) counts.put(s.label(), 0);
        rows.forEach(r -> counts.merge(r.status().label(), 1, Integer::sum));
        int applicable = rows.size() - counts.get(GapStatus.NOT_APPLICABLE.label());
        counts.put("applicable", applicable);
        double score = applicable == 0 ? 0
                : (counts.get(GapStatus.COVERED.label()) + 0.5 * counts.get(GapStatus.PARTIAL.label())) / applicable;
        return new GapReport.FrameworkResult(framework, Math.round(score * 1000) / 1000.0, counts, rows, note);
    }
}
