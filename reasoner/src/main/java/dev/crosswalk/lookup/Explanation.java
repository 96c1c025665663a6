package dev.crosswalk.lookup;

import dev.crosswalk.mapping.Effect;
import dev.crosswalk.mapping.Relation;
import java.util.List;

/**
 * Why (or that nothing says) two provisions are related: asserted mappings, every supporting chain,
 * and what they amount to under the coverage rule.
 */
public record Explanation(String from, String to, boolean related, List<MappingEdge> asserted, List<Chain> chains,
                          Coverage coverage, String explanation) {

    /**
     * The coverage rule's reading (docs/coverage-rule.md) with {@code from} as the control: effect
     * {@code covers}, {@code partial}, {@code related} (evidence that does not count, with the objections)
     * or {@code none}; the relation and strength of the deciding evidence, which is {@code asserted} or a {@code chain}.
     */
    public record Coverage(Effect effect, Relation relation, Integer strength, String source, int minStrength,
                           List<String> objections) {}
}
