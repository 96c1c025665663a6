package dev.crosswalk.gap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Per-framework score: covered = 1, partial = 0.5, over the applicable (not excluded) requirements. */
final class Scores {
    private Scores() {}

    static GapReport.FrameworkResult of(String framework, List<GapReport.RequirementResult> rows) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : List.of("covered", "partial", "gap", "not-applicable")) counts.put(s, 0);
        rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        int applicable = rows.size() - counts.get("not-applicable");
        counts.put("applicable", applicable);
        double score = applicable == 0 ? 0 : (counts.get("covered") + 0.5 * counts.get("partial")) / applicable;
        return new GapReport.FrameworkResult(framework, Math.round(score * 1000) / 1000.0, counts, rows);
    }
}
