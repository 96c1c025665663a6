package dev.crosswalk.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.kb.DataSource;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

/** The organisation id is defined once; the profile shape states the same pattern. */
class OrganisationIdTest {
    private static final Node SH_PATH = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/shacl#path");
    private static final Node SH_PATTERN = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/shacl#pattern");
    private static final Node SH_PROPERTY = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/shacl#property");
    private static final Node SH_TARGET_CLASS = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/shacl#targetClass");

    @Test
    void theProfileShapeChecksOrganisationIdsWithTheSamePattern() {
        Graph shapes = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(DataSource.classpath().read("ontology/shapes/profile.shacl.ttl")))
                .lang(Lang.TURTLE).parse(shapes);
        Node organisation = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/crosswalk/ontology#Organisation");
        List<Node> shapeNodes = shapes.find(Node.ANY, SH_TARGET_CLASS, organisation).mapWith(Triple::getSubject).toList();
        assertThat(shapeNodes).hasSize(1);
        List<String> patterns = shapes.find(shapeNodes.get(0), SH_PROPERTY, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(p -> shapes.contains(p, SH_PATH, DCTerms.identifier.asNode()))
                .mapWith(p -> shapes.find(p, SH_PATTERN, Node.ANY).next().getObject().getLiteralLexicalForm()).toList();
        assertThat(patterns).containsExactly(OrganisationId.PATTERN);
    }

    @Test
    void validAndInvalidIds() {
        assertThat(OrganisationId.of("northgate-bank").value()).isEqualTo("northgate-bank");
        assertThat(OrganisationId.valid("ab")).isTrue();
        for (String bad : new String[] {null, "", "a", "-bank", "Bank", "bank_1", "b".repeat(65), "bank/other"}) {
            assertThat(OrganisationId.valid(bad)).as(String.valueOf(bad)).isFalse();
        }
        assertThatThrownBy(() -> OrganisationId.of("Bad Id")).isInstanceOf(OrganisationId.InvalidOrganisationIdException.class)
                .hasMessageContaining("'Bad Id'").hasMessageContaining("2–64 lower-case letters, digits and hyphens");
    }
}
