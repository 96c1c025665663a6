package dev.crosswalk.server.store;

import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.vocab.CW;
import java.time.Instant;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;

/**
 * The one rule for publishing reference data, in every backend: a store's reference graphs are
 * replaced when its stamp — the content hash of the sources and the build of the code that
 * validated and reasoned over them — differs from the running one. A new build therefore replaces
 * inferences made by older code even when the data did not change.
 */
public record PublicationStamp(String contentHash, String build) {
    public static final Node GRAPH = NodeFactory.createURI(GraphNames.META);
    private static final Node DATASET = NodeFactory.createURI(CW.ID + "dataset");

    /** True when a store stamped {@code stored} already holds exactly what this stamp describes. */
    public boolean current(Optional<PublicationStamp> stored) {
        return stored.map(this::equals).orElse(false);
    }

    /** True when inferences stamped like this may be reused: the build has an id (an unversioned build is never trusted). */
    public boolean trusted() {
        return !build.endsWith("unknown") && !build.contains("${");
    }

    /** The bookkeeping graph that records this stamp, published now. */
    public Graph toGraph() {
        Graph meta = GraphFactory.createDefaultGraph();
        meta.add(Triple.create(DATASET, CW.contentHash.asNode(), NodeFactory.createLiteralString(contentHash)));
        meta.add(Triple.create(DATASET, CW.codeBuild.asNode(), NodeFactory.createLiteralString(build)));
        meta.add(Triple.create(DATASET, CW.publishedAt.asNode(), NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
        return meta;
    }

    /** The stamp a bookkeeping graph records; empty when it records none (a store published to before builds were stamped has no build). */
    public static Optional<PublicationStamp> of(Graph meta) {
        Node hash = G.getSP(meta, DATASET, CW.contentHash.asNode());
        Node build = G.getSP(meta, DATASET, CW.codeBuild.asNode());
        if (hash == null) return Optional.empty();
        return Optional.of(new PublicationStamp(hash.getLiteralLexicalForm(), build == null ? "" : build.getLiteralLexicalForm()));
    }
}
