package dev.crosswalk.mapping;

import dev.crosswalk.catalog.Timelines;
import dev.crosswalk.vocab.CW;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import dev.crosswalk.vocab.Prov;
import org.apache.jena.vocabulary.RDF;

/**
 * Turns a parsed SSSOM set into RDF: a cw:MappingSet, one reified cw:Mapping per row (all fields
 * plus provenance and its source line), and a direct edge between the two provisions. Values are
 * written as found (a non-numeric strength stays a string) so the shapes can name every defect.
 */
public final class MappingGraphBuilder {
    private MappingGraphBuilder() {}

    /** {@code frameworkIds} resolves the file name {@code <from>-<to>} where ids contain hyphens. */
    public static Graph build(MappingSetFile file, Collection<String> frameworkIds) {
        return build(file, frameworkPair(file.name(), frameworkIds));
    }

    /** A set whose two frameworks are known otherwise (an imported set names them by its rows, not its file name). */
    public static Graph build(MappingSetFile file, String fromFramework, String toFramework) {
        return build(file, Optional.of(new String[] {fromFramework, toFramework}));
    }

    private static Graph build(MappingSetFile file, Optional<String[]> pair) {
        Graph g = GraphFactory.createDefaultGraph();
        Node set = NodeFactory.createURI(Optional.ofNullable(file.headerString("mapping_set_id"))
                .orElse(CW.MAPPING + file.name()));
        add(g, set, RDF.type.asNode(), CW.MappingSet.asNode());
        add(g, set, DCTerms.identifier.asNode(), str(file.name()));
        addLiteral(g, set, DCTerms.title.asNode(), file.headerString("mapping_set_title"));
        // "description" in the packaged sets; SSSOM's own slot name in exports and other tools' sets
        addLiteral(g, set, DCTerms.description.asNode(), Optional.ofNullable(file.headerString("description"))
                .orElse(file.headerString("mapping_set_description")));
        addIri(g, set, DCTerms.license.asNode(), file.headerString("license"));
        addDate(g, set, DCTerms.date.asNode(), file.headerString("mapping_date"));
        addLiteral(g, set, CW.sourceFile.asNode(), file.path());
        add(g, set, CW.rowCount.asNode(), NodeFactory.createLiteralDT(Integer.toString(file.rows().size()), XSDDatatype.XSDinteger));
        Object creators = file.header().get("creator_id");
        if (creators instanceof Collection<?> c) c.forEach(x -> addIri(g, set, DCTerms.creator.asNode(), file.expand(x.toString())));
        pair.ifPresent(p -> {
            add(g, set, CW.fromFramework.asNode(), NodeFactory.createURI(CW.ID + p[0]));
            add(g, set, CW.toFramework.asNode(), NodeFactory.createURI(CW.ID + p[1]));
        });
        Map<String, Integer> seen = new HashMap<>();
        for (MappingRow row : file.rows()) addRow(g, file, set, row, seen);
        return g;
    }

    private static void addRow(Graph g, MappingSetFile file, Node set, MappingRow row, Map<String, Integer> seen) {
        String subject = expandOrRaw(file, row.get("subject_id"));
        String object = expandOrRaw(file, row.get("object_id"));
        String subjectReads = row.get("subject_source_version");
        String objectReads = row.get("object_source_version");
        // Stable IRI per pair (and per wording read, so one pair may be read on each timeline);
        // a repeated pair gets its own resource so the shapes can report it.
        String readings = subjectReads == null && objectReads == null ? "" : "|" + subjectReads + "|" + objectReads;
        String id = shortHash(subject + "|" + object + readings);
        int n = seen.merge(id, 1, Integer::sum);
        Node m = NodeFactory.createURI(CW.MAPPING + file.name() + "/" + id + (n > 1 ? "-" + n : ""));
        add(g, m, RDF.type.asNode(), CW.Mapping.asNode());
        add(g, m, CW.inMappingSet.asNode(), set);
        add(g, m, Prov.wasDerivedFrom.asNode(), set);
        addLiteral(g, m, CW.sourceFile.asNode(), file.path());
        add(g, m, CW.sourceLine.asNode(), NodeFactory.createLiteralDT(Integer.toString(row.line()), XSDDatatype.XSDinteger));
        if (subject != null) add(g, m, CW.subject.asNode(), NodeFactory.createURI(subject));
        if (object != null) add(g, m, CW.object.asNode(), NodeFactory.createURI(object));
        addLiteral(g, m, CW.subjectLabel.asNode(), row.get("subject_label"));
        addLiteral(g, m, CW.objectLabel.asNode(), row.get("object_label"));
        addLiteral(g, m, CW.relation.asNode(), row.get("relation"));
        addIri(g, m, CW.predicate.asNode(), expandOrRaw(file, row.get("predicate_id")));
        addTyped(g, m, CW.strength.asNode(), row.get("strength"), XSDDatatype.XSDinteger);
        addTyped(g, m, CW.confidence.asNode(), row.get("confidence"), XSDDatatype.XSDdecimal);
        addLiteral(g, m, CW.rationale.asNode(), row.get("rationale"));
        addIri(g, m, CW.justification.asNode(), expandOrRaw(file, row.get("mapping_justification")));
        addIri(g, m, Prov.wasAttributedTo.asNode(), expandOrRaw(file, row.get("author_id")));
        addDate(g, m, DCTerms.date.asNode(), row.get("mapping_date"));
        addLiteral(g, m, CW.comment.asNode(), row.get("comment"));
        addTimeline(g, m, CW.subjectTimeline.asNode(), subjectReads);
        addTimeline(g, m, CW.objectTimeline.asNode(), objectReads);
        Optional<Relation> rel = Relation.fromLabel(String.valueOf(row.get("relation")));
        if (rel.isPresent() && subject != null && object != null
                && !subject.equals(CW.NO_TERM_FOUND) && !object.equals(CW.NO_TERM_FOUND)) {
            add(g, NodeFactory.createURI(subject), NodeFactory.createURI(rel.get().predicateIri()), NodeFactory.createURI(object));
        }
    }

    /** Splits {@code iso42001-eu-ai-act} into two known framework ids, if exactly one split works. */
    static Optional<String[]> frameworkPair(String name, Collection<String> ids) {
        for (String from : ids) {
            if (name.startsWith(from + "-") && ids.contains(name.substring(from.length() + 1))) {
                return Optional.of(new String[] {from, name.substring(from.length() + 1)});
            }
        }
        return Optional.empty();
    }

    /** Unexpandable CURIEs become IRIs in a marker namespace so the shapes report them as dangling. */
    private static String expandOrRaw(MappingSetFile file, String curie) {
        if (curie == null) return null;
        if (curie.equals("sssom:NoTermFound")) return CW.NO_TERM_FOUND;
        String iri = file.expand(curie);
        return iri != null ? iri : "urn:crosswalk:undeclared-curie:" + curie.replaceAll("[^A-Za-z0-9._:/()-]", "_");
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node str(String v) {
        return NodeFactory.createLiteralString(v);
    }

    private static void addLiteral(Graph g, Node s, Node p, String v) {
        if (v != null) add(g, s, p, str(v));
    }

    private static void addIri(Graph g, Node s, Node p, String v) {
        if (v == null) return;
        if (v.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]*$")) add(g, s, p, NodeFactory.createURI(v));
        else add(g, s, p, str(v));
    }

    /** A known timeline name becomes the timeline's IRI; anything else stays a string for the shapes to report. */
    private static void addTimeline(Graph g, Node s, Node p, String v) {
        if (v == null) return;
        String iri = Timelines.iri(v);
        add(g, s, p, iri != null ? NodeFactory.createURI(iri) : str(v));
    }

    private static void addTyped(Graph g, Node s, Node p, String v, XSDDatatype type) {
        if (v == null) return;
        add(g, s, p, type.isValid(v) ? NodeFactory.createLiteralDT(v, type) : str(v));
    }

    private static void addDate(Graph g, Node s, Node p, String v) {
        addTyped(g, s, p, v, XSDDatatype.XSDdate);
    }

    private static String shortHash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
