package dev.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.lookup.ChainExplainer;
import dev.crosswalk.mapping.CoverageRule;
import dev.crosswalk.lookup.MappingSets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * Readers of graphs leave no iterator open (a TDB2 store holds resources for each one): single
 * values are read with Jena's G helpers, which close theirs, and query executions are closed.
 * The store adapters' readers are checked in server's StoreIteratorHygieneTest.
 */
class IteratorHygieneTest {

    private static TrackingGraph tracked() {
        return new TrackingGraph(GraphFactory.createTxnGraph());
    }

    @Test
    void mappingSetSummariesAndChainExplanationsCloseTheirIterators() {
        Crosswalk cw = SharedCrosswalk.get();
        Map<String, Graph> graphs = new LinkedHashMap<>();
        Map<String, TrackingGraph> tracking = new LinkedHashMap<>();
        cw.model().graphs().forEach((name, g) -> {
            TrackingGraph t = new TrackingGraph(g);
            graphs.put(name, t);
            tracking.put(name, t);
        });
        assertThat(MappingSets.summarise(ReferenceModel.published(graphs, "test"), cw.catalog()))
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
