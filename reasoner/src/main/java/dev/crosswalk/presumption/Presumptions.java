package dev.crosswalk.presumption;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.catalog.UnknownReferenceException;
import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.mapping.CoverageRule;
import dev.crosswalk.mapping.Relation;
import dev.crosswalk.reason.Inference;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Presumption of conformity, decided by reasoner/rules/presumption.rules over the legal-standing
 * data and the mapping edges. A what-if ("assume cited") adds a hypothetical OJ citation to a
 * private copy of the input; it never touches the reference data.
 */
public final class Presumptions {
    private static final Node CLAIM = NodeFactory.createURI(CW.ID + "claim/query");
    private final Catalog catalog;
    private final List<Rule> rules;
    private final Graph base;
    private final Map<String, Instrument> instruments;
    private final Map<String, Presumption> cache = new ConcurrentHashMap<>();

    private Presumptions(Catalog catalog, List<Rule> rules, Graph base, Map<String, Instrument> instruments) {
        this.catalog = catalog;
        this.rules = rules;
        this.base = base;
        this.instruments = instruments;
    }

    /**
     * Builds the (small) rule input once: standing data, catalog structure, sub-property axioms and the
     * mapping edges of the coverage rule — a cw:MappingEdge only where the evidence counts (no
     * no-relationship row against it, at least the minimum strength), cw:relatedEvidence where it
     * does not — so "covers" and "supporting evidence" read the mappings as gap analysis does.
     */
    public static Presumptions build(ReferenceModel data, Catalog catalog, List<Rule> presumptionRules, CoverageRule rule) {
        Graph base = GraphFactory.createDefaultGraph();
        data.graphs().forEach((name, g) -> {
            if (name.startsWith(GraphNames.STANDING_PREFIX)) {
                g.find().forEach(base::add);
                return;
            }
            if (name.startsWith(GraphNames.SHAPES_PREFIX)) return;
            g.find().forEach(t -> {
                Node p = t.getPredicate();
                if (p.equals(SKOS.inScheme.asNode()) || p.equals(SKOS.broader.asNode())
                        || (p.equals(RDFS.subPropertyOf.asNode()) && t.getObject().equals(CW.mapsTo.asNode()))) {
                    base.add(t);
                }
            });
        });
        rule.edges().find().forEach(t -> {
            if (Relation.isEdgeProperty(t.getPredicate()) || t.getPredicate().equals(CoverageRule.RELATED_EVIDENCE)) base.add(t);
        });
        return new Presumptions(catalog, presumptionRules, base, InstrumentReader.read(base, catalog));
    }

    public List<Instrument> instruments() {
        return instruments.values().stream().sorted(Comparator.comparing(Instrument::id)).toList();
    }

    public Instrument require(String id) {
        Instrument i = instruments.get(id);
        if (i == null) {
            throw new UnknownReferenceException("standard", id, "Unknown standard '" + id + "'. Known standards: "
                    + String.join(", ", new TreeSet<>(instruments.keySet())) + ".");
        }
        return i;
    }

    /** The presumption answer for {@code id}; {@code assumeCited} evaluates a what-if citation. */
    public Presumption evaluate(String id, boolean assumeCited) {
        Instrument asked = require(id);
        return cache.computeIfAbsent(id + "|" + assumeCited, k -> compute(asked, assumeCited));
    }

    private Presumption compute(Instrument asked, boolean assumeCited) {
        Instrument evaluated = assumeCited && asked.canBeCitedAs() != null ? require(asked.canBeCitedAs()) : asked;
        boolean hypothetical = assumeCited && !evaluated.cited();
        Graph input = GraphFactory.createDefaultGraph();
        base.find().forEach(input::add);
        Node inst = NodeFactory.createURI(evaluated.iri());
        input.add(Triple.create(CLAIM, CW.node("conformsTo"), inst));
        if (hypothetical) {
            input.add(Triple.create(inst, CW.node("ojCitation"), NodeFactory.createLiteralString("hypothetical citation (what-if)")));
        }
        Graph out = Inference.deduce(rules, input);
        List<String> presumed = refs(out, "presumedConformity");
        List<String> supporting = new ArrayList<>(refs(out, "supportingEvidence"));
        supporting.removeAll(presumed);
        List<String> related = new ArrayList<>(refs(out, "relatedOnly"));
        related.removeAll(supporting);
        related.removeAll(presumed);
        List<String> basis = new ArrayList<>();
        String basisArticle = evaluated.basisProvision() != null ? evaluated.basisProvision() : "eu-ai-act:Art. 40";
        basis.add(basisArticle);
        String explanation = Explanations.of(asked, evaluated, hypothetical, presumed, supporting, related);
        return new Presumption(asked.id(), asked.title(), asked.cited(), asked.citation(), hypothetical,
                evaluated == asked ? null : evaluated.id(), presumed, supporting, related, basis, explanation, String.valueOf(asked.asOf()));
    }

    private List<String> refs(Graph g, String property) {
        return g.find(CLAIM, CW.node(property), Node.ANY).mapWith(t -> catalog.provisionByIri(t.getObject().getURI()))
                .filterKeep(java.util.Optional::isPresent).mapWith(o -> o.get()).toList().stream()
                .sorted(Comparator.comparingInt(Provision::sortKey)).map(Provision::ref).distinct().toList();
    }

    static Map<String, Instrument> index(List<Instrument> list) {
        Map<String, Instrument> m = new LinkedHashMap<>();
        list.forEach(i -> m.put(i.id(), i));
        return m;
    }
}
