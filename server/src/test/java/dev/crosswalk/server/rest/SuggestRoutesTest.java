package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.mapping.MappingSetFile;
import dev.crosswalk.mapping.SssomReader;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** GET /api/v1/suggest: JSON or SSSOM suggestions, and problem+json for every bad request, ids checked first. */
class SuggestRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void suggestionsComeAsJsonWithEvidenceAndAsAnSssomSetTheProjectReads() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            Response r = client.get("/api/v1/suggest?from=iso42001&to=iso27001&top=3&exclude=iso42001-iso27001");
            assertThat(r.code()).isEqualTo(200);
            JsonNode body = JSON.readTree(r.body().string());
            assertThat(body.path("excludedSets")).hasSize(1);
            assertThat(body.path("provisions")).hasSize(SharedCore.get().catalog().provisions("iso42001").size());
            int candidates = 0;
            for (JsonNode p : body.path("provisions")) {
                assertThat(p.path("candidates").size()).isLessThanOrEqualTo(3);
                for (JsonNode c : p.path("candidates")) {
                    candidates++;
                    assertThat(c.path("ref").asText()).startsWith("iso27001:");
                    assertThat(c.path("score").asDouble()).isBetween(0.0, 1.0);
                    assertThat(c.path("justification").asText()).startsWith("semapv:");
                }
            }
            assertThat(candidates).isGreaterThan(50);

            Response tsv = client.get("/api/v1/suggest?from=iso42001&to=iso27001&top=2&exclude=iso42001-iso27001",
                    rq -> rq.header("Accept", "text/tab-separated-values"));
            assertThat(tsv.code()).isEqualTo(200);
            assertThat(String.join(",", tsv.headers().get("Content-Type"))).startsWith("text/tab-separated-values");
            MappingSetFile f = SssomReader.read("suggested.sssom.tsv", tsv.body().string().getBytes(StandardCharsets.UTF_8));
            assertThat(f.rows()).isNotEmpty();
            assertThat(f.headerString("mapping_tool")).contains("suggest");
            assertThat(f.rows().get(0).get("author_id")).isEqualTo("cwagent:crosswalk-suggest");
        });
    }

    @Test
    void badRequestsAreProblemsNamingWhatIsWrong() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            assertProblem(client.get("/api/v1/suggest?from=nope&to=iso27001"), 404, "unknown-framework", "nope");
            assertProblem(client.get("/api/v1/suggest?from=iso42001&to=iso27001&exclude=no-such-set"), 404, "unknown-mapping-set", "no-such-set");
            assertProblem(client.get("/api/v1/suggest?from=iso42001&to=iso27001&top=0"), 400, "bad-request", "top");
            assertProblem(client.get("/api/v1/suggest?from=iso42001&to=iso27001&top=many"), 400, "bad-request", "top");
            assertProblem(client.get("/api/v1/suggest?from=iso42001&to=iso42001"), 400, "bad-request", "same framework");
            assertProblem(client.get("/api/v1/suggest?to=iso42001"), 400, "bad-request", "from");
            assertProblem(client.get("/api/v1/suggest?from=iso42001&to=iso27001&limit=3"), 400, "bad-request", "limit");
            assertProblem(client.get("/api/v1/suggest?from=iso42001&to=iso27001", rq -> rq.header("Accept", "application/xml")), 406,
                    "not-acceptable", "application/xml");
        });
    }

    private static void assertProblem(Response r, int status, String type, String detailMentions) throws Exception {
        assertThat(r.code()).isEqualTo(status);
        assertThat(String.join(",", r.headers().get("Content-Type"))).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(r.body().string());
        assertThat(p.path("type").asText()).endsWith("/" + type);
        assertThat(p.path("detail").asText()).contains(detailMentions);
    }
}
