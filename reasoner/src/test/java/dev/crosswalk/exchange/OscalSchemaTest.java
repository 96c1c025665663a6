package dev.crosswalk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Draft7;
import com.networknt.schema.keyword.NonValidationKeyword;
import dev.crosswalk.catalog.Framework;
import dev.crosswalk.lookup.MappingSetSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OSCAL exports against the OSCAL 1.2.2 JSON schemas in shared/reference/oscal (-Dcrosswalk.oscal.schemas). Skipped
 * where that folder is absent (a plain clone); .ci/run sets -Dcrosswalk.shared.required=true, so there a missing folder
 * fails instead. OscalExportTest checks, in every build, what the schemas do not.
 */
class OscalSchemaTest {
    private static Schema schema(String file) throws IOException {
        String configured = System.getProperty("crosswalk.oscal.schemas", "");
        Path dir = configured.isBlank() || configured.contains("${") ? Path.of("..", "..", "shared", "reference", "oscal") : Path.of(configured);
        if (Boolean.getBoolean("crosswalk.shared.required")) {
            assertThat(dir.resolve(file)).as("the OSCAL schemas beside the checkout (-Dcrosswalk.oscal.schemas)").isRegularFile();
        }
        assumeTrue(Files.isRegularFile(dir.resolve(file)), "no OSCAL schemas at " + dir.toAbsolutePath() + ": nothing to validate against");
        // draft-07 ignores unknown keywords; networknt knows draft-04's "id" but has no validator for it, and the generated
        // schemas carry one stray {"id": {...}} (party external-id): read it as the annotation draft-07 makes it
        Dialect draft7 = Dialect.builder(Draft7.getInstance()).keyword(new NonValidationKeyword("id")).build();
        return SchemaRegistry.withDefaultDialect(draft7).getSchema(Files.readString(dir.resolve(file)), InputFormat.JSON);
    }

    private static List<String> problems(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    @Test
    void everyFrameworkCatalogIsValid() throws IOException {
        Schema schema = schema("oscal_catalog_schema.json");
        List<Framework> frameworks = List.copyOf(Exchanges.get().data().catalog().frameworks());
        assertThat(frameworks).hasSize(11);
        for (Framework f : frameworks) {
            assertThat(problems(schema, Exchanges.get().oscalCatalog(f.id()))).as(f.id()).isEmpty();
        }
        // the validator does report: a control without a title is refused
        String broken = Exchanges.get().oscalCatalog("iso42001").replaceFirst("\"title\" : \"Context of the organization\",", "");
        assertThat(problems(schema, broken)).isNotEmpty();
    }

    @Test
    void everyMappingExportIsValid() throws IOException {
        Schema schema = schema("oscal_mapping_schema.json");
        List<Selection> selections = new ArrayList<>();
        for (MappingSetSummary s : Exchanges.get().data().mappingSets()) {
            selections.add(Selection.between(s.from(), s.to(), false));
            selections.add(Selection.between(s.to(), s.from(), false));
        }
        selections.add(Selection.between("iso42001", "iso27001", true));
        selections.add(Selection.all(false));
        assertThat(selections).hasSize(34);
        for (Selection s : selections) {
            assertThat(problems(schema, Exchanges.get().oscalMapping(s))).as(s.toString()).isEmpty();
        }
        // one mapping wrapped in an array breaks OSCAL's one-object-or-array rule, and the schema says so
        String single = Exchanges.get().oscalMapping(Selection.between("iso42001", "eu-ai-act", false));
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(single);
        ObjectNode c = (ObjectNode) doc.path("mapping-collection");
        assertThat(c.path("mappings").isObject()).isTrue();
        c.putArray("wrapped").add(c.path("mappings"));
        c.set("mappings", c.remove("wrapped"));
        String wrapped = doc.toString();
        assertThat(problems(schema, wrapped)).isNotEmpty();
    }
}
