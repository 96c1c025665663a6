package dev.crosswalk.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.SharedCrosswalk;
import dev.crosswalk.kb.DataIntegrityException;
import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.mapping.Effect;
import dev.crosswalk.vocab.CW;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each gap shape declares its effect in ontology/shapes/gaps.shacl.ttl, and the code reads it from there. */
class GapEffectsTest {
    private static final String CWS = "https://w3id.org/crosswalk/shapes#";
    private static Crosswalk cw;

    @BeforeAll
    static void load() {
        cw = SharedCrosswalk.get();
    }

    @Test
    void theShippedShapesDeclareWhatTheirResultsMean() {
        Map<String, Effect> effects = GapEffects.of(shapes()).all();
        assertThat(effects).containsOnly(
                entry(CWS + "GapNotApplicable", Effect.NOT_APPLICABLE),
                entry(CWS + "GapCoveredDirectly", Effect.COVERS),
                entry(CWS + "GapCoveredByEqual", Effect.COVERS),
                entry(CWS + "GapCoveredBySuperset", Effect.COVERS),
                entry(CWS + "GapPartialBySubset", Effect.PARTIAL),
                entry(CWS + "GapPartialByIntersection", Effect.PARTIAL),
                entry(CWS + "GapPartialControl", Effect.PARTIAL),
                entry(CWS + "GapPlannedOnly", Effect.PLANNED),
                entry(CWS + "GapRelatedEvidence", Effect.RELATED),
                entry(CWS + "GapUncovered", Effect.GAP));
    }

    @Test
    void theOntologyDeclaresEachEffectWithTheTokenTheReportUses() {
        Graph ontology = cw.model().graphs().get(GraphNames.ONTOLOGY);
        Set<String> individuals = ontology.find(Node.ANY, RDF.type.asNode(), CW.node("GapEffect")).mapWith(t -> t.getSubject().getURI()).toSet();
        Set<String> declarable = Arrays.stream(Effect.values()).map(Effect::iri).filter(Objects::nonNull).collect(Collectors.toSet());
        assertThat(individuals).hasSize(6).isEqualTo(declarable);
        for (Effect e : Effect.values()) {
            if (e.iri() == null) continue;
            Node label = G.getOneSP(ontology, NodeFactory.createURI(e.iri()), RDFS.label.asNode());
            assertThat(label.getLiteralLexicalForm()).as(e.iri()).isEqualTo(e.label());
        }
        assertThat(ontology.contains(CW.node("gapEffect"), RDFS.range.asNode(), CW.node("GapEffect"))).isTrue();
        assertThat(Effect.fromIri(CW.NS + "EffectCovers")).contains(Effect.COVERS);
        assertThat(Effect.fromIri(CW.NS + "covers")).isEmpty();
    }

    @Test
    void aShapeWithoutOneKnownEffectIsAnErrorNamingIt() {
        DataIntegrityException e = catchThrowableOfType(DataIntegrityException.class, () -> GapEffects.of(fixture()));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains(CWS + "FixtureUndeclared declares no cw:gapEffect")
                .contains(CWS + "FixtureUnknown declares the unknown cw:gapEffect " + CW.NS + "EffectMostlyCovers")
                .contains(CWS + "FixtureTwoEffects declares 2 cw:gapEffect")
                .contains("cw:EffectCovers").doesNotContain("FixtureDeclared");
        Graph blank = GraphFactory.createDefaultGraph();
        blank.add(Triple.create(NodeFactory.createURI(CWS + "S"), GapEffects.SPARQL, NodeFactory.createBlankNode()));
        assertThat(catchThrowableOfType(DataIntegrityException.class, () -> GapEffects.of(blank)))
                .hasMessageContaining("blank-node constraint");
        assertThat(catchThrowableOfType(DataIntegrityException.class, () -> GapEffects.of(GraphFactory.createDefaultGraph())))
                .hasMessageContaining("no SPARQL constraint");
    }

    @Test
    void gapAnalysisRefusesSuchShapesWhenItIsBuilt() {
        Map<String, Graph> graphs = new LinkedHashMap<>(cw.model().graphs());
        graphs.put(GraphNames.SHAPES_PREFIX + "gaps", fixture());
        ReferenceModel data = ReferenceModel.published(graphs, "fixture");
        DataIntegrityException e = catchThrowableOfType(DataIntegrityException.class,
                () -> new GapAnalysis(data, cw.catalog(), cw.classifier(), cw.coverageRule()));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("The gap shapes cannot be read: ").contains("FixtureUndeclared");
    }

    private static Graph shapes() {
        return cw.model().graphs().get(GraphNames.SHAPES_PREFIX + "gaps");
    }

    private static Graph fixture() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of("src", "test", "resources", "gap-shapes", "bad-effects.shacl.ttl")).parse(g);
        assertThat(g.size()).isGreaterThan(10);
        return g;
    }
}
