package dev.crosswalk.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parent links of a framework file: each names a provision of the same file, and none loops. */
final class Hierarchy {
    private Hierarchy() {}

    /** The rows with every bad parent link dropped; a problem for each into {@code problems}. */
    static List<FrameworkRows.Row> checked(List<FrameworkRows.Row> rows, Integer parentColumn, List<ImportProblem> problems) {
        List<ImportProblem> found = problems(rows, parentColumn);
        problems.addAll(found);
        java.util.Set<Integer> bad = new HashSet<>();
        found.forEach(p -> bad.add(p.line()));
        return rows.stream().map(r -> r.parent() != null && bad.contains(r.line())
                ? new FrameworkRows.Row(r.line(), r.localId(), r.notation(), r.title(), null, r.paraphrase(), r.source()) : r).toList();
    }

    private static List<ImportProblem> problems(List<FrameworkRows.Row> rows, Integer parentColumn) {
        Map<String, FrameworkRows.Row> byId = new HashMap<>();
        rows.forEach(r -> {
            if (r.localId() != null) byId.putIfAbsent(r.localId(), r);
        });
        List<ImportProblem> out = new ArrayList<>();
        for (FrameworkRows.Row r : rows) {
            if (r.parent() == null) continue;
            if (!byId.containsKey(r.parent())) {
                out.add(ImportProblem.at(r.line(), parentColumn, "parent '" + r.parent() + "' is not an id of this file."));
            } else if (loops(r, byId)) {
                out.add(ImportProblem.at(r.line(), parentColumn, "parent '" + r.parent() + "' makes a loop: '" + r.localId()
                        + "' would be its own ancestor."));
            }
        }
        return out;
    }

    private static boolean loops(FrameworkRows.Row start, Map<String, FrameworkRows.Row> byId) {
        Set<String> seen = new HashSet<>();
        for (FrameworkRows.Row r = start; r != null && r.parent() != null; r = byId.get(r.parent())) {
            if (!seen.add(r.localId()) || r.parent().equals(start.localId())) return true;
        }
        return false;
    }
}
