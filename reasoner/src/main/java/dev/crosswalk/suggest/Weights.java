package dev.crosswalk.suggest;

/**
 * The tunable constants of the score (docs/suggestions.md): {@code alpha} weighs chaining against lexical evidence,
 * {@code lexicalK} saturates BM25 ({@code L = bm25 / (bm25 + k)}), {@code lexicalThreshold} is the least L that counts,
 * {@code depthDecay} discounts each step beyond two, {@code looseChains} weighs chains whose composition implies nothing.
 */
public record Weights(double alpha, double lexicalK, double lexicalThreshold, double depthDecay, double looseChains) {

    /** The values tuned on the tuning sets (docs/suggestions.md). */
    public static final Weights DEFAULT = new Weights(0.8, 4.0, 0.15, 0.5, 0.6);

    public Weights {
        if (alpha < 0 || alpha > 1 || lexicalK <= 0 || lexicalThreshold < 0 || lexicalThreshold >= 1 || depthDecay < 0 || depthDecay > 1
                || looseChains < 0 || looseChains > 1) {
            throw new IllegalArgumentException("Weights out of range: " + alpha + ", " + lexicalK + ", " + lexicalThreshold + ", "
                    + depthDecay + ", " + looseChains);
        }
    }

    /** The same weights with another alpha. */
    public Weights withAlpha(double a) {
        return new Weights(a, lexicalK, lexicalThreshold, depthDecay, looseChains);
    }
}
