package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * User text in the rendered reports (organisation name, justifications, evidence) stays text:
 * Markdown metacharacters are escaped, HTML is escaped, CSV cells are quoted and never start a formula.
 */
class ReportEscapingTest {
    private static final String NAME = "Evil *Corp* [click](http://evil.example) <img src=x onerror=alert(1)> | & _x_ `c` # ~~s~~";
    private static final String JUSTIFICATION = "=HYPERLINK(\"http://evil.example\",\"click\")";
    private static final String EVIDENCE = "<script>alert(1)</script> | [doc](javascript:alert(1))";

    private static String profile() throws Exception {
        String json = Files.readString(Path.of("..", "examples", "small-provider.json"));
        return json.replace("\"Small Provider Ltd\"", "\"" + NAME.replace("\"", "\\\"") + "\"")
                .replace("\"Event logging designed, retention open\"", "\"" + JUSTIFICATION.replace("\"", "\\\"") + "\"")
                .replace("\"AIMS-LOG-02\"", "\"" + EVIDENCE.replace("\"", "\\\"") + "\"");
    }

    @Test
    void markdownEscapesTheOrganisationNameAndUserText() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            String md = client.post("/api/v1/gap-analysis?format=markdown", profile()).body().string();
            String heading = md.lines().findFirst().orElseThrow();
            assertThat(heading).isEqualTo("# Gap analysis: Evil \\*Corp\\* \\[click\\](http://evil.example) \\<img src=x onerror=alert(1)\\>"
                    + " \\| \\& \\_x\\_ \\`c\\` \\# \\~\\~s\\~\\~");
            String soa = client.post("/api/v1/soa?format=markdown", profile()).body().string();
            String row = soa.lines().filter(l -> l.startsWith("| iso42001:A.6.2.8 |")).findFirst().orElseThrow();
            assertThat(row).contains("\\<script\\>alert(1)\\</script\\> \\| \\[doc\\](javascript:alert(1))")
                    .doesNotContain("<script>").doesNotContain("[doc]");
            assertThat(row.split("(?<!\\\\)\\|", -1)).as("the escaped pipes do not add cells: 7 columns").hasSize(7 + 2);
        });
    }

    @Test
    void htmlEscapesUserText() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            for (String path : List.of("/api/v1/gap-analysis", "/api/v1/soa", "/api/v1/ims-plan")) {
                String html = client.post(path + "?format=html", profile()).body().string();
                assertThat(html).as(path).doesNotContain("<img src=x").doesNotContain("<script>");
            }
            String gaps = client.post("/api/v1/gap-analysis?format=html", profile()).body().string();
            assertThat(gaps).contains("<h1>Gap analysis: Evil *Corp* [click](http://evil.example) &lt;img src=x onerror=alert(1)&gt; | &amp; _x_");
            String soa = client.post("/api/v1/soa?format=html", profile()).body().string();
            assertThat(soa).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("=HYPERLINK(&quot;http://evil.example&quot;");
        });
    }

    @Test
    void csvQuotesAndNeutralisesFormulas() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            String csv = client.post("/api/v1/soa?format=csv", profile()).body().string();
            String row = csv.lines().filter(l -> l.startsWith("iso42001:A.6.2.8,")).findFirst().orElseThrow();
            assertThat(row).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",");
            assertThat(row).doesNotContain(",=HYPERLINK");
        });
    }
}
