package dev.crosswalk.lookup;

import dev.crosswalk.mapping.Relation;
import java.util.List;

/** A chain of asserted mappings from one provision to another, with the relation it implies. */
public record Chain(String mapping, Relation relation, int strength, double confidence, int depth,
                    String justification, List<ChainStep> steps) {}
