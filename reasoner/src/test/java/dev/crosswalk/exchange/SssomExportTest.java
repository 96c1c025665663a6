package dev.crosswalk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.catalog.UnknownReferenceException;
import dev.crosswalk.kb.DataSource;
import dev.crosswalk.lookup.MappingSetSummary;
import dev.crosswalk.mapping.MappingGraphBuilder;
import dev.crosswalk.mapping.MappingRow;
import dev.crosswalk.mapping.MappingSetFile;
import dev.crosswalk.mapping.Relation;
import dev.crosswalk.mapping.SssomReader;
import dev.crosswalk.vocab.CW;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SSSOM exports read back through the project's own SSSOM reader to the same mapping rows. */
class SssomExportTest {
    static Stream<MappingSetSummary> sets() {
        List<MappingSetSummary> sets = Exchanges.get().data().mappingSets();
        assertThat(sets).hasSize(16);
        return sets.stream();
    }

    private static MappingSetFile read(String name, String text) {
        return SssomReader.read("mappings/" + name + ".sssom.tsv", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The rows of a built mapping-set graph: every triple of a cw:Mapping but where it was read from, and the direct edges. */
    private static Graph rows(Graph built) {
        Graph out = GraphFactory.createDefaultGraph();
        Set<Node> mappings = new HashSet<>(built.find(Node.ANY, RDF.type.asNode(), CW.Mapping.asNode()).mapWith(Triple::getSubject).toList());
        built.find().forEach(t -> {
            if (mappings.contains(t.getSubject())) {
                if (!t.getPredicate().equals(CW.sourceLine.asNode()) && !t.getPredicate().equals(CW.sourceFile.asNode())) out.add(t);
            } else if (Relation.isEdgeProperty(t.getPredicate())) {
                out.add(t);
            }
        });
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyPackagedSetReadsBackToTheSameRows(MappingSetSummary set) {
        String tsv = Exchanges.get().sssom(Selection.between(set.from(), set.to(), false), PredicateStyle.CROSSWALK);
        MappingSetFile exported = read(set.id(), tsv);
        MappingSetFile packaged = SssomReader.read(set.file(), DataSource.classpath().read(set.file()));
        assertThat(exported.rows()).hasSize(set.rows()).hasSize(packaged.rows().size());
        Graph original = MappingGraphBuilder.build(packaged, Exchanges.frameworkIds());
        Graph back = MappingGraphBuilder.build(exported, Exchanges.frameworkIds());
        assertThat(rows(back).size()).isPositive();
        assertThat(rows(back).isIsomorphicWith(rows(original))).as("mapping rows of " + set.id()).isTrue();
        assertThat(exported.headerString("mapping_set_id")).isEqualTo(set.iri());
        assertThat(exported.headerString("mapping_set_title")).isEqualTo(set.title());
        assertThat(exported.headerString("license")).isEqualTo(set.license());
        assertThat(exported.headerString("mapping_date")).isEqualTo(set.date());
        assertThat(exported.headerString("mapping_set_version")).isEqualTo("test-version");
        assertThat(exported.header().get("creator_id")).isEqualTo(List.of("cwagent:crosswalk-curation"));
    }

    @Test
    void theHeaderDeclaresExactlyThePrefixesAndSlotsItUses() {
        String tsv = Exchanges.get().sssom(Selection.between("iso42001", "eu-ai-act", false), PredicateStyle.CROSSWALK);
        MappingSetFile f = read("iso42001-eu-ai-act", tsv);
        Set<String> used = new HashSet<>();
        for (MappingRow r : f.rows()) {
            for (String column : List.of("subject_id", "predicate_id", "object_id", "mapping_justification", "author_id", "record_id")) {
                String v = r.get(column);
                assertThat(v).as(column + " at line " + r.line()).isNotNull().contains(":");
                used.add(v.substring(0, v.indexOf(':')));
            }
        }
        assertThat(f.curieMap().keySet()).isEqualTo(used).contains("iso42001", "eu-ai-act", "sssom", "cw", "semapv", "cwagent", "cwmap");
        assertThat(f.expand("iso42001:A.6.2.4")).isEqualTo(CW.ID + "iso42001/A.6.2.4");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> slots = (List<Map<String, String>>) f.header().get("extension_definitions");
        assertThat(slots).extracting(m -> m.get("slot_name")).containsExactly("relation", "strength", "rationale");
        assertThat(slots).extracting(m -> m.get("property")).containsExactly(CW.NS + "relation", CW.NS + "strength", CW.NS + "rationale");
        assertThat(tsv.lines().filter(l -> !l.startsWith("#")).findFirst()).hasValueSatisfying(h -> assertThat(h.split("\t"))
                .startsWith("subject_id", "subject_label", "predicate_id", "object_id", "object_label", "mapping_justification"));
    }

    @Test
    void skosPredicatesFollowTheRelationAndNegateNoRelationship() {
        String tsv = Exchanges.get().sssom(Selection.between("iso42001", "harmonized-structure", false), PredicateStyle.SKOS);
        MappingSetFile f = read("iso42001-harmonized-structure", tsv);
        Map<String, String> expected = Map.of("equal", "skos:exactMatch", "subset-of", "skos:broadMatch",
                "superset-of", "skos:narrowMatch", "intersects-with", "skos:relatedMatch", "no-relationship", "skos:relatedMatch");
        Set<String> seen = new HashSet<>();
        assertThat(f.rows()).isNotEmpty();
        for (MappingRow r : f.rows()) {
            seen.add(r.get("relation"));
            assertThat(r.get("predicate_id")).as("line " + r.line()).isEqualTo(expected.get(r.get("relation")));
            assertThat(r.get("predicate_modifier")).isEqualTo(r.get("relation").equals("no-relationship") ? "Not" : null);
        }
        assertThat(seen).contains("equal", "superset-of", "no-relationship");
        assertThat(f.curieMap()).containsEntry("skos", "http://www.w3.org/2004/02/skos/core#").doesNotContainKey("cw");
        // everything but the predicate reads back unchanged
        Graph back = rows(MappingGraphBuilder.build(f, Exchanges.frameworkIds()));
        Graph original = rows(MappingGraphBuilder.build(read("iso42001-harmonized-structure",
                Exchanges.get().sssom(Selection.between("iso42001", "harmonized-structure", false), PredicateStyle.CROSSWALK)),
                Exchanges.frameworkIds()));
        back.remove(Node.ANY, CW.predicate.asNode(), Node.ANY);
        original.remove(Node.ANY, CW.predicate.asNode(), Node.ANY);
        assertThat(back.isIsomorphicWith(original)).isTrue();
    }

    @Test
    void aSetReadTheOtherWayHasSidesSwappedAndConverseRelations() {
        MappingSetFile forward = read("iso42001-harmonized-structure",
                Exchanges.get().sssom(Selection.between("iso42001", "harmonized-structure", false), PredicateStyle.CROSSWALK));
        MappingSetFile backward = read("harmonized-structure-iso42001",
                Exchanges.get().sssom(Selection.between("harmonized-structure", "iso42001", false), PredicateStyle.CROSSWALK));
        assertThat(backward.rows()).hasSameSizeAs(forward.rows()).isNotEmpty();
        assertThat(backward.headerString("mapping_set_id")).isEqualTo("https://w3id.org/crosswalk/export/harmonized-structure-iso42001");
        for (int i = 0; i < forward.rows().size(); i++) {
            MappingRow a = forward.rows().get(i), b = backward.rows().get(i);
            assertThat(b.get("subject_id")).isEqualTo(a.get("object_id"));
            assertThat(b.get("object_id")).isEqualTo(a.get("subject_id"));
            assertThat(b.get("relation")).isEqualTo(Relation.fromLabel(a.get("relation")).orElseThrow().converse().label());
            assertThat(b.get("comment")).startsWith("Read in reverse of mapping set iso42001-harmonized-structure.");
        }
        assertThat(forward.rows()).anySatisfy(r -> assertThat(r.get("relation")).isEqualTo("superset-of"));
        assertThat(backward.rows()).anySatisfy(r -> assertThat(r.get("relation")).isEqualTo("subset-of"));
        assertThat(backward.rows()).anySatisfy(r -> assertThat(r.get("subject_id")).isEqualTo("sssom:NoTermFound"));
    }

    @Test
    void chainedRowsCarryMappingChainingAndTheirDerivation() {
        Exchange x = Exchanges.get();
        MappingSetFile f = read("iso42001-iso27001", x.sssom(Selection.between("iso42001", "iso27001", true), PredicateStyle.CROSSWALK));
        List<MappingRow> chained = f.rows().stream().filter(r -> "semapv:MappingChaining".equals(r.get("mapping_justification"))).toList();
        List<MappingRow> curated = f.rows().stream().filter(r -> "semapv:ManualMappingCuration".equals(r.get("mapping_justification"))).toList();
        assertThat(curated).hasSize(x.data().mappingSets().stream().filter(s -> s.id().equals("iso42001-iso27001")).findFirst().orElseThrow().rows());
        assertThat(chained).isNotEmpty();
        assertThat(chained).anySatisfy(r -> assertThat(r.get("subject_id")).isEqualTo("iso42001:7.2"));
        Set<String> curatedPairs = new HashSet<>();
        curated.forEach(r -> curatedPairs.add(r.get("subject_id") + "|" + r.get("object_id")));
        Graph ref = x.data().reference();
        for (MappingRow r : chained) {
            assertThat(curatedPairs).as("a chain only where no curated row relates the pair").doesNotContain(r.get("subject_id") + "|" + r.get("object_id"));
            List<String> steps = List.of(r.get("derived_from").split("\\|"));
            assertThat(steps).as("line " + r.line()).hasSizeBetween(2, 3);
            for (String s : steps) {
                Node m = org.apache.jena.graph.NodeFactory.createURI(f.expand(s));
                assertThat(ref.contains(m, RDF.type.asNode(), CW.Mapping.asNode())).as(s + " is a curated row").isTrue();
            }
            assertThat(r.get("comment")).startsWith("Chain of " + steps.size() + " curated mappings: ");
            assertThat(Integer.parseInt(r.get("strength"))).isBetween(1, 10);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, String>> slots = (List<Map<String, String>>) f.header().get("extension_definitions");
        assertThat(slots).anySatisfy(s -> assertThat(s).containsEntry("slot_name", "derived_from")
                .containsEntry("property", "http://www.w3.org/ns/prov#wasDerivedFrom"));
        assertThat(f.headerString("mapping_set_id")).endsWith("/inferred");
        // the chained rows read back as mappings justified by chaining
        Graph back = MappingGraphBuilder.build(f, Exchanges.frameworkIds());
        assertThat(back.find(Node.ANY, CW.justification.asNode(), org.apache.jena.graph.NodeFactory.createURI(CW.SEMAPV + "MappingChaining"))
                .toList()).hasSize(chained.size());
    }

    @Test
    void selectionsNameWhatIsWrong() {
        Exchange x = Exchanges.get();
        assertThatThrownBy(() -> x.sssom(Selection.between("iso42001", "nist-csf", false), PredicateStyle.SKOS))
                .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("nist-csf").hasMessageContaining("iso42001");
        assertThatThrownBy(() -> x.sssom(Selection.between("iso42001", "iso42001", false), PredicateStyle.SKOS))
                .isInstanceOf(InvalidExportException.class).hasMessageContaining("same framework");
        assertThatThrownBy(() -> x.sssom(new Selection("iso42001", null, "iso27001", false), PredicateStyle.SKOS))
                .isInstanceOf(InvalidExportException.class).hasMessageContaining("framework");
        assertThatThrownBy(() -> x.sssom(Selection.between("iso9001", "eu-ai-act", false), PredicateStyle.SKOS))
                .isInstanceOf(NoMappingsException.class).hasMessageContaining("inferred=true");
        assertThatThrownBy(() -> PredicateStyle.parse("owl")).isInstanceOf(InvalidExportException.class).hasMessageContaining("crosswalk or skos");
    }

    @Test
    void aFrameworkAloneExportsEveryPairReadFromIt() {
        List<FrameworkPair> pairs = Exchanges.get().select(new Selection(null, null, "iso27001", false));
        assertThat(pairs).extracting(FrameworkPair::to).containsExactlyInAnyOrder("eu-ai-act", "harmonized-structure", "iso42001");
        assertThat(pairs).allSatisfy(p -> assertThat(p.from()).isEqualTo("iso27001"));
        List<String> allRows = new ArrayList<>();
        Exchanges.get().select(Selection.all(false)).forEach(p -> p.rows().forEach(r -> allRows.add(r.mapping())));
        int total = Exchanges.get().data().mappingSets().stream().mapToInt(MappingSetSummary::rows).sum();
        assertThat(allRows).hasSize(total).doesNotHaveDuplicates();
    }
}
