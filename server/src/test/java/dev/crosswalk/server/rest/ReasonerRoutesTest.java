package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

/** Routes of the reasoner: explain, inferred crosswalk, standards, presumptions, classify. */
class ReasonerRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(Response r) throws Exception {
        return JSON.readTree(r.body().string());
    }

    private static String contentType(Response r) {
        return String.join(",", r.headers().get("Content-Type"));
    }

    @Test
    void explainShowsEveryStepOfAChain() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            JsonNode e = json(client.get("/api/v1/explain?from=iso42001:9.2.2&to=iso27001:9.2.2"));
            assertThat(e.path("related").asBoolean()).isTrue();
            JsonNode step = e.path("chains").get(0).path("steps").get(0);
            assertThat(step.path("to").asText()).isEqualTo("harmonized-structure:9.2.2");
            assertThat(step.path("rationale").asText()).isNotBlank();
            assertThat(step.path("mappingSet").asText()).isEqualTo("iso42001-harmonized-structure");
            JsonNode none = json(client.get("/api/v1/explain?from=iso42001:7.2&to=eu-ai-act:Art.%2048"));
            assertThat(none.path("related").asBoolean()).isFalse();
            assertThat(client.get("/api/v1/explain?from=iso42001:7.2&to=iso42001:7.2").code()).isEqualTo(400);
            assertThat(client.get("/api/v1/explain?from=iso42001:7.2").code()).isEqualTo(400);
        });
    }

    @Test
    void explainReadsTheMappingsByTheCoverageRule() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            // the case: A.8.5 intersects-with Art. 49 (strength 2), while the set says nothing in ISO 42001 registers a system
            JsonNode weak = json(client.get("/api/v1/explain?from=iso42001:A.8.5&to=eu-ai-act:Art.%2049"));
            assertThat(weak.path("asserted")).isNotEmpty();
            JsonNode coverage = weak.path("coverage");
            assertThat(coverage.path("effect").asText()).isEqualTo("related");
            assertThat(coverage.path("minStrength").asInt()).isEqualTo(4);
            assertThat(coverage.path("objections")).anySatisfy(o -> assertThat(o.asText())
                    .contains("nothing in iso42001 corresponds to eu-ai-act:Art. 49"));
            assertThat(weak.path("explanation").asText()).contains("only related evidence");
            // a certified ISMS's document control covers ISO 42001's through the harmonized structure
            JsonNode strong = json(client.get("/api/v1/explain?from=iso27001:7.5.3&to=iso42001:7.5.3")).path("coverage");
            assertThat(strong.path("effect").asText()).isEqualTo("covers");
            assertThat(strong.path("relation").asText()).isEqualTo("equal");
            assertThat(strong.path("source").asText()).isEqualTo("chain");
            assertThat(strong.path("objections")).isEmpty();
        });
    }

    @Test
    void inferredRowsAreMarkedAsChaining() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            JsonNode body = json(client.get("/api/v1/crosswalk?from=iso42001:7.2&inferred=true"));
            assertThat(body.path("inferred")).anySatisfy(r -> {
                assertThat(r.path("to").asText()).isEqualTo("iso27001:7.2");
                assertThat(r.path("relation").asText()).isEqualTo("equal");
                assertThat(r.path("justification").asText()).isEqualTo("semapv:MappingChaining");
            });
            assertThat(json(client.get("/api/v1/crosswalk?from=iso42001:7.2")).has("inferred")).isFalse();
            assertThat(client.get("/api/v1/crosswalk?from=iso42001:7.2&inferred=yes").code()).isEqualTo(400);
        });
    }

    @Test
    void presumptionsAnswerHonestlyAndTheWhatIfIsFlagged() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            JsonNode standards = json(client.get("/api/v1/standards"));
            assertThat(standards).extracting(s -> s.path("id").asText())
                    .contains("iso42001", "en-iso-iec-42001", "pren-18286", "iso27001");
            JsonNode p = json(client.get("/api/v1/presumptions?standard=iso42001"));
            assertThat(p.path("cited").asBoolean()).isFalse();
            assertThat(p.path("hypothetical").asBoolean()).isFalse();
            assertThat(p.path("presumedConformity")).isEmpty();
            assertThat(p.path("explanation").asText()).contains("Supporting evidence, no legal presumption");
            assertThat(p.path("basis").get(0).asText()).isEqualTo("eu-ai-act:Art. 40");
            JsonNode whatIf = json(client.get("/api/v1/presumptions?standard=pren-18228&assumeCited=true"));
            assertThat(whatIf.path("hypothetical").asBoolean()).isTrue();
            assertThat(whatIf.path("presumedConformity").get(0).asText()).isEqualTo("eu-ai-act:Art. 9");
            Response unknown = client.get("/api/v1/presumptions?standard=iso9999");
            assertThat(unknown.code()).isEqualTo(404);
            assertThat(json(unknown).path("detail").asText()).contains("iso42001");
            assertThat(client.get("/api/v1/presumptions").code()).isEqualTo(400);
        });
    }

    @Test
    void classifyAnswersClassObligationsAndReasons() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            Response r = client.post("/api/v1/classify", "{\"role\":\"deployer\",\"annexIII\":\"5(b)\",\"asOf\":\"2028-01-01\",\"timeline\":\"amended\"}");
            assertThat(r.code()).isEqualTo(200);
            JsonNode c = json(r);
            assertThat(c.path("riskCategory").asText()).isEqualTo("high-risk");
            assertThat(c.path("timeline").asText()).isEqualTo("amended");
            assertThat(c.path("obligations")).anySatisfy(o -> {
                assertThat(o.path("provision").asText()).isEqualTo("eu-ai-act:Art. 27");
                assertThat(o.path("appliesFrom").asText()).isEqualTo("2027-12-02");
                assertThat(o.path("inForce").asBoolean()).isTrue();
                assertThat(o.path("because").asText()).contains("5(b)");
            });
            assertThat(c.path("explanation")).isNotEmpty();
        });
    }

    @Test
    void classifyRejectsBadInputWith400NamingTheProblem() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            Response annex = client.post("/api/v1/classify", "{\"role\":\"provider\",\"annexIII\":\"9\"}");
            assertThat(annex.code()).isEqualTo(400);
            assertThat(contentType(annex)).startsWith("application/problem+json");
            assertThat(json(annex).path("detail").asText()).contains("Unknown Annex III point '9'").contains("5(b)");
            Response practice = client.post("/api/v1/classify", "{\"role\":\"provider\",\"prohibitedPractice\":\"z\"}");
            assertThat(json(practice).path("detail").asText()).contains("Valid values: a, b");
            Response malformed = client.post("/api/v1/classify", "{\"role\":\"provider\",");
            assertThat(malformed.code()).isEqualTo(400);
            assertThat(json(malformed).path("detail").asText()).contains("not valid JSON");
            Response unknownField = client.post("/api/v1/classify", "{\"role\":\"provider\",\"riskLevel\":\"high\"}");
            assertThat(unknownField.code()).isEqualTo(400);
            assertThat(json(unknownField).path("detail").asText()).contains("riskLevel");
            Response wrongType = client.post("/api/v1/classify", "{\"role\":\"provider\",\"profiling\":\"often\"}");
            assertThat(wrongType.code()).isEqualTo(400);
            assertThat(json(wrongType).path("detail").asText()).contains("profiling");
            Response empty = client.post("/api/v1/classify", "");
            assertThat(empty.code()).isEqualTo(400);
            Response noRole = client.post("/api/v1/classify", "{}");
            assertThat(json(noRole).path("detail").asText()).contains("role is required");
            Response deep = client.post("/api/v1/classify", "[".repeat(5000) + "]".repeat(5000));
            assertThat(deep.code()).isEqualTo(400);
        });
    }
}
