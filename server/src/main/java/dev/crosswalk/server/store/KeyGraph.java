package dev.crosswalk.server.store;

import org.apache.jena.system.G;
import dev.crosswalk.access.ApiKey;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/** The RDF form of key records, in a private graph outside the public reference prefix. */
public final class KeyGraph {
    public static final Node GRAPH = NodeFactory.createURI("https://w3id.org/crosswalk/access/keys");
    static final Node TYPE = CW.node("ApiKey");
    static final Node KEY_ID = CW.node("keyId");
    static final Node ORG = CW.node("forOrganisation");
    static final Node OWNER = CW.node("keyOwner");
    static final Node HASH = CW.node("keyHash");
    static final Node CREATED_BY = CW.node("createdBy");
    static final Node REVOKED = CW.node("revokedAt");
    static final Node REVOKED_BY = CW.node("revokedBy");

    private KeyGraph() {}

    public static Node subject(String id) {
        return NodeFactory.createURI("https://w3id.org/crosswalk/access/key/" + id);
    }

    public static List<Triple> triples(ApiKey k) {
        Node s = subject(k.id());
        List<Triple> out = new ArrayList<>();
        out.add(Triple.create(s, RDF.type.asNode(), TYPE));
        out.add(Triple.create(s, KEY_ID, lit(k.id())));
        out.add(Triple.create(s, ORG, lit(k.organisation())));
        out.add(Triple.create(s, OWNER, lit(k.owner())));
        out.add(Triple.create(s, HASH, lit(k.hash())));
        out.add(Triple.create(s, DCTerms.created.asNode(), lit(k.created())));
        out.add(Triple.create(s, CREATED_BY, lit(k.createdBy())));
        return out;
    }

    public static List<Triple> revocation(String id, String at, String by) {
        return List.of(Triple.create(subject(id), REVOKED, lit(at)), Triple.create(subject(id), REVOKED_BY, lit(by)));
    }

    public static Optional<ApiKey> read(Graph g, String id) {
        Node s = subject(id);
        if (!g.contains(s, RDF.type.asNode(), TYPE)) return Optional.empty();
        return Optional.of(new ApiKey(id, text(g, s, ORG), text(g, s, OWNER), text(g, s, HASH), text(g, s, DCTerms.created.asNode()),
                text(g, s, CREATED_BY), text(g, s, REVOKED), text(g, s, REVOKED_BY)));
    }

    public static List<ApiKey> readAll(Graph g, String organisation) {
        List<ApiKey> out = new ArrayList<>();
        g.find(Node.ANY, ORG, lit(organisation)).forEach(t -> read(g, text(g, t.getSubject(), KEY_ID)).ifPresent(out::add));
        out.sort(Comparator.comparing(ApiKey::created).thenComparing(ApiKey::id));
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
