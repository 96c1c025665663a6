package dev.crosswalk.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.TrackingGraph;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.access.ApiKeys;
import dev.crosswalk.access.IssuedKey;
import dev.crosswalk.organisation.Actor;
import dev.crosswalk.organisation.OrganisationId;
import dev.crosswalk.organisation.OrganisationRepository;
import dev.crosswalk.server.store.tdb2.Tdb2Store;
import java.time.Clock;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The embedded store's adapters leave no iterator open: TDB2 holds resources for each one. */
class StoreIteratorHygieneTest {
    private static final OrganisationId ACME = OrganisationId.of("acme");

    private static TrackingGraph tracked() {
        return new TrackingGraph(GraphFactory.createTxnGraph());
    }

    @Test
    void organisationStoreReadsAndWritesCloseTheirIterators() {
        TrackingGraph profile = tracked();
        TrackingGraph history = tracked();
        DatasetGraph dsg = DatasetGraphFactory.create(tracked());
        dsg.addGraph(OrganisationGraphs.profileGraph(ACME), profile);
        dsg.addGraph(OrganisationGraphs.historyGraph(ACME), history);
        OrganisationRepository store = Tdb2Store.of(dsg).organisations();
        Actor actor = new Actor("test", "Iterator test");
        Graph evaluation = GraphFactory.createDefaultGraph();
        evaluation.add(NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o"));
        assertThat(store.update(ACME, current -> new OrganisationRepository.Version("{\"v\":1}", evaluation, "create-profile", "one"), actor)).isFalse();
        assertThat(store.update(ACME, current -> new OrganisationRepository.Version("{\"v\":2}", evaluation, "replace-profile", "two"), actor)).isTrue();
        assertThat(store.get(ACME)).contains("{\"v\":2}");
        assertThat(store.history(ACME)).extracting(OrganisationRepository.HistoryEntry::by).containsExactly("Iterator test", "Iterator test");
        assertThat(profile.opened()).as("the reads went through the profile graph").isGreaterThan(2);
        assertThat(history.opened()).isGreaterThan(2);
        assertThat(profile.open()).isZero();
        assertThat(history.open()).isZero();
    }

    @Test
    void keyStoreReadsCloseTheirIterators() {
        TrackingGraph keys = tracked();
        DatasetGraph dsg = DatasetGraphFactory.create(tracked());
        dsg.addGraph(NodeFactory.createURI("https://w3id.org/crosswalk/access/keys"), keys);
        ApiKeys api = new ApiKeys(Tdb2Store.of(dsg).keys(), AdminKey.none(), Clock.systemUTC());
        IssuedKey issued = api.issue("acme", "Dana", "test");
        assertThat(api.list("acme")).hasSize(1);
        assertThat(keys.opened()).isPositive();
        assertThat(keys.open()).isZero();
        assertThat(issued.token()).startsWith("cwk_");
    }
}
