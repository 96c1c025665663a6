package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Gap analysis, SoA and IMS plan over HTTP, in JSON, CSV and Markdown, and 422 for invalid profiles. */
class AnalysisRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String example(String name) throws Exception {
        return Files.readString(Path.of("..", "examples", name + ".json"));
    }

    private static String contentType(Response r) {
        return String.join(",", r.headers().get("Content-Type"));
    }

    @Test
    void gapAnalysisAnswersForEveryExampleInJson() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            for (String name : new String[] {"uk-bank", "hospital", "rail-operator", "hr-tech"}) {
                Response r = client.post("/api/v1/gap-analysis", example(name));
                assertThat(r.code()).as(name).isEqualTo(200);
                JsonNode body = JSON.readTree(r.body().string());
                assertThat(body.path("frameworks").get(0).path("framework").asText()).isEqualTo("iso42001");
                assertThat(body.path("aiSystems")).isNotEmpty();
            }
        });
    }

    @Test
    void gapAnalysisRendersCsvAndMarkdown() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            Response csv = client.post("/api/v1/gap-analysis?format=csv", example("uk-bank"));
            assertThat(contentType(csv)).startsWith("text/csv");
            String text = csv.body().string();
            assertThat(text.lines().findFirst()).contains("framework,provision,title,status,coveredBy,aiSystems,frameworkNote");
            assertThat(text).contains("eu-ai-act,eu-ai-act:Art. 43,Conformity assessment,gap");
            Response md = client.post("/api/v1/gap-analysis?format=markdown", example("uk-bank"));
            assertThat(md.body().string()).startsWith("# Gap analysis: Northgate Bank plc").contains("| iso42001 |");
            assertThat(client.post("/api/v1/gap-analysis?format=xml", example("uk-bank")).code()).isEqualTo(400);
        });
    }

    @Test
    void invalidProfileIs422WithEveryViolation() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            String bad = "{\"organisation\":{\"id\":\"x y\",\"sector\":\"banking\",\"jurisdictions\":[\"UK\"]},"
                    + "\"controls\":[{\"provision\":\"iso42001:A.2.2\",\"status\":\"not-applicable\"}]}";
            Response r = client.post("/api/v1/gap-analysis", bad);
            assertThat(r.code()).isEqualTo(422);
            assertThat(contentType(r)).startsWith("application/problem+json");
            JsonNode errors = JSON.readTree(r.body().string()).path("errors");
            assertThat(errors).extracting(e -> e.path("field").asText()).contains("organisation.id", "organisation.sector", "controls[0]");
            Response badSystem = client.post("/api/v1/gap-analysis",
                    example("hr-tech").replace("\"annexIII\": \"4(a)\"", "\"annexIII\": \"4(z)\""));
            assertThat(badSystem.code()).isEqualTo(422);
            assertThat(badSystem.body().string()).contains("aiSystems[0].annexIII");
            assertThat(client.post("/api/v1/gap-analysis", "{\"organisation\":").code()).isEqualTo(400);
        });
    }

    @Test
    void turtleProfileGivesTheSameReportAsItsJsonTwin() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            String turtle = Files.readString(Path.of("..", "examples", "small-provider.ttl"));
            Response json = client.post("/api/v1/gap-analysis?format=csv", example("small-provider"));
            Response ttl = client.request("/api/v1/gap-analysis?format=csv", b -> b.post(java.net.http.HttpRequest.BodyPublishers.ofString(turtle))
                    .header("Content-Type", "text/turtle"));
            assertThat(ttl.code()).isEqualTo(200);
            String csv = json.body().string();
            assertThat(ttl.body().string()).isEqualTo(csv);
            assertThat(csv).contains("iso42001:A.10.4,Customers,not-applicable");
            Response broken = client.request("/api/v1/gap-analysis", b -> b.post(java.net.http.HttpRequest.BodyPublishers.ofString("@prefix : <x> . :a :b")).header("Content-Type", "text/turtle"));
            assertThat(broken.code()).isEqualTo(400);
            assertThat(broken.body().string()).contains("not valid Turtle");
            Response html = client.post("/api/v1/gap-analysis?format=html", example("small-provider"));
            assertThat(contentType(html)).startsWith("text/html");
            assertThat(html.body().string()).contains("<h1>Gap analysis: Small Provider Ltd</h1>").contains("eu-ai-act:Art. 43");
        });
    }

    @Test
    void soaAndImsPlanAnswer() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            JsonNode soa = JSON.readTree(client.post("/api/v1/soa", example("uk-bank")).body().string());
            assertThat(soa.path("controls")).hasSize(38);
            Response soaCsv = client.post("/api/v1/soa?format=csv", example("uk-bank"));
            assertThat(soaCsv.body().string().lines().count()).isEqualTo(39);
            JsonNode plan = JSON.readTree(client.post("/api/v1/ims-plan", example("uk-bank")).body().string());
            assertThat(plan.path("target").asText()).isEqualTo("iso42001");
            assertThat(plan.path("items")).hasSize(81);
            assertThat(client.post("/api/v1/ims-plan?target=iso27001", example("uk-bank")).code()).isEqualTo(400);
        });
    }
}
