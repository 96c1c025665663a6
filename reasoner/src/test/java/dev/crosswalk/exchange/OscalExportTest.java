package dev.crosswalk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.mapping.Relation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OSCAL exports' structure, in every build: ids, counts, relationships, gap summaries, and what OSCAL's constraints
 * require but its JSON schema does not check (allowed values, a group of one written as an object).
 */
class OscalExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$");
    private static final Pattern UUID_V5 = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    private static final Set<String> RELATIONSHIPS = Set.of("equivalent-to", "equal-to", "subset-of", "superset-of", "intersects-with");

    private static JsonNode catalog(String framework) throws Exception {
        return JSON.readTree(Exchanges.get().oscalCatalog(framework)).path("catalog");
    }

    private static JsonNode collection(Selection s) throws Exception {
        return JSON.readTree(Exchanges.get().oscalMapping(s)).path("mapping-collection");
    }

    /** control id → control, depth first, groups included. */
    private static Map<String, JsonNode> controls(JsonNode catalog) {
        Map<String, JsonNode> out = new HashMap<>();
        List<JsonNode> todo = new ArrayList<>();
        catalog.path("groups").forEach(g -> g.path("controls").forEach(todo::add));
        catalog.path("controls").forEach(todo::add);
        while (!todo.isEmpty()) {
            JsonNode c = todo.remove(todo.size() - 1);
            assertThat(out.put(c.path("id").asText(), c)).as("control id " + c.path("id") + " once").isNull();
            c.path("controls").forEach(todo::add);
        }
        return out;
    }

    private static List<JsonNode> mappings(JsonNode collection) {
        JsonNode m = collection.path("mappings");
        List<JsonNode> out = new ArrayList<>();
        if (m.isArray()) m.forEach(out::add);
        else out.add(m);
        return out;
    }

    @Test
    void aCatalogHoldsEveryProvisionOnceWithOurParaphraseAndItsSource() throws Exception {
        Catalog cat = Exchanges.get().data().catalog();
        for (String fw : List.of("iso42001", "eu-ai-act", "uk-fca")) {
            JsonNode c = catalog(fw);
            Map<String, JsonNode> controls = controls(c);
            List<Provision> provisions = cat.provisions(fw);
            assertThat(controls).as(fw).hasSize(provisions.size()).isNotEmpty();
            for (Provision p : provisions) {
                JsonNode ctl = controls.get(OscalIds.controlId(p));
                assertThat(ctl).as(p.ref()).isNotNull();
                assertThat(ctl.path("id").asText()).matches(TOKEN);
                assertThat(ctl.path("title").asText()).isEqualTo(p.title());
                assertThat(ctl.path("props")).anySatisfy(x -> assertThat(x.path("name").asText() + "=" + x.path("value").asText())
                        .isEqualTo("label=" + p.notation()));
                assertThat(ctl.path("links")).anySatisfy(l -> assertThat(l.path("href").asText()).isEqualTo(p.source()));
                JsonNode parts = ctl.path("parts");
                assertThat(parts).allSatisfy(part -> assertThat(part.path("name").asText()).as("no normative 'statement' part").isEqualTo("paraphrase"));
                assertThat(parts.get(0).path("prose").asText()).isEqualTo(p.paraphrase().trim());
                int kids = cat.children(p).size();
                assertThat(ctl.path("controls").size()).as(p.ref() + " children").isEqualTo(kids);
            }
        }
        JsonNode iso = catalog("iso42001");
        assertThat(iso.path("groups")).extracting(g -> g.path("title").asText()).contains("Clauses", "Control objectives");
        assertThat(iso.path("uuid").asText()).isEqualTo("0dcbf56d-f8f7-591c-9a78-7037b9d74135");  // uuid5(URL, framework IRI), per Python's uuid
        assertThat(iso.path("metadata").path("oscal-version").asText()).isEqualTo("1.2.2");
        assertThat(Exchanges.get().oscalCatalog("iso42001")).as("reproducible").isEqualTo(Exchanges.get().oscalCatalog("iso42001"));
        assertThat(controls(catalog("eu-ai-act"))).containsKey("eu-ai-act-art_26_par_1");
    }

    @Test
    void aMappingHasOneMapPerRelatedRowAndPutsNothingMeetsThisInGapSummaries() throws Exception {
        FrameworkPair pair = Exchanges.get().select(Selection.between("iso42001", "eu-ai-act", false)).get(0);
        JsonNode c = collection(Selection.between("iso42001", "eu-ai-act", false));
        assertThat(c.path("mappings").isObject()).as("one mapping is written as the object itself").isTrue();
        JsonNode m = c.path("mappings");
        assertThat(m.path("method").asText()).isEqualTo("human");
        assertThat(c.path("provenance").path("method").asText()).isEqualTo("human");
        assertThat(c.path("provenance").path("matching-rationale").asText()).isEqualTo("semantic");
        assertThat(m.path("source-resource").path("href").asText()).isEqualTo("oscal-catalog?framework=iso42001");
        assertThat(m.path("target-resource").path("href").asText()).isEqualTo("oscal-catalog?framework=eu-ai-act");
        List<CrosswalkRow> related = pair.related();
        assertThat(m.path("maps")).hasSize(related.size()).isNotEmpty();
        Map<String, JsonNode> sources = controls(catalog("iso42001"));
        Map<String, JsonNode> targets = controls(catalog("eu-ai-act"));
        Map<String, Integer> byRelationship = new HashMap<>();
        for (int i = 0; i < related.size(); i++) {
            JsonNode map = m.path("maps").get(i);
            CrosswalkRow row = related.get(i);
            assertThat(map.path("relationship").asText()).isIn(RELATIONSHIPS).isEqualTo(OscalMappingWriter.relationship(row.relation()));
            byRelationship.merge(map.path("relationship").asText(), 1, Integer::sum);
            assertThat(sources).containsKey(map.path("sources").get(0).path("id-ref").asText());
            assertThat(targets).containsKey(map.path("targets").get(0).path("id-ref").asText());
            assertThat(map.path("confidence-score").path("percentage").asDouble()).isEqualTo(row.confidence()).isBetween(0.0, 1.0);
            assertThat(map.path("remarks").asText()).startsWith(row.rationale());
        }
        assertThat(byRelationship).containsKey("intersects-with");
        Set<String> nothingMeetsTarget = new HashSet<>(), nothingMeetsSource = new HashSet<>();
        for (CrosswalkRow r : pair.rows()) {
            if (r.nothingMeets() && r.subject().equals(CrosswalkRow.NO_TERM)) nothingMeetsTarget.add(id(r.object()));
            if (r.nothingMeets() && r.object().equals(CrosswalkRow.NO_TERM)) nothingMeetsSource.add(id(r.subject()));
        }
        assertThat(nothingMeetsTarget).isNotEmpty().contains("eu-ai-act-art_43");
        assertThat(ids(m.path("target-gap-summary"))).isEqualTo(nothingMeetsTarget);
        assertThat(ids(m.path("source-gap-summary"))).isEqualTo(nothingMeetsSource);
        long noRelationshipRows = pair.rows().stream().filter(r -> r.relation() == Relation.NO_RELATIONSHIP).count();
        assertThat(m.path("maps").size() + noRelationshipRows).as("every row is a map or a gap").isEqualTo(pair.rows().size());
        assertThat(collection(Selection.between("iso42001", "eu-ai-act", false)).toString()).as("reproducible").isEqualTo(c.toString());
    }

    private static String id(String iri) {
        return OscalIds.controlId(Exchanges.get().data().catalog().provisionByIri(iri).orElseThrow());
    }

    private static Set<String> ids(JsonNode gapSummary) {
        Set<String> out = new HashSet<>();
        assertThat(UUID_V5.matcher(gapSummary.path("uuid").asText()).matches()).isTrue();
        gapSummary.path("unmapped-controls").forEach(u -> u.path("with-ids").forEach(i -> out.add(i.asText())));
        return out;
    }

    @Test
    void chainedRowsFormTheirOwnAutomatedMappingSoTwoMappingsAreAnArray() throws Exception {
        JsonNode c = collection(Selection.between("iso42001", "iso27001", true));
        assertThat(c.path("mappings").isArray()).as("two or more mappings are an array").isTrue();
        List<JsonNode> ms = mappings(c);
        assertThat(ms).extracting(m -> m.path("method").asText()).containsExactly("human", "automation");
        assertThat(c.path("provenance").path("method").asText()).isEqualTo("hybrid");
        JsonNode chained = ms.get(1);
        assertThat(chained.path("maps")).isNotEmpty().allSatisfy(map -> {
            assertThat(map.path("props")).filteredOn(p -> p.path("name").asText().equals("derived-from")).hasSizeBetween(2, 3);
            assertThat(map.path("remarks").asText()).contains("Chain of");
        });
        assertThat(chained.has("source-gap-summary")).isFalse();
    }

    @Test
    void everyValueIsOneOscalAllowsAndEveryUuidIsUniqueAndNameBased() throws Exception {
        for (Selection s : List.of(Selection.all(false), new Selection(null, null, "eu-ai-act", true))) {
            JsonNode c = collection(s);
            Set<String> uuids = new HashSet<>();
            List<JsonNode> ms = mappings(c);
            assertThat(c.path("mappings").isArray()).isEqualTo(ms.size() > 1);
            assertThat(ms).hasSizeGreaterThan(1);
            assertThat(c.path("provenance").path("method").asText()).isIn("human", "automation", "hybrid");
            assertThat(c.path("provenance").path("status").asText()).isIn("complete", "not-complete", "draft", "deprecated", "superseded");
            uuids.add(c.path("uuid").asText());
            for (JsonNode m : ms) {
                assertThat(m.path("method").asText()).isIn("human", "automation", "hybrid");
                assertThat(m.path("matching-rationale").asText()).isIn("syntactic", "semantic", "functional");
                assertThat(m.path("source-resource").path("type").asText()).isIn("catalog", "profile");
                assertThat(m.path("target-resource").path("type").asText()).isIn("catalog", "profile");
                assertThat(uuids.add(m.path("uuid").asText())).isTrue();
                for (JsonNode map : m.path("maps")) {
                    assertThat(map.path("relationship").asText()).isIn(RELATIONSHIPS);
                    assertThat(map.path("sources").get(0).path("type").asText()).isIn("control", "statement");
                    assertThat(map.path("targets").get(0).path("type").asText()).isIn("control", "statement");
                    assertThat(map.path("confidence-score").path("percentage").asDouble()).isBetween(0.0, 1.0);
                    assertThat(map.path("uuid").asText()).matches(UUID_V5);
                    assertThat(uuids.add(map.path("uuid").asText())).as("map uuid unique").isTrue();
                }
            }
        }
        assertThat(OscalIds.uuid("https://w3id.org/crosswalk/id/iso42001")).isEqualTo("0dcbf56d-f8f7-591c-9a78-7037b9d74135");
    }

    @Test
    void aCatalogNeedsAFramework() {
        assertThatThrownBy(() -> Exchanges.get().oscalCatalog(null)).isInstanceOf(InvalidExportException.class).hasMessageContaining("framework=");
        assertThatThrownBy(() -> Exchanges.get().oscalCatalog("nist-csf")).hasMessageContaining("Unknown framework 'nist-csf'");
    }
}
