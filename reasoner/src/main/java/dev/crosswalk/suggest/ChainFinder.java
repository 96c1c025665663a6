package dev.crosswalk.suggest;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.mapping.Relation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chains of two or three curated rows from a provision to provisions of another framework, built as the chaining rules
 * build them (each row read forward and backward, no provision visited twice, composed by the ontology's table), over
 * the rows of the visible sets only. A chain whose composition implies nothing is kept as a loose chain.
 */
final class ChainFinder {
    static final int MAX_DEPTH = 3;

    private record Link(String to, Relation relation, CuratedRow row, boolean reversed) {}

    private final Map<String, List<Link>> links = new HashMap<>();
    private final Composition composition;
    private final Catalog catalog;
    private final Weights weights;

    ChainFinder(List<CuratedRow> rows, Composition composition, Catalog catalog, Weights weights) {
        this.composition = composition;
        this.catalog = catalog;
        this.weights = weights;
        for (CuratedRow r : rows) {
            if (!r.relatesTwo() || r.relation() == Relation.NO_RELATIONSHIP) continue;
            links.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(new Link(r.object(), r.relation(), r, false));
            links.computeIfAbsent(r.object(), k -> new ArrayList<>()).add(new Link(r.subject(), r.relation().converse(), r, true));
        }
    }

    /** The chains from {@code source} to each provision of {@code toFramework}, strongest first. */
    Map<String, List<Suggestions.Chain>> from(Provision source, String toFramework) {
        Map<String, List<Suggestions.Chain>> out = new LinkedHashMap<>();
        List<Link> path = new ArrayList<>();
        List<String> visited = new ArrayList<>(List.of(source.iri()));
        walk(source.iri(), toFramework, path, visited, out);
        out.values().forEach(l -> l.sort((a, b) -> Double.compare(b.weight(), a.weight())));
        return out;
    }

    private void walk(String at, String toFramework, List<Link> path, List<String> visited, Map<String, List<Suggestions.Chain>> out) {
        for (Link l : links.getOrDefault(at, List.of())) {
            if (visited.contains(l.to())) continue;
            path.add(l);
            visited.add(l.to());
            if (path.size() >= 2 && catalog.provisionByIri(l.to()).map(p -> p.frameworkId().equals(toFramework)).orElse(false)) {
                out.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(chain(visited.get(0), path));
            }
            if (path.size() < MAX_DEPTH) walk(l.to(), toFramework, path, visited, out);
            visited.remove(visited.size() - 1);
            path.remove(path.size() - 1);
        }
    }

    private Suggestions.Chain chain(String start, List<Link> path) {
        Relation composed = path.get(0).relation();
        int strength = 10;
        double confidence = 1.0;
        List<Suggestions.Step> steps = new ArrayList<>();
        String from = start;
        for (int i = 0; i < path.size(); i++) {
            Link l = path.get(i);
            if (i > 0 && composed != null) composed = composition.compose(composed, l.relation()).orElse(null);
            strength = Math.min(strength, l.row().strength());
            confidence = Math.min(confidence, l.row().confidence());
            steps.add(new Suggestions.Step(ref(from), l.relation(), ref(l.to()), l.row().set(), l.row().mapping(), l.reversed()));
            from = l.to();
        }
        boolean sound = composed != null;
        double weight = strength / 10.0 * confidence * Math.pow(weights.depthDecay(), path.size() - 2) * (sound ? 1.0 : weights.looseChains());
        return new Suggestions.Chain(composed, sound, strength, confidence, weight, steps);
    }

    private String ref(String iri) {
        return catalog.provisionByIri(iri).map(Provision::ref).orElse(iri);
    }
}
