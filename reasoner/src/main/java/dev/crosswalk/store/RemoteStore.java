package dev.crosswalk.store;

import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.kb.ReferenceData;
import dev.crosswalk.vocab.CW;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;

/**
 * A remote SPARQL 1.1 store (Fuseki with RDF Delta, GraphDB, Neptune ...) through RDFConnection:
 * reference graphs (with the inferences) are published with the Graph Store Protocol when their
 * content changed; organisations are stored with one SPARQL Update request per change, built as
 * Jena update objects (never text concatenation).
 */
public final class RemoteStore implements OrgRepository {
    private static final Node META = NodeFactory.createURI(GraphNames.META);
    private static final Node DATASET = NodeFactory.createURI(CW.ID + "dataset");
    private static final Query PROFILE = QueryFactory.create(
            "SELECT ?json WHERE { GRAPH ?g { ?doc <" + CW.NS + "profileJson> ?json } }");
    private static final Query HASH = QueryFactory.create(
            "SELECT ?h WHERE { GRAPH ?g { ?d <" + CW.NS + "contentHash> ?h } }");
    private final String queryEndpoint;
    private final String updateEndpoint;
    private final String gspEndpoint;
    private final StoreTimeouts timeouts;
    private final HttpClient http;

    /** A store with the default time limits ({@link StoreTimeouts#defaults()}). */
    public RemoteStore(String queryEndpoint, String updateEndpoint, String gspEndpoint) {
        this(queryEndpoint, updateEndpoint, gspEndpoint, StoreTimeouts.defaults());
    }

    public RemoteStore(String queryEndpoint, String updateEndpoint, String gspEndpoint, StoreTimeouts timeouts) {
        this.queryEndpoint = queryEndpoint;
        this.updateEndpoint = updateEndpoint;
        this.gspEndpoint = gspEndpoint;
        this.timeouts = timeouts;
        this.http = timeouts.httpClient();
    }

    private RDFConnection connect() {
        return RDFConnectionRemote.newBuilder().queryEndpoint(queryEndpoint).updateEndpoint(updateEndpoint)
                .gspEndpoint(gspEndpoint).destination("").httpClient(http).build();
    }

    /** One call to the store: a timeout or an unreachable store is a {@link StoreUnavailableException}. */
    private <T> T call(java.util.function.Supplier<T> work) {
        return StoreUnavailableException.call(queryEndpoint, timeouts, work);
    }

    /** Publishes every reference graph (including the inferred graph) when the store holds other content; true when written. */
    public boolean publish(ReferenceData data) {
        return call(() -> publishNow(data));
    }

    private boolean publishNow(ReferenceData data) {
        Optional<String> current = firstLiteral(HASH, "g", META, "h");
        if (current.isPresent() && current.get().equals(data.contentHash())) return false;
        try (RDFConnection conn = connect()) {
            data.graphs().forEach((name, g) -> conn.put(name, ModelFactory.createModelForGraph(g)));
            Graph meta = GraphFactory.createDefaultGraph();
            meta.add(org.apache.jena.graph.Triple.create(DATASET, CW.contentHash.asNode(), NodeFactory.createLiteralString(data.contentHash())));
            meta.add(org.apache.jena.graph.Triple.create(DATASET, CW.publishedAt.asNode(),
                    NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
            conn.put(GraphNames.META, ModelFactory.createModelForGraph(meta));
        }
        return true;
    }

    @Override
    public boolean update(String org, Function<Optional<String>, OrganisationStore.Version> change, Actor actor) {
        Optional<String> current = get(org);
        OrganisationStore.Version v = change.apply(current);
        Node g = OrganisationStore.profileGraph(org);
        QuadDataAcc quads = new QuadDataAcc();
        quads.addQuad(new Quad(g, NodeFactory.createURI(OrganisationStore.ORG_GRAPHS + org), CW.node("profileJson"),
                NodeFactory.createLiteralString(v.json())));
        v.evaluation().find().forEach(t -> quads.addQuad(new Quad(g, t)));
        OrganisationStore.activityQuads(org, actor, v.action(), v.detail()).forEach(quads::addQuad);
        // one request: the store applies it as one transaction
        UpdateRequest request = new UpdateRequest().add(new UpdateDrop(g, true)).add(new UpdateDataInsert(quads));
        call(() -> {
            try (RDFConnection conn = connect()) {
                conn.update(request);
            }
            return null;
        });
        return current.isPresent();
    }

    @Override
    public Optional<String> get(String org) {
        return firstLiteral(PROFILE, "g", OrganisationStore.profileGraph(org), "json");
    }

    @Override
    public boolean delete(String org, Actor actor) {
        if (get(org).isEmpty()) return false;
        QuadDataAcc quads = new QuadDataAcc();
        OrganisationStore.activityQuads(org, actor, "delete-profile", "profile removed").forEach(quads::addQuad);
        UpdateRequest request = new UpdateRequest().add(new UpdateDrop(OrganisationStore.profileGraph(org), true))
                .add(new UpdateDataInsert(quads));
        call(() -> {
            try (RDFConnection conn = connect()) {
                conn.update(request);
            }
            return null;
        });
        return true;
    }

    @Override
    public List<OrganisationStore.HistoryEntry> history(String org) {
        return call(() -> historyNow(org));
    }

    private List<OrganisationStore.HistoryEntry> historyNow(String org) {
        try (RDFConnection conn = connect()) {
            Graph h;
            try {
                h = conn.fetch(OrganisationStore.historyGraph(org).getURI()).getGraph();
            } catch (org.apache.jena.atlas.web.HttpException e) {
                if (e.getStatusCode() == 404) return List.of();
                throw e;
            }
            return OrganisationStore.entries(h);
        }
    }

    @Override
    public Optional<Graph> evaluation(String org) {
        if (get(org).isEmpty()) return Optional.empty();
        return call(() -> {
            try (RDFConnection conn = connect()) {
                return Optional.of(conn.fetch(OrganisationStore.profileGraph(org).getURI()).getGraph());
            }
        });
    }

    /** Runs a fixed query with one graph bound (substitution, not text) and returns the first value. */
    private Optional<String> firstLiteral(Query q, String graphVar, Node graph, String var) {
        QueryExecBuilder b = QueryExecHTTP.newBuilder().endpoint(queryEndpoint).httpClient(http).query(q)
                .substitution(BindingFactory.binding(Var.alloc(graphVar), graph));
        return call(() -> {
            try (var exec = b.build()) {
                var rows = exec.select();
                return rows.hasNext() ? Optional.ofNullable(rows.next().get(Var.alloc(var))).map(Node::getLiteralLexicalForm) : Optional.<String>empty();
            }
        });
    }
}
