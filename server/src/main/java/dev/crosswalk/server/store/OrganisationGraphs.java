package dev.crosswalk.server.store;

import dev.crosswalk.organisation.Actor;
import dev.crosswalk.organisation.OrganisationId;
import dev.crosswalk.organisation.OrganisationRepository.HistoryEntry;
import dev.crosswalk.vocab.CW;
import dev.crosswalk.vocab.Prov;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The RDF form of stored organisations, the same in every backend: a profile graph (the JSON as
 * submitted plus its gap-evaluation graph) and an append-only PROV-O history graph, both outside
 * the public reference prefix.
 */
public final class OrganisationGraphs {
    public static final String ORG_GRAPHS = "https://w3id.org/crosswalk/org/";
    public static final Node PROFILE_JSON = CW.node("profileJson");

    private OrganisationGraphs() {}

    public static Node profileGraph(OrganisationId org) {
        return NodeFactory.createURI(ORG_GRAPHS + org.value() + "/profile");
    }

    public static Node historyGraph(OrganisationId org) {
        return NodeFactory.createURI(ORG_GRAPHS + org.value() + "/history");
    }

    /** The subject the profile JSON hangs off. */
    public static Node document(OrganisationId org) {
        return NodeFactory.createURI(ORG_GRAPHS + org.value());
    }

    /** The PROV-O quads that record one change. */
    public static List<Quad> activityQuads(OrganisationId org, Actor actor, String action, String detail) {
        List<Quad> out = new ArrayList<>();
        Node h = historyGraph(org);
        Node a = NodeFactory.createURI(ORG_GRAPHS + org.value() + "/activity/" + UUID.randomUUID());
        Node agent = NodeFactory.createURI("https://w3id.org/crosswalk/agent/" + actor.id());
        out.add(new Quad(h, a, RDF.type.asNode(), Prov.Activity.asNode()));
        out.add(new Quad(h, a, DCTerms.type.asNode(), NodeFactory.createLiteralString(action)));
        out.add(new Quad(h, a, Prov.node("startedAtTime"), NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
        out.add(new Quad(h, a, Prov.node("wasAssociatedWith"), agent));
        out.add(new Quad(h, agent, RDF.type.asNode(), Prov.Agent.asNode()));
        out.add(new Quad(h, agent, RDFS.label.asNode(), NodeFactory.createLiteralString(actor.name())));
        if (detail != null) out.add(new Quad(h, a, DCTerms.description.asNode(), NodeFactory.createLiteralString(detail)));
        out.add(new Quad(h, profileGraph(org), Prov.node("wasGeneratedBy"), a));
        return out;
    }

    /** The history entries of a history graph, oldest first. */
    public static List<HistoryEntry> entries(Graph h) {
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
        return Optional.ofNullable(G.getSP(g, s, p)).map(o -> o.isLiteral() ? o.getLiteralLexicalForm() : o.getURI()).orElse(null);
    }
}
