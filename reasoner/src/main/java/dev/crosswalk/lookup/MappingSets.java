package dev.crosswalk.lookup;

import org.apache.jena.system.G;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Imported;
import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/** Summaries of the loaded mapping sets, computed once from the validated graphs. */
public final class MappingSets {
    private MappingSets() {}

    public static List<MappingSetSummary> summarise(ReferenceModel data, Catalog catalog) {
        List<MappingSetSummary> out = new ArrayList<>();
        data.graphs().forEach((name, g) -> {
            if (name.startsWith(GraphNames.MAPPINGS_PREFIX)) out.add(summary(g, catalog));
        });
        return List.copyOf(out);
    }

    private static MappingSetSummary summary(Graph g, Catalog catalog) {
        Node set = G.getOne(g, Node.ANY, RDF.type.asNode(), CW.MappingSet.asNode()).getSubject();
        String from = frameworkId(g, set, CW.fromFramework.asNode());
        String to = frameworkId(g, set, CW.toFramework.asNode());
        Map<String, Integer> relations = new TreeMap<>();
        Set<String> fromMapped = new HashSet<>(), fromAddressed = new HashSet<>();
        Set<String> toMapped = new HashSet<>(), toAddressed = new HashSet<>();
        int rows = 0;
        for (Triple t : g.find(Node.ANY, RDF.type.asNode(), CW.Mapping.asNode()).toList()) {
            Node m = t.getSubject();
            rows++;
            String relation = text(g, m, CW.relation.asNode());
            relations.merge(relation, 1, Integer::sum);
            String s = iri(g, m, CW.subject.asNode());
            String o = iri(g, m, CW.object.asNode());
            boolean mapped = !"no-relationship".equals(relation);
            if (s != null && !s.equals(CW.NO_TERM_FOUND)) {
                fromAddressed.add(s);
                if (mapped) fromMapped.add(s);
            }
            if (o != null && !o.equals(CW.NO_TERM_FOUND)) {
                toAddressed.add(o);
                if (mapped) toMapped.add(o);
            }
        }
        return new MappingSetSummary(text(g, set, DCTerms.identifier.asNode()), set.getURI(),
                text(g, set, DCTerms.title.asNode()), from, to, text(g, set, CW.sourceFile.asNode()),
                iri(g, set, DCTerms.license.asNode()), text(g, set, DCTerms.date.asNode()),
                text(g, set, DCTerms.description.asNode()), rows, relations,
                side(catalog, from, fromMapped, fromAddressed), side(catalog, to, toMapped, toAddressed), imported(g, set));
    }

    private static Imported imported(Graph g, Node set) {
        String at = text(g, set, CW.importedAt.asNode());
        return at == null ? null : new Imported(text(g, set, CW.importedBy.asNode()), at, text(g, set, CW.importedFrom.asNode()));
    }

    private static MappingSetSummary.Side side(Catalog catalog, String fw, Set<String> mapped, Set<String> addressed) {
        int total = fw == null ? 0 : catalog.framework(fw).map(f -> f.provisionCount()).orElse(0);
        return new MappingSetSummary.Side(fw, total, mapped.size(), addressed.size());
    }

    private static String frameworkId(Graph g, Node set, Node p) {
        String iri = iri(g, set, p);
        return iri == null ? null : iri.substring(CW.ID.length());
    }

    private static String text(Graph g, Node s, Node p) {
        return java.util.Optional.ofNullable(G.getSP(g, s, p)).map(o -> o.isLiteral()
                ? o.getLiteralLexicalForm() : o.toString()).orElse(null);
    }

    private static String iri(Graph g, Node s, Node p) {
        return java.util.Optional.ofNullable(G.getSP(g, s, p)).filter(Node::isURI)
                .map(Node::getURI).orElse(null);
    }
}
