package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Route tests of the reference-data API (in-process Jetty via JavalinTest). */
class CatalogRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApiContext api;

    @BeforeAll
    static void create() {
        api = SharedCore.api();
    }

    /** A fresh app per test: JavalinTest starts and stops the app it is given. */
    private static Javalin app() {
        return RestApi.create(api);
    }

    private static String contentType(Response r) {
        return String.join(",", r.headers().get("Content-Type"));
    }

    private static JsonNode json(Response r) throws Exception {
        return JSON.readTree(r.body().string());
    }

    @Test
    void healthReportsStatusVersionTriplesAndEndpoint() {
        JavalinTest.test(app(), (server, client) -> {
            Response r = client.get("/api/v1/health");
            assertThat(r.code()).isEqualTo(200);
            JsonNode body = json(r);
            assertThat(body.path("status").asText()).isEqualTo("ok");
            assertThat(body.path("sparqlEndpoint").asText()).isEqualTo("/crosswalk/sparql");
            assertThat(body.path("version").asText()).isNotBlank().isNotEqualTo("unknown");
            assertThat(body.path("triples").path("defaultGraph").asLong()).isGreaterThan(5000);
            assertThat(body.path("frameworks").asInt()).isEqualTo(11);
        });
    }

    @Test
    void frameworksShowTheirStatusAndDates() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode sr = json(client.get("/api/v1/frameworks/us-sr-11-7"));
            assertThat(sr.path("status").asText()).isEqualTo("superseded");
            assertThat(sr.path("effectiveFrom").asText()).isEqualTo("2011-04-04");
            assertThat(sr.path("effectiveUntil").asText()).isEqualTo("2026-04-17");
            assertThat(sr.path("supersededBy").asText()).isEqualTo("us-sr-26-2");
            assertThat(sr.path("statusNote").asText()).contains("superseded since 2026-04-17");
            JsonNode e23 = json(client.get("/api/v1/frameworks/ca-osfi-e23"));
            assertThat(e23.path("status").asText()).isEqualTo("issued");
            assertThat(e23.path("effectiveFrom").asText()).isEqualTo("2027-05-01");
            assertThat(e23.path("statusNote").asText()).contains("not yet effective");
            assertThat(json(client.get("/api/v1/frameworks/nist-ai-rmf")).path("provisionCount").asInt()).isEqualTo(95);
            // a framework whose catalog states no status shows none
            assertThat(json(client.get("/api/v1/frameworks/iso42001")).has("status")).isFalse();
        });
    }

    @Test
    void frameworksListIdsTitlesVersionsAndCounts() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode list = json(client.get("/api/v1/frameworks"));
            assertThat(list).hasSize(11);
            JsonNode iso = null;
            for (JsonNode f : list) if (f.path("id").asText().equals("iso42001")) iso = f;
            assertThat(iso).isNotNull();
            assertThat(iso.path("provisionCount").asInt()).isEqualTo(91);
            assertThat(iso.path("version").asText()).isEqualTo("2023");
        });
    }

    @Test
    void provisionTreeNestsChildrenUnderParents() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode body = json(client.get("/api/v1/frameworks/iso42001/provisions"));
            JsonNode roots = body.path("provisions");
            JsonNode clause6 = null;
            for (JsonNode n : roots) if (n.path("notation").asText().equals("6")) clause6 = n;
            assertThat(clause6).isNotNull();
            JsonNode c61 = clause6.path("children").get(0);
            assertThat(c61.path("ref").asText()).isEqualTo("iso42001:6.1");
            assertThat(c61.path("children")).extracting(n -> n.path("notation").asText())
                    .containsExactly("6.1.1", "6.1.2", "6.1.3", "6.1.4");
        });
    }

    @Test
    void provisionByEncodedRefGivesTitleParaphraseAndOfficialLink() {
        JavalinTest.test(app(), (server, client) -> {
            Response r = client.get("/api/v1/provisions/eu-ai-act:Art.%209");
            assertThat(r.code()).isEqualTo(200);
            JsonNode p = json(r);
            assertThat(p.path("title").asText()).isEqualTo("Risk management system");
            assertThat(p.path("eli").asText()).isEqualTo("http://data.europa.eu/eli/reg/2024/1689/art_9/oj");
            assertThat(p.path("paraphrase").asText()).isNotBlank();
            assertThat(p.path("applications")).isNotEmpty();
            JsonNode slash = json(client.get("/api/v1/provisions/uk-fca:SS1/23%20Principle%202"));
            assertThat(slash.path("ref").asText()).isEqualTo("uk-fca:SS1/23 Principle 2");
            JsonNode query = json(client.get("/api/v1/provisions?ref=iso42001%3AA.6.2.4"));
            assertThat(query.path("parent").asText()).isEqualTo("iso42001:A.6.2");
        });
    }

    @Test
    void unknownThingsAre404ProblemsNamingWhatWasNotFound() {
        JavalinTest.test(app(), (server, client) -> {
            Response r = client.get("/api/v1/provisions/iso42001:A.99.1");
            assertThat(r.code()).isEqualTo(404);
            assertThat(contentType(r)).startsWith("application/problem+json");
            JsonNode p = json(r);
            assertThat(p.path("status").asInt()).isEqualTo(404);
            assertThat(p.path("detail").asText()).contains("A.99.1").contains("iso42001");
            assertThat(p.path("type").asText()).endsWith("/unknown-provision");

            Response f = client.get("/api/v1/frameworks/nist-rmf/provisions");
            assertThat(f.code()).isEqualTo(404);
            assertThat(json(f).path("detail").asText()).contains("nist-rmf").contains("iso42001");

            Response route = client.get("/api/v1/no-such-route");
            assertThat(route.code()).isEqualTo(404);
            assertThat(contentType(route)).startsWith("application/problem+json");
        });
    }

    @Test
    void malformedRefIs400AndWrongMethodIs405() {
        JavalinTest.test(app(), (server, client) -> {
            Response r = client.get("/api/v1/provisions/A.6.2.4");
            assertThat(r.code()).isEqualTo(400);
            assertThat(json(r).path("detail").asText()).contains("<framework-id>:<notation>");
            Response missing = client.get("/api/v1/provisions");
            assertThat(missing.code()).isEqualTo(400);
            Response post = client.post("/api/v1/frameworks", "{}");
            assertThat(post.code()).isEqualTo(405);
            assertThat(contentType(post)).startsWith("application/problem+json");
        });
    }
}
