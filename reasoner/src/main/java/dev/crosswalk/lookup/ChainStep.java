package dev.crosswalk.lookup;

import dev.crosswalk.mapping.Relation;

/** One asserted mapping on a chain, read in the chain's direction. */
public record ChainStep(String from, String to, Relation relation, int strength, double confidence, String rationale,
                        String mappingSet, String mapping, boolean reversed) {}
