package dev.crosswalk.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.mapping.MappingSetFile;
import dev.crosswalk.mapping.SssomReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosswalk export --format ...} and {@code soa --format xlsx}: the same exports as REST, files for binary ones. */
class ExportCliTest {
    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = CrosswalkCli.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** The rows of a packaged mapping set, as the assembly reads it. */
    private static int packagedRows(String set) {
        String path = "mappings/" + set + ".sssom.tsv";
        return SssomReader.read(path, dev.crosswalk.kb.DataSource.classpath().read(path)).rows().size();
    }

    @Test
    void sssomToStandardOutputReadsBackAsTheMappingSet() {
        Run r = run("export", "--format", "sssom", "--from", "iso42001", "--to", "iso27001", "--predicates", "skos");
        assertThat(r.code()).as(r.err()).isZero();
        MappingSetFile f = SssomReader.read("mappings/iso42001-iso27001.sssom.tsv", r.out().getBytes(StandardCharsets.UTF_8));
        assertThat(f.headerString("mapping_set_id")).isEqualTo("https://w3id.org/crosswalk/mappings/iso42001-iso27001");
        assertThat(f.rows()).hasSize(packagedRows("iso42001-iso27001")).isNotEmpty();
        assertThat(f.rows()).allSatisfy(row -> assertThat(row.get("predicate_id")).startsWith("skos:"));
        assertThat(r.out().lines().filter(l -> l.startsWith("# mapping_set_description: ")).count()).as("one header line per value").isEqualTo(1);
    }

    @Test
    void binaryFormatsGoToAFileAndNeverToTheTerminal(@TempDir Path dir) throws Exception {
        Run refused = run("export", "--format", "xlsx", "--from", "iso42001", "--to", "eu-ai-act");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("give --output FILE");
        assertThat(refused.out()).isEmpty();
        Run soaRefused = run("soa", Path.of("..", "examples", "uk-bank.json").toString(), "--format", "xlsx");
        assertThat(soaRefused.code()).isEqualTo(2);
        assertThat(soaRefused.out()).isEmpty();

        Path matrix = dir.resolve("matrix.xlsx");
        Run r = run("export", "--format", "xlsx", "--from", "iso42001", "--to", "eu-ai-act", "--output", matrix.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(matrix))) {
            assertThat(wb.getSheet("Mappings").getLastRowNum()).isEqualTo(packagedRows("iso42001-eu-ai-act"));
            Sheet m = wb.getSheet("Matrix");
            assertThat(m.getRow(0).getCell(0).getStringCellValue()).isEqualTo("iso42001");
            Row last = m.getRow(m.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).as("the row of AI Act duties no ISO 42001 provision meets")
                    .isEqualTo("Nothing in iso42001 meets this");
        }

        Path soa = dir.resolve("soa.xlsx");
        Run s = run("soa", Path.of("..", "examples", "uk-bank.json").toString(), "--format", "xlsx", "-o", soa.toString());
        assertThat(s.code()).as(s.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(soa))) {
            Sheet sheet = wb.getSheet("Statement of Applicability");
            assertThat(sheet.getLastRowNum()).isEqualTo(38);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("iso42001:A.");
        }
    }

    @Test
    void badExportOptionsAreRefusedBeforeAnythingLoads() {
        Run unknown = run("export", "--format", "pdf");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("sssom, oscal-mapping, oscal-catalog, csv, xlsx");
        Run rdf = run("export", "--format", "trig", "--from", "iso42001");
        assertThat(rdf.code()).isEqualTo(2);
        assertThat(rdf.err()).contains("--from").contains("not for --format trig");
        Run graph = run("export", "--format", "sssom", "--graph", "https://w3id.org/crosswalk/graph/ontology");
        assertThat(graph.code()).isEqualTo(2);
        Run predicates = run("export", "--format", "sssom", "--predicates", "owl");
        assertThat(predicates.code()).isEqualTo(2);
        assertThat(predicates.err()).contains("crosswalk or skos");
    }
}
