package dev.crosswalk.reason;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.sparql.graph.GraphFactory;

/** Runs forward (RETE) rules over a graph and returns only what they deduced. */
public final class Inference {
    private Inference() {}

    /** The deductions of {@code rules} over {@code data} (a new graph; {@code data} is not changed). */
    public static Graph deduce(List<Rule> rules, Graph data) {
        GenericRuleReasoner reasoner = new GenericRuleReasoner(rules);
        reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
        InfModel inf = ModelFactory.createInfModel(reasoner, ModelFactory.createModelForGraph(data));
        inf.prepare();
        Graph out = GraphFactory.createDefaultGraph();
        inf.getDeductionsModel().getGraph().find().forEach(out::add);
        return out;
    }
}
