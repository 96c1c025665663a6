package dev.crosswalk.lookup;

import java.util.List;

/** Why (or that nothing says) two provisions are related: asserted mappings and every supporting chain. */
public record Explanation(String from, String to, boolean related, List<MappingEdge> asserted, List<Chain> chains,
                          String explanation) {}
