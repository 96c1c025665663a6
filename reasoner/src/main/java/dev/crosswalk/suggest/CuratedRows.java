package dev.crosswalk.suggest;

import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.mapping.Relation;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The curated rows of every loaded mapping set (packaged and imported), by set id, read from the set graphs
 * themselves: never from the inferred graph, so hiding a set also hides every chain through it.
 */
final class CuratedRows {
    private final Map<String, List<CuratedRow>> bySet;
    private final Map<String, String[]> frameworks;

    private CuratedRows(Map<String, List<CuratedRow>> bySet, Map<String, String[]> frameworks) {
        this.bySet = bySet;
        this.frameworks = frameworks;
    }

    static CuratedRows of(ReferenceModel model) {
        Map<String, List<CuratedRow>> bySet = new LinkedHashMap<>();
        Map<String, String[]> frameworks = new LinkedHashMap<>();
        model.graphs().forEach((name, g) -> {
            if (!name.startsWith(GraphNames.MAPPINGS_PREFIX)) return;
            Node set = G.getOne(g, Node.ANY, RDF.type.asNode(), CW.MappingSet.asNode()).getSubject();
            String id = G.getSP(g, set, DCTerms.identifier.asNode()).getLiteralLexicalForm();
            frameworks.put(id, new String[] {frameworkId(g, set, CW.fromFramework.asNode()), frameworkId(g, set, CW.toFramework.asNode())});
            List<CuratedRow> rows = new ArrayList<>();
            g.find(Node.ANY, RDF.type.asNode(), CW.Mapping.asNode()).toList().forEach(t -> row(g, t.getSubject(), id).ifPresent(rows::add));
            bySet.put(id, List.copyOf(rows));
        });
        return new CuratedRows(bySet, frameworks);
    }

    private static Optional<CuratedRow> row(Graph g, Node m, String set) {
        Node s = G.getSP(g, m, CW.subject.asNode());
        Node o = G.getSP(g, m, CW.object.asNode());
        Node r = G.getSP(g, m, CW.relation.asNode());
        if (s == null || o == null || r == null) return Optional.empty();
        Optional<Relation> relation = Relation.fromLabel(r.getLiteralLexicalForm());
        if (relation.isEmpty()) return Optional.empty();
        Node k = G.getSP(g, m, CW.strength.asNode());
        Node c = G.getSP(g, m, CW.confidence.asNode());
        return Optional.of(new CuratedRow(m.getURI(), set, s.getURI(), o.getURI(), relation.get(),
                k == null ? 1 : Integer.parseInt(k.getLiteralLexicalForm()), c == null ? 1.0 : Double.parseDouble(c.getLiteralLexicalForm())));
    }

    private static String frameworkId(Graph g, Node set, Node p) {
        Node f = G.getSP(g, set, p);
        return f == null || !f.isURI() ? null : f.getURI().substring(CW.ID.length());
    }

    /** The ids of the loaded sets, in load order. */
    List<String> setIds() {
        return List.copyOf(bySet.keySet());
    }

    /** The rows of one set (empty for an unknown id). */
    List<CuratedRow> of(String set) {
        return bySet.getOrDefault(set, List.of());
    }

    /** The set's two framework ids, {@code [from, to]}. */
    String[] frameworks(String set) {
        return frameworks.get(set).clone();
    }

    /** Every row of every set not in {@code hidden}. */
    List<CuratedRow> visible(java.util.Set<String> hidden) {
        List<CuratedRow> out = new ArrayList<>();
        bySet.forEach((id, rows) -> {
            if (!hidden.contains(id)) out.addAll(rows);
        });
        return out;
    }
}
