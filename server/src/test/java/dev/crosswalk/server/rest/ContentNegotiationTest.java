package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.server.rest.ContentNegotiation.Format;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One negotiation for every route that renders several formats: the highest-weighted supported
 * type wins (RFC 9110), wildcards count less than exact types, {@code ?format=} overrides Accept,
 * and only when nothing fits is the answer 406, listing what is available.
 */
class ContentNegotiationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String example(String name) {
        try {
            return Files.readString(Path.of("..", "examples", name + ".json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String contentType(Response r) {
        return String.join(",", r.headers().get("Content-Type"));
    }

    private static Optional<Format> choose(String accept) {
        return ContentNegotiation.choose(accept, ContentNegotiation.REPORTS);
    }

    @Test
    void theHighestWeightedSupportedTypeWins() {
        assertThat(choose("text/csv;q=0.5, text/html;q=0.9, application/json;q=0.1")).contains(Format.HTML);
        assertThat(choose("application/json;q=0.2, text/markdown")).contains(Format.MARKDOWN);
        assertThat(choose("text/csv;q=0.3, application/xml")).as("an unsupported type's weight counts for nothing").contains(Format.CSV);
        assertThat(choose("text/html;q=0.5, text/html;q=0.8, text/csv;q=0.7")).contains(Format.HTML);
        assertThat(choose("TEXT/CSV ; Q=1")).as("types and parameter names are case-insensitive").contains(Format.CSV);
        assertThat(choose("text/html;level=1;q=0.4, text/csv;charset=utf-8;q=0.6")).contains(Format.CSV);
    }

    @Test
    void wildcardsMatchButMoreSpecificRangesOverrideThem() {
        assertThat(choose("*/*")).contains(Format.JSON);
        assertThat(choose("text/*")).as("the route's order breaks the tie among text types").contains(Format.CSV);
        assertThat(choose("text/*;q=0.9, text/csv;q=0.1")).as("text/csv's own weight overrides text/*").contains(Format.MARKDOWN);
        assertThat(choose("*/*;q=0.1, text/html")).contains(Format.HTML);
        assertThat(choose("text/html, */*")).as("equal weight: the exact type beats the wildcard").contains(Format.HTML);
        assertThat(choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).as("a browser").contains(Format.HTML);
        assertThat(choose("application/*")).contains(Format.JSON);
    }

    @Test
    void noUsableHeaderMeansTheDefaultAndZeroWeightMeansNo() {
        assertThat(choose(null)).contains(Format.JSON);
        assertThat(choose("")).contains(Format.JSON);
        assertThat(choose("not a media type")).as("malformed entries are ignored").contains(Format.JSON);
        assertThat(choose("application/xml")).isEmpty();
        assertThat(choose("*/*;q=0")).isEmpty();
        assertThat(choose("application/json;q=0, text/*;q=0, */*;q=0.5")).isEmpty();
        assertThat(choose("text/csv;q=2, text/html;q=0.1")).as("an entry with an invalid weight is dropped").contains(Format.HTML);
        assertThat(ContentNegotiation.choose("text/html", ContentNegotiation.TABLES)).isEmpty();
    }

    @Test
    void qValuesChooseTheFormatOfAPostedAnalysis() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            Response r = client.request("/api/v1/gap-analysis", b -> b.post(java.net.http.HttpRequest.BodyPublishers.ofString(example("uk-bank")))
                    .header("Accept", "text/csv;q=0.5, text/html;q=0.9, application/json;q=0.1"));
            assertThat(r.code()).isEqualTo(200);
            assertThat(contentType(r)).startsWith("text/html");
            assertThat(r.headers().get("Vary")).contains("Accept");
            assertThat(r.body().string()).contains("<h1>Gap analysis: Northgate Bank plc</h1>");
            Response md = client.request("/api/v1/gap-analysis", b -> b.post(java.net.http.HttpRequest.BodyPublishers.ofString(example("uk-bank")))
                    .header("Accept", "text/*;q=0.9, text/csv;q=0.1"));
            assertThat(contentType(md)).startsWith("text/markdown");
            assertThat(md.body().string()).startsWith("# Gap analysis: Northgate Bank plc");
        });
    }

    @Test
    void statementOfApplicabilityAndImsPlanRenderHtmlAndMarkdown() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            Response soa = client.request("/api/v1/soa", b -> b.post(java.net.http.HttpRequest.BodyPublishers.ofString(example("uk-bank")))
                    .header("Accept", "text/html"));
            assertThat(soa.code()).isEqualTo(200);
            assertThat(contentType(soa)).startsWith("text/html");
            String soaHtml = soa.body().string();
            assertThat(soaHtml).startsWith("<!DOCTYPE html>").contains("<h1>Statement of Applicability: northgate-bank</h1>")
                    .contains("<td>iso42001:A.6.2.8</td>");
            assertThat(soaHtml.split("<tr", -1)).as("header row and 38 controls").hasSize(1 + 1 + 38);

            Response plan = client.request("/api/v1/ims-plan", b -> b.post(java.net.http.HttpRequest.BodyPublishers.ofString(example("uk-bank")))
                    .header("Accept", "text/html"));
            assertThat(plan.code()).isEqualTo(200);
            assertThat(contentType(plan)).startsWith("text/html");
            JsonNode json = JSON.readTree(client.post("/api/v1/ims-plan", example("uk-bank")).body().string());
            String planHtml = plan.body().string();
            assertThat(planHtml).contains("<h1>IMS plan for iso42001: northgate-bank</h1>");
            assertThat(planHtml.split("<tr class=\"", -1)).as("one row per item").hasSize(1 + json.path("items").size());

            String md = client.post("/api/v1/ims-plan?format=markdown", example("uk-bank")).body().string();
            assertThat(md).startsWith("# IMS plan for iso42001: northgate-bank")
                    .contains("| " + json.path("counts").path("reuse").asInt() + " | " + json.path("counts").path("extend").asInt() + " | ");
            String soaMd = client.post("/api/v1/soa?format=markdown", example("uk-bank")).body().string();
            assertThat(soaMd.lines().filter(l -> l.startsWith("| iso42001:A."))).hasSize(38);
        });
    }

    @Test
    void formatParameterOverridesAccept() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            Response r = client.request("/api/v1/soa?format=csv", b -> b.post(java.net.http.HttpRequest.BodyPublishers.ofString(example("uk-bank")))
                    .header("Accept", "text/html"));
            assertThat(r.code()).isEqualTo(200);
            assertThat(contentType(r)).startsWith("text/csv");
            Response unacceptable = client.request("/api/v1/soa?format=json", b -> b.post(java.net.http.HttpRequest.BodyPublishers.ofString(example("uk-bank")))
                    .header("Accept", "application/xml"));
            assertThat(unacceptable.code()).as("format= wins even over an Accept nothing satisfies").isEqualTo(200);
            assertThat(JSON.readTree(unacceptable.body().string()).path("controls")).hasSize(38);
            Response unknown = client.post("/api/v1/soa?format=xml", example("uk-bank"));
            assertThat(unknown.code()).isEqualTo(400);
            assertThat(unknown.body().string()).contains("json, csv, markdown, html").contains("'xml'");
        });
    }

    @Test
    void nothingAcceptableIs406ListingTheSupportedTypes() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            for (String path : List.of("/api/v1/gap-analysis", "/api/v1/soa", "/api/v1/ims-plan")) {
                Response r = client.request(path, b -> b.post(java.net.http.HttpRequest.BodyPublishers.ofString(example("uk-bank")))
                        .header("Accept", "application/xml, text/plain;q=0.5"));
                assertThat(r.code()).as(path).isEqualTo(406);
                assertThat(contentType(r)).startsWith("application/problem+json");
                JsonNode problem = JSON.readTree(r.body().string());
                assertThat(problem.path("type").asText()).endsWith("/not-acceptable");
                assertThat(problem.path("detail").asText()).contains("application/xml").contains("text/html").contains("?format=");
                assertThat(problem.path("supported")).extracting(JsonNode::asText)
                        .containsExactly("application/json", "text/csv", "text/markdown", "text/html");
            }
        });
    }

    @Test
    void storedOrganisationAnalysesNegotiateTheSameWay() {
        ApiContext api = SharedCore.api();
        String key = api.keys().issue("negotiation-bank", "Negotiation test", "test").token();
        String profile = example("uk-bank").replace("\"northgate-bank\"", "\"negotiation-bank\"");
        JavalinTest.test(RestApi.create(api), (server, client) -> {
            String auth = "Bearer " + key;
            assertThat(client.put("/api/v1/orgs/negotiation-bank/profile", profile, rq -> rq.header("Authorization", auth)).code()).isEqualTo(201);
            Response soa = client.get("/api/v1/orgs/negotiation-bank/soa", rq -> rq.header("Authorization", auth).header("Accept", "text/html"));
            assertThat(soa.code()).isEqualTo(200);
            assertThat(soa.body().string()).contains("<h1>Statement of Applicability: negotiation-bank</h1>");
            Response plan = client.get("/api/v1/orgs/negotiation-bank/ims-plan", rq -> rq.header("Authorization", auth)
                    .header("Accept", "text/markdown;q=0.8, application/json;q=0.4"));
            assertThat(contentType(plan)).startsWith("text/markdown");
            Response gaps = client.get("/api/v1/orgs/negotiation-bank/gaps", rq -> rq.header("Authorization", auth).header("Accept", "image/png"));
            assertThat(gaps.code()).isEqualTo(406);
            assertThat(JSON.readTree(gaps.body().string()).path("supported")).hasSize(4);
            Response rows = client.get("/api/v1/orgs/negotiation-bank/queries/gaps", rq -> rq.header("Authorization", auth).header("Accept", "text/csv"));
            assertThat(contentType(rows)).startsWith("text/csv");
            assertThat(rows.body().string().lines().findFirst()).contains("provision,status");
            assertThat(client.delete("/api/v1/orgs/negotiation-bank/profile", null, rq -> rq.header("Authorization", auth)).code()).isEqualTo(204);
        });
    }

    @Test
    void namedQueriesAnswerJsonOrCsv() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            JsonNode json = JSON.readTree(client.get("/api/v1/queries/unmapped?framework=eu-ai-act").body().string());
            int rows = json.path("rows").size();
            assertThat(rows).isPositive();
            Response csv = client.get("/api/v1/queries/unmapped?framework=eu-ai-act", rq -> rq.header("Accept", "text/csv"));
            assertThat(csv.code()).isEqualTo(200);
            assertThat(contentType(csv)).startsWith("text/csv");
            List<String> lines = csv.body().string().lines().toList();
            assertThat(lines).hasSize(1 + rows);
            assertThat(lines.get(0)).isEqualTo(String.join(",", JSON.convertValue(json.path("columns"), String[].class)));
            Response byParam = client.get("/api/v1/queries/unmapped?framework=eu-ai-act&format=csv");
            assertThat(byParam.code()).as("format is not taken for a query parameter").isEqualTo(200);
            assertThat(byParam.body().string().lines().count()).isEqualTo(1 + rows);
            Response html = client.get("/api/v1/queries/unmapped?framework=eu-ai-act", rq -> rq.header("Accept", "text/html"));
            assertThat(html.code()).isEqualTo(406);
            assertThat(JSON.readTree(html.body().string()).path("supported")).extracting(JsonNode::asText)
                    .containsExactly("application/json", "text/csv");
        });
    }
}
