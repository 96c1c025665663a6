package dev.crosswalk.suggest;

import dev.crosswalk.mapping.Relation;
import java.util.List;
import java.util.Map;

/** Sums precision and recall at 1, 3 and 5 over source provisions, and how often a hit's proposed relation is the curator's. */
final class Tally {
    private int sources;
    private final double[] precision = new double[3];
    private final double[] recall = new double[3];
    private int hits;
    private int sameRelation;
    private static final int[] K = {1, 3, 5};

    /** One source provision: its ranked candidates against the curated positives (target IRI → relation). */
    void add(List<Suggestions.Candidate> ranked, Map<String, Relation> positives) {
        sources++;
        for (int i = 0; i < K.length; i++) {
            int found = 0;
            for (int j = 0; j < Math.min(K[i], ranked.size()); j++) if (positives.containsKey(ranked.get(j).iri())) found++;
            precision[i] += (double) found / K[i];
            recall[i] += (double) found / positives.size();
        }
        for (int j = 0; j < Math.min(5, ranked.size()); j++) {
            Relation curated = positives.get(ranked.get(j).iri());
            if (curated == null) continue;
            hits++;
            if (curated == ranked.get(j).relation()) sameRelation++;
        }
    }

    void addAll(Tally other) {
        sources += other.sources;
        for (int i = 0; i < K.length; i++) {
            precision[i] += other.precision[i];
            recall[i] += other.recall[i];
        }
        hits += other.hits;
        sameRelation += other.sameRelation;
    }

    Evaluation.Metrics metrics() {
        double n = Math.max(1, sources);
        return new Evaluation.Metrics(sources, precision[0] / n, precision[1] / n, precision[2] / n, recall[0] / n, recall[1] / n,
                recall[2] / n, hits == 0 ? 0 : (double) sameRelation / hits);
    }

}
