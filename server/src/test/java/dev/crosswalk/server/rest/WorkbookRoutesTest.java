package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The SoA and the gap analysis as XLSX (?format=xlsx), posted and stored, read back cell by cell with POI. */
class WorkbookRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static String example(String name) throws Exception {
        return Files.readString(Path.of("..", "examples", name + ".json"));
    }

    private static XSSFWorkbook workbook(java.net.http.HttpResponse<byte[]> r) throws Exception {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(SHEET);
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment; filename=\"");
        return new XSSFWorkbook(new ByteArrayInputStream(r.body()));
    }

    private static String text(Row row, int col) {
        Cell c = row.getCell(col);
        return c == null ? "" : c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC ? Double.toString(c.getNumericCellValue())
                : c.getStringCellValue();
    }

    private static String fill(Cell c) {
        XSSFColor color = (XSSFColor) c.getCellStyle().getFillForegroundColorColor();
        return color == null ? null : color.getARGBHex().substring(2);
    }

    @Test
    void statementOfApplicabilityRowPerControlWithStatusColoursAndASummary() throws Exception {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            JsonNode json = JSON.readTree(client.post("/api/v1/soa", example("uk-bank")).body().string());
            try (XSSFWorkbook wb = workbook(Download.post(server, "/api/v1/soa?format=xlsx", example("uk-bank")))) {
                XSSFSheet soa = wb.getSheet("Statement of Applicability");
                assertThat(soa.getLastRowNum()).isEqualTo(38);
                assertThat(text(soa.getRow(0), 0)).isEqualTo("Control");
                assertThat(soa.getPaneInformation().isFreezePane()).isTrue();
                assertThat(soa.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H39");
                for (int i = 0; i < 38; i++) {
                    JsonNode e = json.path("controls").get(i);
                    Row row = soa.getRow(i + 1);
                    assertThat(text(row, 0)).isEqualTo(e.path("provision").asText());
                    assertThat(text(row, 2)).isEqualTo(e.path("applicable").asBoolean() ? "yes" : "no");
                    assertThat(text(row, 3)).isEqualTo(e.path("justification").asText(""));
                    assertThat(text(row, 4)).isEqualTo(e.path("status").asText());
                    String status = e.path("status").asText();
                    String expected = switch (status) {
                        case "implemented", "implemented-via-mapping" -> "C6EFCE";
                        case "partial", "partial-via-mapping", "planned" -> "FFEB9C";
                        case "not-implemented" -> "FFC7CE";
                        case "excluded" -> "D9D9D9";
                        default -> null;
                    };
                    assertThat(fill(row.getCell(4))).as(status).isEqualTo(expected);
                    assertThat(text(row, 7)).isEqualTo(String.join("; ", JSON.convertValue(e.path("related"), String[].class)));
                }
                Sheet summary = wb.getSheetAt(0);
                assertThat(summary.getSheetName()).isEqualTo("Summary");
                assertThat(text(summary.getRow(1), 0)).isEqualTo("iso42001 Annex A");
                assertThat(summary.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(38);
            }
        });
    }

    @Test
    void aFrameworksStatusNoteTravelsIntoTheWorkbookCsvAndHtml() throws Exception {
        String profile = """
                {"organisation": {"id": "risk-bank", "name": "Risk Bank", "sector": "financial-services", "jurisdictions": ["EU"]},
                 "managementSystems": [{"standard": "iso42001", "certified": false}],
                 "scope": {"frameworks": ["us-sr-11-7", "nist-ai-rmf"]},
                 "controls": [{"provision": "iso42001:A.6.2.6", "status": "implemented", "evidence": ["MON-01"]}]}
                """;
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            JsonNode json = JSON.readTree(client.post("/api/v1/gap-analysis", profile).body().string());
            JsonNode frameworks = json.path("frameworks");
            assertThat(frameworks).extracting(f -> f.path("framework").asText()).containsExactlyInAnyOrder("us-sr-11-7", "nist-ai-rmf");
            int sr = frameworks.get(0).path("framework").asText().equals("us-sr-11-7") ? 0 : 1;
            String note = frameworks.get(sr).path("note").asText();
            assertThat(note).contains("superseded since 2026-04-17 by us-sr-26-2");
            assertThat(frameworks.get(1 - sr).path("note").textValue()).isNull();
            try (XSSFWorkbook wb = workbook(Download.post(server, "/api/v1/gap-analysis?format=xlsx", profile))) {
                Sheet summary = wb.getSheet("Summary");
                assertThat(text(summary.getRow(0), 7)).isEqualTo("Note");
                assertThat(text(summary.getRow(1 + sr), 0)).isEqualTo("us-sr-11-7");
                assertThat(text(summary.getRow(1 + sr), 7)).isEqualTo(note);
                assertThat(text(summary.getRow(2 - sr), 7)).isEmpty();
            }
            java.util.List<String> csv = client.post("/api/v1/gap-analysis?format=csv", profile).body().string().lines().toList();
            assertThat(csv.get(0)).endsWith(",aiSystems,frameworkNote");
            java.util.List<String> sr11 = csv.stream().filter(l -> l.startsWith("us-sr-11-7,")).toList();
            assertThat(sr11).hasSize(frameworks.get(sr).path("requirements").size()).isNotEmpty().allSatisfy(l -> assertThat(l).contains(note));
            assertThat(csv.stream().filter(l -> l.startsWith("nist-ai-rmf,"))).hasSize(72).noneSatisfy(l -> assertThat(l).contains("superseded"));
            String html = client.post("/api/v1/gap-analysis?format=html", profile).body().string();
            assertThat(html).contains("<p class=\"note\">" + note + "</p>");
        });
    }

    @Test
    void gapAnalysisSummaryHasTheScorePerFrameworkAndARowPerRequirement() throws Exception {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            JsonNode json = JSON.readTree(client.post("/api/v1/gap-analysis", example("uk-bank")).body().string());
            try (XSSFWorkbook wb = workbook(Download.post(server, "/api/v1/gap-analysis?format=xlsx", example("uk-bank")))) {
                Sheet summary = wb.getSheet("Summary");
                JsonNode frameworks = json.path("frameworks");
                assertThat(frameworks.size()).isGreaterThan(1);
                int requirements = 0;
                for (int i = 0; i < frameworks.size(); i++) {
                    Row row = summary.getRow(i + 1);
                    assertThat(text(row, 0)).isEqualTo(frameworks.get(i).path("framework").asText());
                    assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(frameworks.get(i).path("score").asDouble());
                    assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
                    assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(frameworks.get(i).path("counts").path("covered").asInt());
                    requirements += frameworks.get(i).path("requirements").size();
                }
                Sheet reqs = wb.getSheet("Requirements");
                assertThat(reqs.getLastRowNum()).isEqualTo(requirements);
                JsonNode first = frameworks.get(0).path("requirements").get(0);
                assertThat(text(reqs.getRow(1), 1)).isEqualTo(first.path("provision").asText());
                assertThat(text(reqs.getRow(1), 3)).isEqualTo(first.path("status").asText());
                boolean sawGap = false;
                for (int r = 1; r <= reqs.getLastRowNum(); r++) {
                    if (text(reqs.getRow(r), 3).equals("gap")) {
                        sawGap = true;
                        assertThat(fill(reqs.getRow(r).getCell(3))).isEqualTo("FFC7CE");
                    }
                }
                assertThat(sawGap).isTrue();
                assertThat(wb.getSheet("AI system obligations")).isNotNull();
            }
        });
    }

    @Test
    void storedOrganisationsAnswerXlsxToo() throws Exception {
        ApiContext api = SharedCore.api();
        String key = api.keys().issue("xlsx-bank", "Workbook test", "test").token();
        String profile = example("uk-bank").replace("\"northgate-bank\"", "\"xlsx-bank\"");
        JavalinTest.test(RestApi.create(api), (server, client) -> {
            String auth = "Bearer " + key;
            assertThat(client.put("/api/v1/orgs/xlsx-bank/profile", profile, rq -> rq.header("Authorization", auth)).code()).isEqualTo(201);
            try (XSSFWorkbook wb = workbook(Download.get(server, "/api/v1/orgs/xlsx-bank/soa?format=xlsx", "Authorization", auth))) {
                assertThat(wb.getSheet("Statement of Applicability").getLastRowNum()).isEqualTo(38);
            }
            try (XSSFWorkbook wb = workbook(Download.get(server, "/api/v1/orgs/xlsx-bank/gaps?format=xlsx", "Authorization", auth))) {
                assertThat(wb.getSheet("Requirements").getLastRowNum()).isPositive();
            }
            Response plain = client.get("/api/v1/orgs/xlsx-bank/gaps", rq -> rq.header("Authorization", auth).header("Accept", SHEET));
            assertThat(plain.code()).as("a spreadsheet only when ?format=xlsx asks").isEqualTo(406);
            assertThat(plain.body().string()).contains("?format=json|csv|markdown|html|xlsx");
            assertThat(client.delete("/api/v1/orgs/xlsx-bank/profile", null, rq -> rq.header("Authorization", auth)).code()).isEqualTo(204);
        });
    }
}
