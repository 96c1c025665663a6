package dev.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.access.ApiKeys;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.access.IssuedKey;
import dev.crosswalk.access.LocalKeyStore;
import dev.crosswalk.kb.ReferenceData;
import dev.crosswalk.lookup.ChainExplainer;
import dev.crosswalk.mapping.CoverageRule;
import dev.crosswalk.lookup.MappingSets;
import dev.crosswalk.store.Actor;
import dev.crosswalk.store.OrganisationStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * Readers of graphs leave no iterator open (a TDB2 store holds resources for each one): single
 * values are read with Jena's G helpers, which close theirs, and query executions are closed.
 */
class IteratorHygieneTest {

    private static TrackingGraph tracked() {
        return new TrackingGraph(GraphFactory.createTxnGraph());
    }

    @Test
    void organisationStoreReadsAndWritesCloseTheirIterators() {
        TrackingGraph profile = tracked();
        TrackingGraph history = tracked();
        DatasetGraph dsg = DatasetGraphFactory.create(tracked());
        dsg.addGraph(OrganisationStore.profileGraph("acme"), profile);
        dsg.addGraph(OrganisationStore.historyGraph("acme"), history);
        OrganisationStore store = new OrganisationStore(dsg);
        Actor actor = new Actor("test", "Iterator test");
        Graph evaluation = GraphFactory.createDefaultGraph();
        evaluation.add(NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o"));
        assertThat(store.update("acme", current -> new OrganisationStore.Version("{\"v\":1}", evaluation, "create-profile", "one"), actor)).isFalse();
        assertThat(store.update("acme", current -> new OrganisationStore.Version("{\"v\":2}", evaluation, "replace-profile", "two"), actor)).isTrue();
        assertThat(store.get("acme")).contains("{\"v\":2}");
        assertThat(store.history("acme")).extracting(OrganisationStore.HistoryEntry::by).containsExactly("Iterator test", "Iterator test");
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
        ApiKeys api = new ApiKeys(new LocalKeyStore(dsg), AdminKey.none(), Clock.systemUTC());
        IssuedKey issued = api.issue("acme", "Dana", "test");
        assertThat(api.list("acme")).hasSize(1);
        assertThat(keys.opened()).isPositive();
        assertThat(keys.open()).isZero();
        assertThat(issued.token()).startsWith("cwk_");
    }

    @Test
    void mappingSetSummariesAndChainExplanationsCloseTheirIterators() {
        Crosswalk cw = SharedCrosswalk.get();
        Map<String, Graph> graphs = new LinkedHashMap<>();
        Map<String, TrackingGraph> tracking = new LinkedHashMap<>();
        cw.referenceData().graphs().forEach((name, g) -> {
            TrackingGraph t = new TrackingGraph(g);
            graphs.put(name, t);
            tracking.put(name, t);
        });
        assertThat(MappingSets.summarise(ReferenceData.published(graphs, "test"), cw.catalog()))
                .extracting(s -> s.id()).contains("iso42001-eu-ai-act", "iso42001-harmonized-structure");
        assertThat(tracking.values().stream().mapToInt(TrackingGraph::opened).sum()).isPositive();
        tracking.forEach((name, t) -> assertThat(t.open()).as(name).isZero());

        TrackingGraph reference = new TrackingGraph(cw.referenceDataset().getDefaultGraph());
        ChainExplainer explainer = new ChainExplainer(cw.catalog(), cw.lookup(), reference, CoverageRule.of(reference));
        assertThat(explainer.explain(cw.catalog().require("iso42001:7.2"), cw.catalog().require("iso27001:7.2")).chains()).isNotEmpty();
        assertThat(reference.opened()).isPositive();
        assertThat(reference.open()).isZero();
    }

    @Test
    void namedQueriesCloseTheirExecutions() {
        Crosswalk cw = SharedCrosswalk.get();
        TrackingGraph reference = new TrackingGraph(cw.referenceDataset().getDefaultGraph());
        Node from = NodeFactory.createURI(cw.catalog().require("iso42001:A.6.2.8").iri());
        List<?> rows = cw.queries().select("crosswalk", Map.of("from", from), DatasetGraphFactory.wrap(reference));
        assertThat(rows).hasSizeGreaterThan(1);
        assertThat(reference.opened()).isPositive();
        assertThat(reference.open()).isZero();
    }
}
