package dev.crosswalk.imports;

import dev.crosswalk.vocab.CW;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * An imported framework as a catalog graph (docs/catalog-conventions.md): the framework under
 * {@code cwid:<id>} marked as imported (who, when, which file), and each provision under
 * {@code cwid:<id>/<local-id>} as a {@code cw:Control} with notation, title, paraphrase, parent, source,
 * confidence 1 (the importer's own words, taken as given) with a note saying so, document order and
 * the line it was read from. Values are written as found so the catalog shapes can name every defect.
 */
final class CatalogGraph {
    private CatalogGraph() {}

    static Graph build(ImportedSource source, FrameworkRows rows, String frameworkSource) {
        Graph g = GraphFactory.createDefaultGraph();
        Node fw = NodeFactory.createURI(CW.ID + source.id());
        add(g, fw, RDF.type.asNode(), CW.Framework.asNode());
        add(g, fw, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
        add(g, fw, DCTerms.identifier.asNode(), lit(source.id()));
        add(g, fw, DCTerms.title.asNode(), lit(source.title()));
        add(g, fw, DCTerms.source.asNode(), NodeFactory.createURI(frameworkSource));
        add(g, fw, CW.notationPattern.asNode(), lit(rows.notationPattern()));
        attribute(g, fw, source);
        String note = "Imported by " + source.importedBy() + " from " + source.fileName() + " at " + source.importedAt()
                + ": the importer's own content, not checked by the Crosswalk curators.";
        int sortKey = 0;
        for (FrameworkRows.Row r : rows.rows()) {
            Node p = provision(source.id(), r.localId());
            add(g, p, RDF.type.asNode(), SKOS.Concept.asNode());
            add(g, p, RDF.type.asNode(), CW.node("Control"));
            add(g, p, SKOS.inScheme.asNode(), fw);
            add(g, p, SKOS.notation.asNode(), lit(r.notation()));
            if (r.title() != null) add(g, p, SKOS.prefLabel.asNode(), lit(r.title()));
            if (r.paraphrase() != null) add(g, p, CW.paraphrase.asNode(), lit(r.paraphrase()));
            if (r.parent() != null) add(g, p, SKOS.broader.asNode(), provision(source.id(), r.parent()));
            add(g, p, DCTerms.source.asNode(), NodeFactory.createURI(r.source() != null ? r.source() : frameworkSource));
            add(g, p, CW.confidence.asNode(), NodeFactory.createLiteralDT("1.0", XSDDatatype.XSDdecimal));
            add(g, p, SKOS.editorialNote.asNode(), lit(note));
            add(g, p, CW.sortKey.asNode(), NodeFactory.createLiteralDT(Integer.toString(++sortKey), XSDDatatype.XSDinteger));
            add(g, p, CW.sourceFile.asNode(), lit(source.fileName()));
            add(g, p, CW.sourceLine.asNode(), NodeFactory.createLiteralDT(Integer.toString(r.line()), XSDDatatype.XSDinteger));
        }
        return g;
    }

    /** The provision IRI {@code cwid:<framework-id>/<local-id>}. */
    static Node provision(String frameworkId, String localId) {
        return NodeFactory.createURI(CW.ID + frameworkId + "/" + localId);
    }

    /** Who imported {@code node}'s content, when and from which file. */
    static void attribute(Graph g, Node node, ImportedSource source) {
        add(g, node, CW.importedBy.asNode(), lit(source.importedBy()));
        add(g, node, CW.importedAt.asNode(), NodeFactory.createLiteralDT(source.importedAt().toString(), XSDDatatype.XSDdateTime));
        add(g, node, CW.importedFrom.asNode(), lit(source.fileName()));
    }

    /** The column of a CSV field each catalog property is read from, for violations. */
    static final List<String[]> FIELDS = List.of(
            new String[] {SKOS.notation.getURI(), "id"}, new String[] {SKOS.prefLabel.getURI(), "title"},
            new String[] {SKOS.broader.getURI(), "parent"}, new String[] {CW.paraphrase.getURI(), "paraphrase"},
            new String[] {DCTerms.source.getURI(), "source"},
            new String[] {CW.SHAPES + "NotationUnique", "id"}, new String[] {CW.SHAPES + "NotationMatchesPattern", "id"},
            new String[] {CW.SHAPES + "ParentInSameFramework", "parent"});

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node lit(String v) {
        return NodeFactory.createLiteralString(v);
    }
}
