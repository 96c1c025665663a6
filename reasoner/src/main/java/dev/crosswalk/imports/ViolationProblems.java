package dev.crosswalk.imports;

import dev.crosswalk.validate.ValidationReport;
import dev.crosswalk.validate.Violation;
import dev.crosswalk.vocab.CW;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.G;

/**
 * The shapes' violations as problems of the imported file: the line is the one the offending
 * provision or row was read from (cw:sourceLine), the column the field its property comes from.
 */
final class ViolationProblems {
    private ViolationProblems() {}

    static List<ImportProblem> of(ValidationReport report, Graph imported, Map<String, Integer> columns) {
        return report.violations().stream().map(v -> problem(v, imported, columns)).toList();
    }

    private static ImportProblem problem(Violation v, Graph imported, Map<String, Integer> columns) {
        Integer line = null;
        if (!v.focusNode().startsWith("_:")) {
            Node l = G.getSP(imported, NodeFactory.createURI(v.focusNode()), CW.sourceLine.asNode());
            if (l != null) line = Integer.valueOf(l.getLiteralLexicalForm());
        }
        Integer column = line == null ? null : columns.getOrDefault(v.path() != null ? v.path() : "", columns.get(v.shape()));
        String message = v.message() + (v.value() != null ? " (value: " + v.value() + ")" : "");
        return ImportProblem.at(line, column, line == null ? message + " [" + v.focusNode() + "]" : message);
    }
}
