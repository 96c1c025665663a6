package dev.crosswalk.lookup;

import dev.crosswalk.mapping.Relation;

/**
 * One mapping as seen from a provision: the other side, the relation read from this side, the
 * evidence (strength, confidence, rationale, justification, source set) and, where a side has a
 * wording per timeline, which wording of it the row reads ({@code fromReads}, {@code toReads}; null otherwise).
 */
public record MappingEdge(String from, String to, String toTitle, String toFramework, Relation relation,
                          Relation assertedRelation, String direction, int strength, double confidence,
                          String rationale, String justification, String mappingSet, String mapping,
                          String comment, Reading fromReads, Reading toReads) {

    /** True when the row reads no wording of another timeline than {@code timeline} on either side. */
    public boolean readsOn(String timeline) {
        return (fromReads == null || fromReads.timeline().equals(timeline)) && (toReads == null || toReads.timeline().equals(timeline));
    }
}
