package dev.crosswalk.server.store.tdb2;

import dev.crosswalk.organisation.Actor;
import dev.crosswalk.organisation.ConcurrentUpdateException;
import dev.crosswalk.organisation.OrganisationId;
import dev.crosswalk.organisation.OrganisationRepository;
import dev.crosswalk.server.store.OrganisationGraphs;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.G;
import org.apache.jena.system.Txn;

/**
 * Stored organisations in the embedded store. Every change is one write transaction, opened only
 * to write: after a failure the previous profile is intact.
 */
public final class Tdb2Organisations implements OrganisationRepository {
    private static final int MAX_ATTEMPTS = 5;
    private final DatasetGraph dsg;

    Tdb2Organisations(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /**
     * {@code change} (parsing, SHACL validation, building the evaluation graph) runs outside any
     * transaction, so a slow validation never holds the store's single writer; the write then checks
     * the profile is still the one the version was computed from and, when another change came
     * first, computes it again from the newer one.
     */
    @Override
    public boolean update(OrganisationId org, Function<Optional<String>, Version> change, Actor actor) {
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

    /** Replaces the stored version (inside the caller's write transaction). */
    private void write(OrganisationId org, Version v, Actor actor) {
        Set<Triple> next = new HashSet<>();
        next.add(Triple.create(OrganisationGraphs.document(org), OrganisationGraphs.PROFILE_JSON, NodeFactory.createLiteralString(v.json())));
        v.evaluation().find().forEach(next::add);
        // write only the difference: a single-control change touches a few triples, and TDB2
        // (copy-on-write) grows with every triple rewritten, not with the size of the change
        Graph stored = dsg.getGraph(OrganisationGraphs.profileGraph(org));
        List<Triple> gone = stored.find().filterDrop(next::contains).toList();
        gone.forEach(stored::delete);
        next.stream().filter(t -> !stored.contains(t)).forEach(stored::add);
        OrganisationGraphs.activityQuads(org, actor, v.action(), v.detail()).forEach(dsg::add);
    }

    /** The stored profile JSON (inside the caller's transaction). */
    private Optional<String> profileJson(OrganisationId org) {
        return Optional.ofNullable(G.getSP(dsg.getGraph(OrganisationGraphs.profileGraph(org)), OrganisationGraphs.document(org),
                OrganisationGraphs.PROFILE_JSON)).map(Node::getLiteralLexicalForm);
    }

    @Override
    public Optional<String> get(OrganisationId org) {
        return Txn.calculateRead(dsg, () -> profileJson(org));
    }

    @Override
    public Optional<Graph> evaluation(OrganisationId org) {
        return Txn.calculateRead(dsg, () -> {
            Graph g = dsg.getGraph(OrganisationGraphs.profileGraph(org));
            return g.isEmpty() ? Optional.<Graph>empty() : Optional.of(G.copy(g));
        });
    }

    @Override
    public boolean delete(OrganisationId org, Actor actor) {
        return Txn.calculateWrite(dsg, () -> {
            Node g = OrganisationGraphs.profileGraph(org);
            if (dsg.getGraph(g).isEmpty()) return false;
            dsg.removeGraph(g);
            OrganisationGraphs.activityQuads(org, actor, "delete-profile", "profile removed").forEach(dsg::add);
            return true;
        });
    }

    @Override
    public List<HistoryEntry> history(OrganisationId org) {
        return Txn.calculateRead(dsg, () -> OrganisationGraphs.entries(dsg.getGraph(OrganisationGraphs.historyGraph(org))));
    }
}
