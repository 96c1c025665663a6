package dev.crosswalk.reason;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.kb.DataSource;
import dev.crosswalk.kb.RuleFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.apache.jena.reasoner.rulesys.Rule;

/** Every rule alone on its {@code <rule>.input.ttl} deduces exactly {@code <rule>.expected.ttl} (graph isomorphism). */
class RulePairTest {
    private static final List<Rule> RULES = RuleFiles.load(DataSource.classpath());

    @Test
    void everyRuleHasAPairOrAnExplainedSkip() throws IOException {
        Set<String> skipped = skipList();
        assertThat(RULES).isNotEmpty();
        for (Rule r : RULES) {
            if (skipped.contains(r.getName())) continue;
            assertThat(resource(r.getName() + ".input.ttl")).as(r.getName() + ".input.ttl").isNotNull();
            assertThat(resource(r.getName() + ".expected.ttl")).as(r.getName() + ".expected.ttl").isNotNull();
        }
    }

    @TestFactory
    Stream<DynamicTest> eachRuleDeducesExactlyItsExpectedGraph() {
        return RULES.stream().filter(r -> resource(r.getName() + ".input.ttl") != null)
                .map(r -> DynamicTest.dynamicTest(r.getName(), () -> {
                    Graph deduced = Inference.deduce(List.of(r), read(r.getName() + ".input.ttl"));
                    Graph expected = read(r.getName() + ".expected.ttl");
                    assertThat(deduced.isIsomorphicWith(expected))
                            .as("rule %s deduced:%n%s%nexpected:%n%s", r.getName(), turtle(deduced), turtle(expected))
                            .isTrue();
                }));
    }

    private static Set<String> skipList() throws IOException {
        try (InputStream in = resource("skip.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\\s+", 2)[0]).collect(Collectors.toSet());
        }
    }

    private static InputStream resource(String name) {
        return RulePairTest.class.getClassLoader().getResourceAsStream("rules/" + name);
    }

    private static Graph read(String name) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(resource(name)).lang(Lang.TURTLE).parse(g);
        return g;
    }

    private static String turtle(Graph g) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, g, Lang.TURTLE);
        return w.toString();
    }
}
