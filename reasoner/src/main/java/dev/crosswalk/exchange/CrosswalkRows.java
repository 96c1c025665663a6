package dev.crosswalk.exchange;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Framework;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.catalog.Timelines;
import dev.crosswalk.lookup.Chain;
import dev.crosswalk.lookup.ChainStep;
import dev.crosswalk.lookup.InferredEdge;
import dev.crosswalk.lookup.MappingSetSummary;
import dev.crosswalk.mapping.Relation;
import dev.crosswalk.vocab.CW;
import dev.crosswalk.vocab.Prov;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/** Reads mapping rows out of the reference graphs for an export: per framework pair, curated rows and, on request, chained ones. */
public final class CrosswalkRows {
    private final ExchangeData data;
    private final Map<String, List<CrosswalkRow>> bySet = new HashMap<>();
    private final Map<String, CrosswalkRow> byMapping = new HashMap<>();

    public CrosswalkRows(ExchangeData data) {
        this.data = data;
        for (MappingSetSummary s : data.mappingSets()) {
            List<CrosswalkRow> rows = readSet(s);
            bySet.put(s.id(), rows);
            rows.forEach(r -> byMapping.put(r.mapping(), r));
        }
    }

    public ExchangeData data() {
        return data;
    }

    /** The pairs a selection names, each with its rows; {@link NoMappingsException} when no row answers it. */
    public List<FrameworkPair> select(Selection s) {
        Catalog catalog = data.catalog();
        for (String id : new String[] {s.from(), s.to(), s.framework()}) if (id != null) catalog.requireFramework(id);
        if (s.framework() != null && (s.from() != null || s.to() != null)) {
            throw new InvalidExportException("Give either 'framework' (every pair with that framework, read from it) or 'from'/'to', not both.");
        }
        if (s.from() != null && s.from().equals(s.to())) {
            throw new InvalidExportException("'from' and 'to' name the same framework '" + s.from() + "': a crosswalk relates two frameworks.");
        }
        List<FrameworkPair> pairs = new ArrayList<>();
        String from = s.framework() != null ? s.framework() : s.from();
        if (from != null && s.to() != null) pairs.add(pair(from, s.to(), s.inferred()));
        else if (from != null) partners(from, s.inferred()).forEach(o -> pairs.add(pair(from, o, s.inferred())));
        else if (s.to() != null) partners(s.to(), s.inferred()).forEach(o -> pairs.add(pair(o, s.to(), s.inferred())));
        else ownDirections(s.inferred()).forEach(p -> pairs.add(pair(p[0], p[1], s.inferred())));
        pairs.removeIf(p -> p.rows().isEmpty());
        if (pairs.isEmpty()) throw new NoMappingsException(nothingBetween(s));
        return pairs;
    }

    /** The rows between two frameworks read from {@code from} to {@code to}. */
    public FrameworkPair pair(String from, String to, boolean inferred) {
        List<MappingSetSummary> sets = data.mappingSets().stream()
                .filter(m -> (from.equals(m.from()) && to.equals(m.to())) || (from.equals(m.to()) && to.equals(m.from()))).toList();
        List<CrosswalkRow> rows = new ArrayList<>();
        for (MappingSetSummary set : sets) {
            boolean forward = from.equals(set.from());
            for (CrosswalkRow r : bySet.getOrDefault(set.id(), List.of())) {
                rows.add(forward ? r : r.reverse("Read in reverse of mapping set " + set.id() + "."));
            }
        }
        int curated = rows.size();
        if (inferred) rows.addAll(chained(from, to, rows));
        MappingSetSummary exact = sets.size() == 1 && from.equals(sets.get(0).from()) && rows.size() == curated ? sets.get(0) : null;
        return new FrameworkPair(from, to, sets, rows, exact);
    }

    /** The curated row with this mapping IRI, if any. */
    public Optional<CrosswalkRow> curated(String mappingIri) {
        return Optional.ofNullable(byMapping.get(mappingIri));
    }

    private List<String> partners(String framework, boolean inferred) {
        Set<String> out = new LinkedHashSet<>();
        if (inferred) data.catalog().frameworks().stream().map(Framework::id).forEach(out::add);
        for (MappingSetSummary m : data.mappingSets()) {
            if (framework.equals(m.from()) && m.to() != null) out.add(m.to());
            if (framework.equals(m.to()) && m.from() != null) out.add(m.from());
        }
        out.remove(framework);
        return List.copyOf(out);
    }

    /** Every mapping set's pair in the set's own direction; with chains also every other pair, in catalog order. */
    private List<String[]> ownDirections(boolean inferred) {
        List<String[]> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MappingSetSummary m : data.mappingSets()) {
            if (m.from() == null || m.to() == null || !seen.add(key(m.from(), m.to()))) continue;
            out.add(new String[] {m.from(), m.to()});
        }
        if (inferred) {
            List<String> ids = data.catalog().frameworks().stream().map(Framework::id).toList();
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    if (seen.add(key(ids.get(i), ids.get(j)))) out.add(new String[] {ids.get(i), ids.get(j)});
                }
            }
        }
        return out;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private String nothingBetween(Selection s) {
        String which = s.from() != null && s.to() != null ? "between " + s.from() + " and " + s.to()
                : s.framework() != null ? "with " + s.framework() : s.from() != null ? "from " + s.from() : s.to() != null ? "to " + s.to() : "";
        String sets = data.mappingSets().stream().map(MappingSetSummary::id).sorted().collect(Collectors.joining(", "));
        return "No mapping " + which + (s.inferred() ? " (curated or chained)." : " in the curated mapping sets (add inferred=true for chained ones).")
                + " Mapping sets: " + sets + ".";
    }

    /** Per provision of {@code from}, the best chain to each provision of {@code to} that has no curated row with it. */
    private List<CrosswalkRow> chained(String from, String to, List<CrosswalkRow> curated) {
        Set<String> asserted = new HashSet<>();
        curated.forEach(r -> asserted.add(r.subject() + "|" + r.object()));
        List<CrosswalkRow> out = new ArrayList<>();
        for (Provision p : data.catalog().provisions(from)) {
            for (InferredEdge e : data.chains().inferred(p, to, 1, List.of())) {
                Provision target = data.catalog().require(e.to());
                if (asserted.contains(p.iri() + "|" + target.iri())) continue;
                out.add(chainRow(p, target, e));
            }
        }
        return out;
    }

    private CrosswalkRow chainRow(Provision from, Provision to, InferredEdge e) {
        Chain chain = e.bestChain();
        List<String> derived = chain.steps().stream().map(ChainStep::mapping).toList();
        Set<String> authors = new TreeSet<>();
        String date = null;
        for (String m : derived) {
            CrosswalkRow step = byMapping.get(m);
            if (step == null) continue;
            authors.addAll(step.authors());
            if (step.date() != null && (date == null || step.date().compareTo(date) > 0)) date = step.date();
        }
        String path = chain.steps().stream().map(st -> st.from() + " " + st.relation().label() + " " + st.to() + " (strength " + st.strength()
                + ", " + st.mappingSet() + ")").collect(Collectors.joining("; "));
        String comment = "Chain of " + chain.steps().size() + " curated mappings: " + path + "."
                + (e.chains() > 1 ? " " + e.chains() + " chains relate this pair; the strongest is shown." : "");
        String rationale = "Inferred by composing the relations of the chained curated mappings (NIST IR 8477 set algebra);"
                + " as strong as its weakest step and as confident as its least certain one.";
        return new CrosswalkRow(from.iri(), from.title(), to.iri(), to.title(), e.relation(),
                e.strength(), BigDecimal.valueOf(e.confidence()).doubleValue(), rationale, CW.SEMAPV + "MappingChaining",
                List.copyOf(authors), date, comment, null, null, null, chain.mapping(), true, false, derived);
    }

    private List<CrosswalkRow> readSet(MappingSetSummary set) {
        Graph g = data.reference();
        Node setNode = NodeFactory.createURI(set.iri());
        List<Node> rows = new ArrayList<>(g.find(Node.ANY, CW.inMappingSet.asNode(), setNode).mapWith(Triple::getSubject)
                .filterKeep(m -> g.contains(m, RDF.type.asNode(), CW.Mapping.asNode())).toList());
        rows.sort(Comparator.comparingInt((Node m) -> text(g, m, CW.sourceLine.asNode()).map(Integer::parseInt).orElse(0))
                .thenComparing(Node::getURI));
        return rows.stream().map(m -> row(g, m, set.id())).toList();
    }

    private static CrosswalkRow row(Graph g, Node m, String setId) {
        List<String> authors = g.find(m, Prov.wasAttributedTo.asNode(), Node.ANY).mapWith(t -> t.getObject().toString()).toList()
                .stream().sorted().toList();
        return new CrosswalkRow(iri(g, m, CW.subject.asNode()), text(g, m, CW.subjectLabel.asNode()).orElse(null),
                iri(g, m, CW.object.asNode()), text(g, m, CW.objectLabel.asNode()).orElse(null),
                Relation.fromLabel(text(g, m, CW.relation.asNode()).orElse("")).orElseThrow(),
                Integer.parseInt(text(g, m, CW.strength.asNode()).orElseThrow()),
                new BigDecimal(text(g, m, CW.confidence.asNode()).orElseThrow()).doubleValue(),
                text(g, m, CW.rationale.asNode()).orElse(null), iri(g, m, CW.justification.asNode()), authors,
                text(g, m, DCTerms.date.asNode()).orElse(null), text(g, m, CW.comment.asNode()).orElse(null),
                Timelines.name(iri(g, m, CW.subjectTimeline.asNode())), Timelines.name(iri(g, m, CW.objectTimeline.asNode())),
                setId, m.getURI(), false, false, List.of());
    }

    private static String iri(Graph g, Node s, Node p) {
        Node o = G.getSP(g, s, p);
        return o != null && o.isURI() ? o.getURI() : null;
    }

    private static Optional<String> text(Graph g, Node s, Node p) {
        return Optional.ofNullable(G.getSP(g, s, p)).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }
}
