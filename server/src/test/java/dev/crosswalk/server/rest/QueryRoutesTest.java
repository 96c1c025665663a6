package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

/** Named queries over REST: listing, typed parameters checked against the catalog, real rows. */
class QueryRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(Response r) throws Exception {
        return JSON.readTree(r.body().string());
    }

    @Test
    void everyQueryIsListedWithPurposeParametersAndExample() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            JsonNode list = json(client.get("/api/v1/queries"));
            assertThat(list).extracting(q -> q.path("name").asText()).contains("crosswalk", "inferred-crosswalk",
                    "coverage-matrix", "unmapped", "presumptions", "ims-reuse", "gaps");
            list.forEach(q -> {
                assertThat(q.path("purpose").asText()).as(q.path("name").asText()).isNotBlank();
                assertThat(q.path("example").asText()).as(q.path("name").asText()).startsWith("VALUES");
                assertThat(q.path("parameters")).as(q.path("name").asText()).isNotEmpty();
            });
        });
    }

    @Test
    void queriesRunWithBoundValuesAndReturnRealRows() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            JsonNode cw = json(client.get("/api/v1/queries/crosswalk?from=iso42001:A.6.2.8"));
            assertThat(cw.path("rows")).isNotEmpty();
            JsonNode chains = json(client.get("/api/v1/queries/inferred-crosswalk?from=iso42001:7.2"));
            assertThat(chains.path("rows")).anySatisfy(r -> assertThat(r.path("otherNotation").asText()).isEqualTo("7.2"));
            JsonNode matrix = json(client.get("/api/v1/queries/coverage-matrix?from=iso42001&to=iso27001"));
            assertThat(matrix.path("rows")).anySatisfy(r -> {
                assertThat(r.path("rowNotation").asText()).isEqualTo("A.6.2.8");
                assertThat(r.path("columnNotation").asText()).isEqualTo("A.8.15");
            });
            JsonNode unmapped = json(client.get("/api/v1/queries/unmapped?framework=eu-ai-act"));
            assertThat(unmapped.path("rows")).anySatisfy(r -> assertThat(r.path("notation").asText()).isEqualTo("Art. 1"));
            assertThat(unmapped.path("rows")).noneSatisfy(r -> assertThat(r.path("notation").asText()).isEqualTo("Art. 9"));
            JsonNode eucc = json(client.get("/api/v1/queries/presumptions?standard=eucc"));
            assertThat(eucc.path("rows")).anySatisfy(r -> {
                assertThat(r.path("notation").asText()).isEqualTo("Art. 15");
                assertThat(r.path("cited").asText()).isEqualTo("true");
            });
            JsonNode reuse = json(client.get("/api/v1/queries/ims-reuse?existing=iso27001"));
            assertThat(reuse.path("rows")).anySatisfy(r -> assertThat(r.path("notation").asText()).isEqualTo("7.5.3"));
        });
    }

    @Test
    void badParametersAreNamed() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            Response missing = client.get("/api/v1/queries/crosswalk");
            assertThat(missing.code()).isEqualTo(400);
            assertThat(json(missing).path("detail").asText()).contains("needs parameter 'from'");
            Response extra = client.get("/api/v1/queries/crosswalk?from=iso42001:7.2&graph=x");
            assertThat(json(extra).path("detail").asText()).contains("no parameter 'graph'");
            Response injection = client.get("/api/v1/queries/crosswalk?from=" + java.net.URLEncoder.encode("iso42001:7.2> } ; DROP ALL #", "UTF-8"));
            assertThat(injection.code()).isEqualTo(404);
            assertThat(client.get("/api/v1/queries/nope").code()).isEqualTo(404);
            assertThat(client.get("/api/v1/queries/unmapped?framework=nist").code()).isEqualTo(404);
            assertThat(client.get("/api/v1/queries/gaps?org=x").code()).isEqualTo(400);
        });
    }
}
