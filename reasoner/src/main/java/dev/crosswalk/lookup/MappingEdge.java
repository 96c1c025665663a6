package dev.crosswalk.lookup;

/**
 * One mapping as seen from a provision: the other side, the relation read from this side, and the
 * evidence (strength, confidence, rationale, justification, source set).
 */
public record MappingEdge(String from, String to, String toTitle, String toFramework, String relation,
                          String assertedRelation, String direction, int strength, double confidence,
                          String rationale, String justification, String mappingSet, String mapping,
                          String comment) {}
