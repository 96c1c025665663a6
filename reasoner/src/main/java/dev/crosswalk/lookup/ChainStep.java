package dev.crosswalk.lookup;

/** One asserted mapping on a chain, read in the chain's direction. */
public record ChainStep(String from, String to, String relation, int strength, double confidence, String rationale,
                        String mappingSet, String mapping, boolean reversed) {}
