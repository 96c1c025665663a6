package dev.crosswalk.suggest;

import dev.crosswalk.mapping.Relation;
import java.util.List;

/**
 * The engine's answer for one framework pair: per provision of {@code from}, ranked candidates in {@code to}, each with a
 * proposed relation, a score in 0–1 and its evidence. Machine suggestions for a curator to review, never curated rows.
 */
public record Suggestions(String from, String to, List<String> excludedSets, int top, Weights weights, List<Source> provisions) {

    public Suggestions {
        excludedSets = List.copyOf(excludedSets);
        provisions = List.copyOf(provisions);
    }

    /** One source provision: what is already curated for it toward {@code to}, and the new candidates. */
    public record Source(String ref, String iri, String title, List<String> curated, boolean nothingMeets, List<Candidate> candidates) {
        public Source {
            curated = List.copyOf(curated);
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * One candidate target: proposed relation and strength, score (0–1), the SEMAPV justification the evidence supports
     * (chaining, lexical threshold matching, or both: composite) and the evidence itself.
     */
    public record Candidate(String ref, String iri, String title, Relation relation, int strength, double score,
                            String justification, Evidence evidence) {}

    /** Why: the lexical similarity (0–1, with the BM25 score and the shared analysed terms) and the chains. */
    public record Evidence(double lexical, double bm25, List<String> sharedTerms, double chaining, List<Chain> chains) {
        public Evidence {
            sharedTerms = List.copyOf(sharedTerms);
            chains = List.copyOf(chains);
        }
    }

    /**
     * A path of curated rows from the source to the candidate through other provisions; {@code relation} is the
     * composition of its steps, null where the composition table implies nothing ({@code sound} false).
     */
    public record Chain(Relation relation, boolean sound, int strength, double confidence, double weight, List<Step> steps) {
        public Chain {
            steps = List.copyOf(steps);
        }
    }

    /** One curated row on a chain, read in the chain's direction (the converse relation when read backward). */
    public record Step(String from, Relation relation, String to, String mappingSet, String mapping, boolean reversed) {}
}
