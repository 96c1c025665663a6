package dev.crosswalk.server.store.remote;

import dev.crosswalk.organisation.Actor;
import dev.crosswalk.organisation.OrganisationId;
import dev.crosswalk.organisation.OrganisationRepository;
import dev.crosswalk.server.store.OrganisationGraphs;
import dev.crosswalk.vocab.CW;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;

/**
 * Stored organisations in a remote store. A change is two requests: a small SPARQL Update that
 * appends its PROV-O activity to the history, then a Graph Store Protocol PUT that replaces the
 * profile graph whole (any size, on every engine). Updates are Jena update objects, never text.
 */
public final class RemoteOrganisations implements OrganisationRepository {
    private static final Query PROFILE = QueryFactory.create(
            "SELECT ?json WHERE { GRAPH ?g { ?doc <" + CW.NS + "profileJson> ?json } }");
    private final RemoteStore store;

    RemoteOrganisations(RemoteStore store) {
        this.store = store;
    }

    @Override
    public boolean update(OrganisationId org, Function<Optional<String>, Version> change, Actor actor) {
        Optional<String> current = get(org);
        Version v = change.apply(current);
        Graph profile = GraphFactory.createDefaultGraph();
        v.evaluation().find().forEach(profile::add);
        profile.add(OrganisationGraphs.document(org), OrganisationGraphs.PROFILE_JSON, NodeFactory.createLiteralString(v.json()));
        QuadDataAcc activity = new QuadDataAcc();
        OrganisationGraphs.activityQuads(org, actor, v.action(), v.detail()).forEach(activity::addQuad);
        // the history first: when the PUT fails the change is not acknowledged and the previous
        // profile stays as it was; the history then lists an attempt, never a change without a record
        store.update(new UpdateRequest().add(new UpdateDataInsert(activity)));
        store.put(OrganisationGraphs.profileGraph(org), profile);
        return current.isPresent();
    }

    @Override
    public Optional<String> get(OrganisationId org) {
        var query = store.query().query(PROFILE).substitution(BindingFactory.binding(Var.alloc("g"), OrganisationGraphs.profileGraph(org)));
        return store.call(() -> {
            try (var exec = query.build()) {
                var rows = exec.select();
                return rows.hasNext() ? Optional.ofNullable(rows.next().get(Var.alloc("json"))).map(Node::getLiteralLexicalForm)
                        : Optional.<String>empty();
            }
        });
    }

    @Override
    public boolean delete(OrganisationId org, Actor actor) {
        if (get(org).isEmpty()) return false;
        QuadDataAcc quads = new QuadDataAcc();
        OrganisationGraphs.activityQuads(org, actor, "delete-profile", "profile removed").forEach(quads::addQuad);
        // the record first, as for every change (one request; Virtuoso applies its operations in turn)
        store.update(new UpdateRequest().add(new UpdateDataInsert(quads)).add(new UpdateDrop(OrganisationGraphs.profileGraph(org), true)));
        return true;
    }

    @Override
    public List<HistoryEntry> history(OrganisationId org) {
        return fetch(OrganisationGraphs.historyGraph(org)).map(OrganisationGraphs::entries).orElse(List.of());
    }

    @Override
    public Optional<Graph> evaluation(OrganisationId org) {
        if (get(org).isEmpty()) return Optional.empty();
        return fetch(OrganisationGraphs.profileGraph(org));
    }

    /** One graph by the Graph Store Protocol; empty when the store has no such graph. */
    private Optional<Graph> fetch(Node graph) {
        return store.call(() -> {
            try (RDFConnection conn = store.connect()) {
                return Optional.of(conn.fetch(graph.getURI()).getGraph());
            } catch (org.apache.jena.atlas.web.HttpException e) {
                if (e.getStatusCode() == 404) return Optional.<Graph>empty();
                throw e;
            }
        });
    }
}
