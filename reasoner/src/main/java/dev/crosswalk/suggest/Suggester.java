package dev.crosswalk.suggest;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.catalog.UnknownReferenceException;
import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.mapping.Relation;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mapping-suggestion engine: for each provision of one framework, candidate provisions of another ranked by chains
 * of curated rows through other frameworks and by BM25 similarity of titles and paraphrases (docs/suggestions.md).
 * Hidden sets are invisible to it: their rows, and every chain through them.
 */
public final class Suggester {
    public static final int MAX_TOP = 50;
    static final String CHAINING = "semapv:MappingChaining";
    static final String LEXICAL = "semapv:LexicalSimilarityThresholdMatching";
    static final String COMPOSITE = "semapv:CompositeMatching";
    private static final int LEXICAL_POOL = 50;
    private static final int LEXICAL_MAX_STRENGTH = 6;
    private static final DomainAnalyzer TITLES = DomainAnalyzer.withoutSynonyms();

    private final Catalog catalog;
    private final CuratedRows rows;
    private final Composition composition;
    private final Map<String, LexicalIndex> indexes = new ConcurrentHashMap<>();

    private Suggester(Catalog catalog, CuratedRows rows, Composition composition) {
        this.catalog = catalog;
        this.rows = rows;
        this.composition = composition;
    }

    /** The engine over a reference model: every framework and mapping set it holds, packaged or imported. */
    public static Suggester of(ReferenceModel model) {
        Composition table = Composition.of(model.graph(GraphNames.ONTOLOGY).orElse(model.union()));
        return new Suggester(model.catalog(), CuratedRows.of(model), table);
    }

    /** The ids of the mapping sets the engine knows (what {@code exclude} may name). */
    public List<String> mappingSets() {
        return rows.setIds();
    }

    /** The two framework ids of a loaded set, {@code [from, to]}. */
    public List<String> frameworksOf(String set) {
        requireSet(set);
        return java.util.Arrays.asList(rows.frameworks(set));
    }

    /** The rows of one loaded set (for the measurement). */
    List<CuratedRow> rowsOf(String set) {
        requireSet(set);
        return rows.of(set);
    }

    /** Suggestions with the tuned weights and both kinds of evidence. */
    public Suggestions suggest(String from, String to, Collection<String> exclude, int top) {
        return suggest(from, to, exclude, top, Weights.DEFAULT, Mode.COMBINED, true);
    }

    /**
     * Suggestions from {@code from} to {@code to} with the sets in {@code exclude} hidden, at most {@code top} per source
     * provision; {@code mode} picks the evidence, {@code synonyms} the analyzer (both for the measurements).
     */
    public Suggestions suggest(String from, String to, Collection<String> exclude, int top, Weights weights, Mode mode, boolean synonyms) {
        catalog.requireFramework(from);
        catalog.requireFramework(to);
        if (from.equals(to)) throw new InvalidSuggestionRequestException("'from' and 'to' name the same framework: " + from + ".");
        if (top < 1 || top > MAX_TOP) throw new InvalidSuggestionRequestException("top must be from 1 to " + MAX_TOP + ", not " + top + ".");
        Set<String> hidden = new LinkedHashSet<>(exclude);
        hidden.forEach(this::requireSet);
        List<CuratedRow> visible = rows.visible(hidden);
        ChainFinder chains = new ChainFinder(visible, composition, catalog, weights);
        LexicalIndex index = indexes.computeIfAbsent(to + (synonyms ? "" : "#plain"), k -> LexicalIndex.of(catalog.provisions(to), synonyms));
        Curated curated = Curated.of(visible, rows, catalog, to);
        List<Suggestions.Source> out = new ArrayList<>();
        for (Provision s : catalog.provisions(from)) {
            Set<String> done = curated.targets.getOrDefault(s.iri(), Set.of());
            List<Suggestions.Candidate> ranked = candidates(s, to, done, chains, index, weights, mode);
            out.add(new Suggestions.Source(s.ref(), s.iri(), s.title(), done.stream().map(this::ref).sorted().toList(),
                    curated.nothingMeets.contains(s.iri()), ranked.subList(0, Math.min(top, ranked.size()))));
        }
        return new Suggestions(from, to, List.copyOf(hidden), top, weights, out);
    }

    private List<Suggestions.Candidate> candidates(Provision s, String to, Set<String> done, ChainFinder chains, LexicalIndex index,
                                                   Weights w, Mode mode) {
        Map<String, List<Suggestions.Chain>> byTarget = mode == Mode.LEXICAL_ONLY ? Map.of() : chains.from(s, to);
        Map<String, LexicalIndex.Hit> hits = new HashMap<>();
        if (mode != Mode.CHAINING_ONLY) index.search(s, LEXICAL_POOL).forEach(h -> hits.put(h.iri(), h));
        Set<String> targets = new LinkedHashSet<>(byTarget.keySet());
        targets.addAll(hits.keySet());
        List<Suggestions.Candidate> out = new ArrayList<>();
        for (String t : targets) {
            if (done.contains(t) || t.equals(s.iri())) continue;
            Provision target = catalog.provisionByIri(t).orElse(null);
            if (target == null) continue;
            List<Suggestions.Chain> found = byTarget.getOrDefault(t, List.of());
            LexicalIndex.Hit hit = hits.get(t);
            double lexical = hit == null ? 0 : hit.bm25() / (hit.bm25() + w.lexicalK());
            boolean lexicalCounts = lexical >= w.lexicalThreshold();
            double chaining = 1.0;
            for (Suggestions.Chain c : found) chaining *= 1 - c.weight();
            chaining = 1 - chaining;
            if (!lexicalCounts && found.isEmpty()) continue;
            double score = switch (mode) {
                case LEXICAL_ONLY -> lexical;
                case CHAINING_ONLY -> chaining;
                case COMBINED -> w.alpha() * chaining + (1 - w.alpha()) * (lexicalCounts ? lexical : 0);
            };
            if (score <= 0) continue;
            String justification = found.isEmpty() ? LEXICAL : lexicalCounts ? COMPOSITE : CHAINING;
            Suggestions.Chain best = found.stream().filter(Suggestions.Chain::sound).findFirst().orElse(null);
            Relation relation = best != null ? best.relation() : !found.isEmpty() ? Relation.INTERSECTS_WITH : lexicalRelation(s, target);
            // text alone never claims more than substantial overlap (mapping conventions: 4-6)
            int strength = best != null ? best.strength()
                    : Math.max(1, Math.min(LEXICAL_MAX_STRENGTH, (int) Math.round(10 * Math.max(chaining, lexical))));
            out.add(new Suggestions.Candidate(target.ref(), t, target.title(), relation, strength, round(score), justification,
                    new Suggestions.Evidence(round(lexical), hit == null ? 0 : round(hit.bm25()), hit == null ? List.of() : hit.sharedTerms(),
                            round(chaining), found)));
        }
        out.sort(Comparator.comparingDouble(Suggestions.Candidate::score).reversed().thenComparing(Suggestions.Candidate::ref));
        return out;
    }

    /** Text alone cannot tell containment: equal only when the titles analyse to the same terms, else intersects-with. */
    private static Relation lexicalRelation(Provision s, Provision t) {
        List<String> st = TITLES.terms(s.title() == null ? "" : s.title());
        return !st.isEmpty() && st.equals(TITLES.terms(t.title() == null ? "" : t.title())) ? Relation.EQUAL : Relation.INTERSECTS_WITH;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private String ref(String iri) {
        return catalog.provisionByIri(iri).map(Provision::ref).orElse(iri);
    }

    private void requireSet(String id) {
        if (rows.setIds().contains(id)) return;
        throw new UnknownReferenceException("mapping-set", id, "Unknown mapping set '" + id + "'. Loaded mapping sets: "
                + String.join(", ", rows.setIds()) + ".");
    }

    /** What the visible sets already say about the pair of frameworks: pairs related by a row, and "nothing meets this". */
    private record Curated(Map<String, Set<String>> targets, Set<String> nothingMeets) {
        static Curated of(List<CuratedRow> visible, CuratedRows rows, Catalog catalog, String to) {
            Map<String, Set<String>> targets = new LinkedHashMap<>();
            Set<String> nothing = new LinkedHashSet<>();
            for (CuratedRow r : visible) {
                String[] fw = rows.frameworks(r.set());
                if (r.relatesTwo()) {
                    if (in(catalog, r.object(), to)) targets.computeIfAbsent(r.subject(), k -> new LinkedHashSet<>()).add(r.object());
                    if (in(catalog, r.subject(), to)) targets.computeIfAbsent(r.object(), k -> new LinkedHashSet<>()).add(r.subject());
                } else if (r.object().equals(CW.NO_TERM_FOUND) && to.equals(fw[1])) {
                    nothing.add(r.subject());
                } else if (r.subject().equals(CW.NO_TERM_FOUND) && to.equals(fw[0])) {
                    nothing.add(r.object());
                }
            }
            return new Curated(targets, nothing);
        }

        private static boolean in(Catalog catalog, String iri, String framework) {
            return catalog.provisionByIri(iri).map(p -> p.frameworkId().equals(framework)).orElse(false);
        }
    }
}
