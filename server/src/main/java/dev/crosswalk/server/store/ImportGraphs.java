package dev.crosswalk.server.store;

import dev.crosswalk.imports.ImportFormat;
import dev.crosswalk.imports.ImportKind;
import dev.crosswalk.imports.ImportScope;
import dev.crosswalk.imports.ImportedSource;
import dev.crosswalk.vocab.CW;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The RDF form of stored imports, the same in every backend: one graph per import, outside the
 * public reference prefix (publishing never touches it), holding the file as uploaded and who
 * imported it when. Public imports live under {@code https://w3id.org/crosswalk/import/}, an
 * organisation's under its own graphs, {@code https://w3id.org/crosswalk/org/<org>/import/}.
 */
public final class ImportGraphs {
    public static final String PUBLIC_PREFIX = "https://w3id.org/crosswalk/import/";
    static final Node TYPE = CW.node("Import");
    static final Node KIND = CW.node("importKind");
    static final Node CONTENT = CW.node("importContent");
    private static final Pattern ORG_GRAPH = Pattern.compile("^" + Pattern.quote(OrganisationGraphs.ORG_GRAPHS) + "([^/]+)/import/");

    private ImportGraphs() {}

    /** Where the imports of {@code scope} live: every import graph's name starts with this. */
    public static String prefix(ImportScope scope) {
        return scope.isPublic() ? PUBLIC_PREFIX : OrganisationGraphs.ORG_GRAPHS + scope.organisation() + "/import/";
    }

    /** The graph of one import (its record's subject too). */
    public static Node graph(ImportScope scope, ImportKind kind, String id) {
        return NodeFactory.createURI(prefix(scope) + kind.token() + "/" + id);
    }

    /** The organisation whose import graph this is; empty for a public one or any other graph. */
    public static Optional<String> organisationOf(String graphName) {
        Matcher m = ORG_GRAPH.matcher(graphName);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public static List<Triple> triples(ImportScope scope, ImportedSource s) {
        Node g = graph(scope, s.kind(), s.id());
        List<Triple> out = new ArrayList<>();
        out.add(Triple.create(g, RDF.type.asNode(), TYPE));
        out.add(Triple.create(g, KIND, lit(s.kind().token())));
        out.add(Triple.create(g, DCTerms.format.asNode(), lit(s.format().mediaType())));
        out.add(Triple.create(g, DCTerms.identifier.asNode(), lit(s.id())));
        if (s.title() != null) out.add(Triple.create(g, DCTerms.title.asNode(), lit(s.title())));
        out.add(Triple.create(g, CW.importedFrom.asNode(), lit(s.fileName())));
        out.add(Triple.create(g, CW.importedBy.asNode(), lit(s.importedBy())));
        out.add(Triple.create(g, CW.importedAt.asNode(), NodeFactory.createLiteralDT(s.importedAt().toString(), XSDDatatype.XSDdateTime)));
        out.add(Triple.create(g, CONTENT, lit(s.content())));
        return out;
    }

    /** The imports recorded in {@code g} (one or many import graphs' triples), oldest first. */
    public static List<ImportedSource> read(Graph g) {
        List<ImportedSource> out = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), TYPE).forEach(t -> {
            Node s = t.getSubject();
            ImportKind kind = ImportKind.ofToken(text(g, s, KIND));
            String media = text(g, s, DCTerms.format.asNode());
            ImportFormat format = Arrays.stream(ImportFormat.values()).filter(f -> f.kind() == kind && f.mediaType().equals(media))
                    .findFirst().orElseThrow(() -> new IllegalStateException("Stored import " + s + " has an unknown format " + media));
            out.add(new ImportedSource(kind, format, text(g, s, DCTerms.identifier.asNode()), text(g, s, DCTerms.title.asNode()),
                    text(g, s, CW.importedFrom.asNode()), text(g, s, CONTENT), text(g, s, CW.importedBy.asNode()),
                    Instant.parse(text(g, s, CW.importedAt.asNode()))));
        });
        out.sort(Comparator.comparing(ImportedSource::importedAt).thenComparing(ImportedSource::id));
        return out;
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static String text(Graph g, Node s, Node p) {
        Node o = G.getSP(g, s, p);
        return o == null ? null : o.getLiteralLexicalForm();
    }
}
