package dev.crosswalk.store;

import org.apache.jena.system.G;
import dev.crosswalk.vocab.CW;
import dev.crosswalk.vocab.Prov;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Stored organisations in their own named graphs (never under the public reference prefix):
 * the profile as submitted plus its gap-evaluation graph, and an append-only PROV-O history.
 * Every change is one write transaction, opened only to write: after a failure the previous
 * profile is intact.
 */
public final class OrganisationStore implements OrgRepository {
    public static final String ORG_GRAPHS = "https://w3id.org/crosswalk/org/";
    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{1,63}$");
    private final DatasetGraph dsg;

    public OrganisationStore(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** True when {@code org} is a valid organisation id (lower-case letters, digits, hyphens; 2–64). */
    public static boolean validId(String org) {
        return org != null && ID.matcher(org).matches();
    }

    public static Node profileGraph(String org) {
        return NodeFactory.createURI(ORG_GRAPHS + org + "/profile");
    }

    public static Node historyGraph(String org) {
        return NodeFactory.createURI(ORG_GRAPHS + org + "/history");
    }

    /** A new version of a stored profile: its JSON text, its gap-evaluation graph, and what changed. */
    public record Version(String json, Graph evaluation, String action, String detail) {}

    /**
     * Computes a new version from the current one (empty when none) and stores it in one write
     * transaction. {@code change} (parsing, SHACL validation, building the evaluation graph) runs
     * outside any transaction, so a slow validation never holds the store's single writer; the
     * write then checks the profile is still the one the version was computed from and, when
     * another change came first, computes it again from the newer one. A failure (any exception
     * from {@code change}) stores nothing. Returns whether a profile existed.
     */
    @Override
    public boolean update(String org, java.util.function.Function<Optional<String>, Version> change, Actor actor) {
        for (int attempt = 1; ; attempt++) {
            Optional<String> current = get(org);
            Version v = change.apply(current);
            Optional<Boolean> written = Txn.calculateWrite(dsg, () -> {
                if (!profileJson(org).equals(current)) return Optional.<Boolean>empty();
                write(org, v, actor);
                return Optional.of(current.isPresent());
            });
            if (written.isPresent()) return written.get();
            if (attempt == MAX_ATTEMPTS) {
                throw new ConcurrentUpdateException("The profile of '" + org + "' changed " + MAX_ATTEMPTS
                        + " times while this change was being validated; try again.");
            }
        }
    }

    private static final int MAX_ATTEMPTS = 5;

    /** Replaces the stored version (inside the caller's write transaction). */
    private void write(String org, Version v, Actor actor) {
        Node doc = NodeFactory.createURI(ORG_GRAPHS + org);
        Set<Triple> next = new HashSet<>();
        next.add(Triple.create(doc, CW.node("profileJson"), NodeFactory.createLiteralString(v.json())));
        v.evaluation().find().forEach(next::add);
        // write only the difference: a single-control change touches a few triples, and TDB2
        // (copy-on-write) grows with every triple rewritten, not with the size of the change
        Graph stored = dsg.getGraph(profileGraph(org));
        List<Triple> gone = stored.find().filterDrop(next::contains).toList();
        gone.forEach(stored::delete);
        next.stream().filter(t -> !stored.contains(t)).forEach(stored::add);
        record(org, actor, v.action(), v.detail());
    }

    /** The stored profile JSON (inside the caller's transaction). */
    private Optional<String> profileJson(String org) {
        return Optional.ofNullable(G.getSP(dsg.getGraph(profileGraph(org)), NodeFactory.createURI(ORG_GRAPHS + org),
                CW.node("profileJson"))).map(Node::getLiteralLexicalForm);
    }

    /** The stored profile JSON, if any. */
    @Override
    public Optional<String> get(String org) {
        return Txn.calculateRead(dsg, () -> profileJson(org));
    }

    @Override
    public Optional<Graph> evaluation(String org) {
        return Txn.calculateRead(dsg, () -> {
            Graph g = dsg.getGraph(profileGraph(org));
            if (g.isEmpty()) return Optional.<Graph>empty();
            Graph copy = GraphFactory.createDefaultGraph();
            g.find().forEach(copy::add);
            return Optional.of(copy);
        });
    }

    /** Removes the profile (the history stays, with the deletion recorded); false when there was none. */
    @Override
    public boolean delete(String org, Actor actor) {
        return Txn.calculateWrite(dsg, () -> {
            Node g = profileGraph(org);
            if (dsg.getGraph(g).isEmpty()) return false;
            dsg.removeGraph(g);
            record(org, actor, "delete-profile", "profile removed");
            return true;
        });
    }

    /** The organisation's change history, oldest first. */
    @Override
    public List<HistoryEntry> history(String org) {
        return Txn.calculateRead(dsg, () -> entries(dsg.getGraph(historyGraph(org))));
    }

    /** One recorded change: what, when, by whom (the agent's name and IRI). */
    public record HistoryEntry(String activity, String action, String at, String by, String agent, String detail) {}

    private void record(String org, Actor actor, String action, String detail) {
        activityQuads(org, actor, action, detail).forEach(dsg::add);
    }

    /** The PROV-O quads that record one change (shared with the remote store). */
    static List<org.apache.jena.sparql.core.Quad> activityQuads(String org, Actor actor, String action, String detail) {
        List<org.apache.jena.sparql.core.Quad> out = new ArrayList<>();
        Node h = historyGraph(org);
        Node a = NodeFactory.createURI(ORG_GRAPHS + org + "/activity/" + UUID.randomUUID());
        Node agent = NodeFactory.createURI("https://w3id.org/crosswalk/agent/" + actor.id());
        out.add(new org.apache.jena.sparql.core.Quad(h, a, RDF.type.asNode(), Prov.Activity.asNode()));
        out.add(new org.apache.jena.sparql.core.Quad(h, a, DCTerms.type.asNode(), NodeFactory.createLiteralString(action)));
        out.add(new org.apache.jena.sparql.core.Quad(h, a, Prov.node("startedAtTime"),
                NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
        out.add(new org.apache.jena.sparql.core.Quad(h, a, Prov.node("wasAssociatedWith"), agent));
        out.add(new org.apache.jena.sparql.core.Quad(h, agent, RDF.type.asNode(), Prov.Agent.asNode()));
        out.add(new org.apache.jena.sparql.core.Quad(h, agent, RDFS.label.asNode(), NodeFactory.createLiteralString(actor.name())));
        if (detail != null) out.add(new org.apache.jena.sparql.core.Quad(h, a, DCTerms.description.asNode(), NodeFactory.createLiteralString(detail)));
        out.add(new org.apache.jena.sparql.core.Quad(h, profileGraph(org), Prov.node("wasGeneratedBy"), a));
        return out;
    }

    /** Reads history entries from a history graph (shared with the remote store). */
    static List<HistoryEntry> entries(Graph h) {
        List<HistoryEntry> out = new ArrayList<>();
        h.find(Node.ANY, RDF.type.asNode(), Prov.Activity.asNode()).forEach(t -> {
            Node a = t.getSubject();
            Node agent = G.getSP(h, a, Prov.node("wasAssociatedWith"));
            String name = agent == null ? null : text(h, agent, RDFS.label.asNode());
            out.add(new HistoryEntry(a.getURI(), text(h, a, DCTerms.type.asNode()), text(h, a, Prov.node("startedAtTime")),
                    name != null ? name : agent == null ? null : agent.getURI().substring(agent.getURI().lastIndexOf('/') + 1),
                    agent == null ? null : agent.getURI(), text(h, a, DCTerms.description.asNode())));
        });
        // by instant, not text: Instant.toString() drops trailing zero digits, so "…31Z" sorts after "…31.5Z" as text
        out.sort(Comparator.comparing((HistoryEntry e) -> Instant.parse(e.at())).thenComparing(HistoryEntry::activity));
        return out;
    }

    private static String text(Graph g, Node s, Node p) {
        return Optional.ofNullable(G.getSP(g, s, p)).map(o -> o.isLiteral()
                ? o.getLiteralLexicalForm() : o.getURI()).orElse(null);
    }
}
