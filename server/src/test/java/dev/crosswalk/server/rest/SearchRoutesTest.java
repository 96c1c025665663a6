package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/search}: ranked hits with their provisions, and problem+json naming each bad parameter. */
class SearchRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(Response r) throws Exception {
        return JSON.readTree(r.body().string());
    }

    @Test
    void hitsAreRankedProvisionsWithTitleAndParaphrase() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            Response r = client.get("/api/v1/search?q=loging&limit=5");
            assertThat(r.code()).isEqualTo(200);
            JsonNode body = json(r);
            assertThat(body.path("query").asText()).isEqualTo("loging");
            JsonNode hits = body.path("hits");
            assertThat(hits.size()).isEqualTo(5);
            assertThat(hits).extracting(h -> h.path("ref").asText()).contains("iso27001:A.8.15");
            assertThat(hits.get(0).path("score").asDouble()).isGreaterThanOrEqualTo(hits.get(4).path("score").asDouble());
            assertThat(hits.get(0).path("title").asText()).isNotBlank();
            JsonNode byId = json(client.get("/api/v1/search?q=A.6.2.8&framework=iso42001"));
            assertThat(byId.path("hits").get(0).path("ref").asText()).isEqualTo("iso42001:A.6.2.8");
            assertThat(byId.path("hits")).allSatisfy(h -> assertThat(h.path("framework").asText()).isEqualTo("iso42001"));
        });
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            for (String[] c : new String[][] {
                    {"/api/v1/search", "'q' is required"},
                    {"/api/v1/search?q=%20", "'q' is required"},
                    {"/api/v1/search?q=" + "x".repeat(201), "at most 200"},
                    {"/api/v1/search?q=log&limit=0", "'limit' must be an integer from 1 to 100"},
                    {"/api/v1/search?q=log&limit=many", "'limit' must be an integer from 1 to 100"},
                    {"/api/v1/search?q=log&framework=iso99", "Unknown framework 'iso99'"}}) {
                Response r = client.get(c[0]);
                assertThat(r.code()).as(c[0]).isEqualTo(400);
                assertThat(r.headers().get("Content-Type").get(0)).as(c[0]).startsWith("application/problem+json");
                assertThat(json(r).path("detail").asText()).as(c[0]).contains(c[1]);
            }
        });
    }
}
