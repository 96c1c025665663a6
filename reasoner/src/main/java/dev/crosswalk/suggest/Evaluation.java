package dev.crosswalk.suggest;

import dev.crosswalk.mapping.Relation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Leave-one-set-out measurement of the engine (docs/suggestions.md): hide one curated set, suggest its direction from
 * the rest, and score the top 5 per source provision against the set's rows that relate two provisions (no-relationship
 * rows are not positives), for the engine, the lexical-only and the chaining-only baselines and the engine without
 * synonyms. Weights are tuned on some sets and reported on the others.
 */
public final class Evaluation {
    /** The sets the default weights were tuned on; every other loaded set is reported as held out. */
    public static final List<String> TUNING_SETS = List.of("iso42001-iso27001", "iso27001-harmonized-structure", "iso42001-uk-fca");

    /** Means over source provisions (those with at least one positive row). */
    public record Metrics(int sources, double p1, double p3, double p5, double r1, double r3, double r5, double relationAgreement) {}

    /** One hidden set's results. */
    public record SetResult(String set, String from, String to, boolean tuning, int positives, Metrics engine, Metrics lexicalOnly,
                            Metrics chainingOnly, Metrics noSynonyms) {}

    /** The whole run: the weights used, per set, and pooled over the held-out and the tuning sets. */
    public record Report(Weights weights, List<String> tuningSets, List<SetResult> sets, Map<String, Metrics> heldOut,
                         Map<String, Metrics> tuned) {}

    private Evaluation() {}

    /** Runs the measurement with {@code weights}; {@code tuningSets} only label the sets (use {@link #tune} to choose weights). */
    public static Report run(Suggester engine, Weights weights, Collection<String> tuningSets) {
        List<SetResult> out = new ArrayList<>();
        Map<String, Tally> held = tallies();
        Map<String, Tally> tuned = tallies();
        for (String set : engine.mappingSets()) {
            Map<String, Tally> t = tallies();
            List<String> fw = engine.frameworksOf(set);
            Map<String, Map<String, Relation>> positives = positives(engine, set);
            if (positives.isEmpty() || fw.contains(null)) continue;
            score(engine.suggest(fw.get(0), fw.get(1), List.of(set), 5, weights, Mode.COMBINED, true), positives, t.get("engine"));
            score(engine.suggest(fw.get(0), fw.get(1), List.of(set), 5, weights, Mode.LEXICAL_ONLY, true), positives, t.get("lexical-only"));
            score(engine.suggest(fw.get(0), fw.get(1), List.of(set), 5, weights, Mode.CHAINING_ONLY, true), positives, t.get("chaining-only"));
            score(engine.suggest(fw.get(0), fw.get(1), List.of(set), 5, weights, Mode.COMBINED, false), positives, t.get("no-synonyms"));
            boolean tuning = tuningSets.contains(set);
            t.forEach((k, v) -> (tuning ? tuned : held).get(k).addAll(v));
            out.add(new SetResult(set, fw.get(0), fw.get(1), tuning, positives.values().stream().mapToInt(Map::size).sum(),
                    t.get("engine").metrics(), t.get("lexical-only").metrics(), t.get("chaining-only").metrics(), t.get("no-synonyms").metrics()));
        }
        return new Report(weights, List.copyOf(tuningSets), out, metrics(held), metrics(tuned));
    }

    /**
     * Grid search on {@code tuningSets} only: the weights whose engine maximises (P@1 + R@5) / 2 pooled over their source
     * provisions. Held-out sets are never read.
     */
    public static Weights tune(Suggester engine, Collection<String> tuningSets) {
        Weights best = Weights.DEFAULT;
        double bestScore = -1;
        for (double alpha : new double[] {0.2, 0.35, 0.5, 0.65, 0.8}) {
            for (double k : new double[] {4, 8, 16}) {
                for (double loose : new double[] {0, 0.3, 0.6}) {
                    for (double decay : new double[] {0.5, 1.0}) {
                        Weights w = new Weights(alpha, k, Weights.DEFAULT.lexicalThreshold(), decay, loose);
                        Tally t = new Tally();
                        for (String set : tuningSets.stream().filter(engine.mappingSets()::contains).toList()) {
                            List<String> fw = engine.frameworksOf(set);
                            score(engine.suggest(fw.get(0), fw.get(1), List.of(set), 5, w, Mode.COMBINED, true), positives(engine, set), t);
                        }
                        Metrics m = t.metrics();
                        double s = (m.p1() + m.r5()) / 2;
                        if (s > bestScore + 1e-9) {
                            bestScore = s;
                            best = w;
                        }
                    }
                }
            }
        }
        return best;
    }

    private static Map<String, Tally> tallies() {
        Map<String, Tally> m = new LinkedHashMap<>();
        for (String k : List.of("engine", "lexical-only", "chaining-only", "no-synonyms")) m.put(k, new Tally());
        return m;
    }

    private static Map<String, Metrics> metrics(Map<String, Tally> t) {
        Map<String, Metrics> m = new LinkedHashMap<>();
        t.forEach((k, v) -> m.put(k, v.metrics()));
        return m;
    }

    /** The set's positive rows, read from its direction: source IRI → (target IRI → curated relation). */
    static Map<String, Map<String, Relation>> positives(Suggester engine, String set) {
        Map<String, Map<String, Relation>> out = new LinkedHashMap<>();
        for (CuratedRow r : engine.rowsOf(set)) {
            if (!r.relatesTwo() || r.relation() == Relation.NO_RELATIONSHIP) continue;
            out.computeIfAbsent(r.subject(), k -> new LinkedHashMap<>()).put(r.object(), r.relation());
        }
        return out;
    }

    private static void score(Suggestions s, Map<String, Map<String, Relation>> positives, Tally tally) {
        for (Suggestions.Source src : s.provisions()) {
            Map<String, Relation> pos = positives.get(src.iri());
            if (pos != null && !pos.isEmpty()) tally.add(src.candidates(), pos);
        }
    }

    /** The report as the Markdown tables of docs/suggestions.md. */
    public static String markdown(Report r) {
        StringBuilder b = new StringBuilder();
        Weights w = r.weights();
        b.append(String.format(Locale.ROOT, "Weights: alpha %.2f, lexicalK %.1f, lexicalThreshold %.2f, depthDecay %.2f, looseChains %.2f; "
                + "tuned on %s.%n%n", w.alpha(), w.lexicalK(), w.lexicalThreshold(), w.depthDecay(), w.looseChains(), String.join(", ", r.tuningSets())));
        b.append("| pooled over | ranking | sources | P@1 | P@3 | P@5 | R@1 | R@3 | R@5 | relation agrees |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|\n");
        r.heldOut().forEach((k, m) -> b.append(row("held-out sets", k, m)));
        r.tuned().forEach((k, m) -> b.append(row("tuning sets", k, m)));
        b.append("\n| hidden set | from → to | role | sources | positives | ranking | P@1 | P@3 | P@5 | R@1 | R@3 | R@5 | relation agrees |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (SetResult s : r.sets()) {
            Map<String, Metrics> ms = new LinkedHashMap<>();
            ms.put("engine", s.engine());
            ms.put("lexical-only", s.lexicalOnly());
            ms.put("chaining-only", s.chainingOnly());
            for (var e : ms.entrySet()) {
                Metrics m = e.getValue();
                b.append(String.format(Locale.ROOT, "| %s | %s → %s | %s | %d | %d | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                        s.set(), s.from(), s.to(), s.tuning() ? "tuning" : "held out", m.sources(), s.positives(), e.getKey(),
                        m.p1(), m.p3(), m.p5(), m.r1(), m.r3(), m.r5(), m.relationAgreement()));
            }
        }
        return b.toString();
    }

    private static String row(String pool, String ranking, Metrics m) {
        return String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", pool, ranking, m.sources(),
                m.p1(), m.p3(), m.p5(), m.r1(), m.r3(), m.r5(), m.relationAgreement());
    }

}
