package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.mapping.MappingSetFile;
import dev.crosswalk.mapping.SssomReader;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** GET /api/v1/export/{format}, CSV of the tabular reference answers, and a provision as Turtle and JSON-LD. */
class ExportRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String header(Response r, String name) {
        return String.join(",", r.headers().get(name));
    }

    @Test
    void sssomExportIsAMappingSetTheProjectReadsBack() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            Response r = client.get("/api/v1/export/sssom?from=iso42001&to=eu-ai-act");
            assertThat(r.code()).isEqualTo(200);
            assertThat(header(r, "Content-Type")).startsWith("text/tab-separated-values");
            assertThat(header(r, "Content-Disposition")).contains("crosswalk-iso42001-eu-ai-act.sssom.tsv");
            MappingSetFile f = SssomReader.read("mappings/iso42001-eu-ai-act.sssom.tsv", r.body().string().getBytes(StandardCharsets.UTF_8));
            int rows = SharedCore.get().mappingSets().stream().filter(s -> s.id().equals("iso42001-eu-ai-act")).findFirst().orElseThrow().rows();
            assertThat(f.rows()).hasSize(rows);
            assertThat(f.headerString("mapping_set_id")).isEqualTo("https://w3id.org/crosswalk/mappings/iso42001-eu-ai-act");
            Response skos = client.get("/api/v1/export/sssom?from=iso42001&to=eu-ai-act&predicates=skos");
            assertThat(skos.body().string()).contains("\tskos:relatedMatch\tNot\tsssom:NoTermFound\t");
        });
    }

    @Test
    void oscalExportsAreJsonWithCatalogHrefsTheSameApiServes() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            Response m = client.get("/api/v1/export/oscal-mapping?from=iso42001&to=iso27001&inferred=true");
            assertThat(m.code()).isEqualTo(200);
            assertThat(header(m, "Content-Type")).startsWith("application/json");
            JsonNode mappings = JSON.readTree(m.body().string()).path("mapping-collection").path("mappings");
            assertThat(mappings).hasSize(2);
            String href = mappings.get(0).path("target-resource").path("href").asText();
            // relative to /api/v1/export/oscal-mapping, so it resolves to /api/v1/export/oscal-catalog?framework=iso27001
            Response catalog = client.get("/api/v1/export/" + href);
            assertThat(catalog.code()).isEqualTo(200);
            JsonNode c = JSON.readTree(catalog.body().string()).path("catalog");
            assertThat(c.path("metadata").path("title").asText()).startsWith("ISO/IEC 27001");
            String idRef = mappings.get(0).path("maps").get(0).path("targets").get(0).path("id-ref").asText();
            assertThat(catalog.body() == null ? "" : c.toString()).contains("\"id\":\"" + idRef + "\"");
        });
    }

    @Test
    void theCrosswalkMatrixIsAWorkbookWithAColouredCellPerMapping() throws Exception {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            var r = Download.get(server, "/api/v1/export/xlsx?from=iso42001&to=harmonized-structure");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                    assertThat(v).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment").contains(".xlsx"));
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
                assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
                Sheet matrix = wb.getSheet("Matrix");
                Row header = matrix.getRow(0);
                int col = -1;
                for (int c = 2; c < header.getLastCellNum(); c++) {
                    if (header.getCell(c).getStringCellValue().startsWith("harmonized-structure:7.2\n")) col = c;
                }
                assertThat(col).as("a column for harmonized-structure:7.2").isPositive();
                Row row = null;
                for (Row x : matrix) if (x.getCell(0) != null && x.getCell(0).getStringCellValue().equals("iso42001:7.2")) row = x;
                assertThat(row).isNotNull();
                assertThat(row.getCell(col).getStringCellValue()).startsWith("= ");
                assertThat(((org.apache.poi.xssf.usermodel.XSSFColor) row.getCell(col).getCellStyle().getFillForegroundColorColor()).getARGBHex())
                        .endsWith("C6EFCE");
                assertThat(matrix.getPaneInformation().isFreezePane()).isTrue();
                Sheet mappings = wb.getSheet("Mappings");
                int rows = SharedCore.get().mappingSets().stream().filter(s -> s.id().equals("iso42001-harmonized-structure")).findFirst()
                        .orElseThrow().rows();
                assertThat(mappings.getLastRowNum()).isEqualTo(rows);
                assertThat(mappings.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Relation");
            }
        });
    }

    @Test
    void csvOfTheExportAndOfTheTabularAnswers() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            List<String> export = client.get("/api/v1/export/csv?from=iso42001&to=iso27001").body().string().lines().toList();
            assertThat(export.get(0)).startsWith("from_framework,subject,subject_title,relation,to_framework,object");
            assertThat(export).hasSize(1 + SharedCore.get().mappingSets().stream().filter(s -> s.id().equals("iso42001-iso27001"))
                    .findFirst().orElseThrow().rows());
            Response crosswalk = client.get("/api/v1/crosswalk?from=iso42001:7.2&inferred=true&format=csv");
            assertThat(header(crosswalk, "Content-Type")).startsWith("text/csv");
            JsonNode json = JSON.readTree(client.get("/api/v1/crosswalk?from=iso42001:7.2&inferred=true").body().string());
            assertThat(crosswalk.body().string().lines().toList()).hasSize(1 + json.path("mappings").size() + json.path("inferred").size());
            Response provisions = client.get("/api/v1/frameworks/iso42001/provisions", rq -> rq.header("Accept", "text/csv"));
            assertThat(provisions.body().string().lines().toList()).hasSize(1 + SharedCore.get().catalog().provisions("iso42001").size());
            Response sets = client.get("/api/v1/mapping-sets?format=csv");
            assertThat(sets.body().string().lines().toList()).hasSize(1 + SharedCore.get().mappingSets().size());
            assertThat(client.get("/api/v1/crosswalk?from=iso42001:7.2", rq -> rq.header("Accept", "text/html")).code()).isEqualTo(406);
        });
    }

    @Test
    void aProvisionWithItsMappingsAsTurtleAndJsonLd() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            Response ttl = client.get("/api/v1/provisions/iso42001:A.6.2.8", rq -> rq.header("Accept", "text/turtle"));
            assertThat(ttl.code()).isEqualTo(200);
            assertThat(header(ttl, "Content-Type")).startsWith("text/turtle");
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(ttl.body().string(), Lang.TURTLE).parse(g);
            var self = NodeFactory.createURI("https://w3id.org/crosswalk/id/iso42001/A.6.2.8");
            int mappings = JSON.readTree(client.get("/api/v1/crosswalk?from=iso42001:A.6.2.8").body().string()).path("mappings").size();
            assertThat(mappings).isPositive();
            long rows = g.find(null, NodeFactory.createURI("https://w3id.org/crosswalk/ontology#subject"), self).toList().size()
                    + g.find(null, NodeFactory.createURI("https://w3id.org/crosswalk/ontology#object"), self).toList().size();
            assertThat(rows).isEqualTo(mappings);
            assertThat(g.contains(self, NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#notation"), NodeFactory.createLiteralString("A.6.2.8"))).isTrue();
            Response ld = client.get("/api/v1/provisions/iso42001:A.6.2.8?format=jsonld");
            assertThat(header(ld, "Content-Type")).startsWith("application/ld+json");
            Graph g2 = GraphFactory.createDefaultGraph();
            RDFParser.fromString(ld.body().string(), Lang.JSONLD11).parse(g2);
            assertThat(g2.isIsomorphicWith(g)).as("the same graph, non-ASCII titles included (Art. 16(e) — log keeping)").isTrue();
            assertThat(client.get("/api/v1/provisions/iso42001:A.6.2.8").body().string()).startsWith("{\"ref\":\"iso42001:A.6.2.8\"");
        });
    }

    @Test
    void badExportsAreProblemsNamingWhatIsAllowed() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            Response unknown = client.get("/api/v1/export/pdf?from=iso42001&to=eu-ai-act");
            assertThat(unknown.code()).isEqualTo(400);
            assertThat(header(unknown, "Content-Type")).startsWith("application/problem+json");
            JsonNode p = JSON.readTree(unknown.body().string());
            assertThat(p.path("supported")).extracting(JsonNode::asText).containsExactly("sssom", "oscal-mapping", "oscal-catalog", "csv", "xlsx");
            Response fw = client.get("/api/v1/export/sssom?from=iso42001&to=nist-csf");
            assertThat(fw.code()).isEqualTo(404);
            assertThat(fw.body().string()).contains("nist-csf").contains("eu-ai-act");
            assertThat(client.get("/api/v1/export/oscal-catalog").code()).as("no framework").isEqualTo(400);
            assertThat(client.get("/api/v1/export/xlsx?framework=iso42001").code()).as("a matrix needs from and to").isEqualTo(400);
            assertThat(client.get("/api/v1/export/sssom?from=iso42001&framework=iso27001").code()).isEqualTo(400);
            assertThat(client.get("/api/v1/export/sssom?from=iso9001&to=eu-ai-act").code()).as("no curated mapping").isEqualTo(404);
            assertThat(client.get("/api/v1/export/sssom?from=iso42001&to=eu-ai-act&inferred=maybe").code()).isEqualTo(400);
            assertThat(client.get("/api/v1/export/sssom?from=iso42001&to=eu-ai-act&predicates=owl").code()).isEqualTo(400);
            assertThat(client.get("/api/v1/export/sssom?form=iso42001").body().string()).contains("Unknown parameter 'form'");
            Response notAcceptable = client.get("/api/v1/export/oscal-catalog?framework=iso42001", rq -> rq.header("Accept", "text/html"));
            assertThat(notAcceptable.code()).isEqualTo(406);
            assertThat(JSON.readTree(notAcceptable.body().string()).path("supported")).extracting(JsonNode::asText).containsExactly("application/json");
            assertThat(client.get("/api/v1/soa?format=pdf").code()).isEqualTo(405);  // GET on a POST route: never a 500
        });
    }
}
