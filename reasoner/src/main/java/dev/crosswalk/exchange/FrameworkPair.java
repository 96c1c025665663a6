package dev.crosswalk.exchange;

import dev.crosswalk.lookup.MappingSetSummary;
import java.util.List;

/**
 * The rows between two frameworks, read from {@code from} to {@code to}, and the curated mapping sets they come
 * from; {@code exactSet} is the one set these rows are, unchanged (same direction, nothing added), if any.
 */
public record FrameworkPair(String from, String to, List<MappingSetSummary> sets, List<CrosswalkRow> rows,
                            MappingSetSummary exactSet) {
    public FrameworkPair {
        sets = List.copyOf(sets);
        rows = List.copyOf(rows);
    }

    /** Rows that state a relation (not no-relationship). */
    public List<CrosswalkRow> related() {
        return rows.stream().filter(r -> r.relation() != dev.crosswalk.mapping.Relation.NO_RELATIONSHIP).toList();
    }
}
