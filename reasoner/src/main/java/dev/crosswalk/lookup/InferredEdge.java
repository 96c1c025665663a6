package dev.crosswalk.lookup;

import dev.crosswalk.mapping.Relation;

/** An inferred crosswalk row: the best chain to one target, and how many chains support it. */
public record InferredEdge(String from, String to, String toTitle, String toFramework, Relation relation, int strength,
                           double confidence, String justification, int chains, Chain bestChain) {}
