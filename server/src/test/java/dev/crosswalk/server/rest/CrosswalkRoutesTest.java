package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

/** The crosswalk lookup and mapping-set routes. */
class CrosswalkRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(Response r) throws Exception {
        return JSON.readTree(r.body().string());
    }

    @Test
    void crosswalkListsBothDirectionsWithEvidence() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            Response r = client.get("/api/v1/crosswalk?from=iso42001:A.6.2.8");
            assertThat(r.code()).isEqualTo(200);
            JsonNode body = json(r);
            assertThat(body.path("from").path("title").asText()).isEqualTo("AI system recording of event logs");
            JsonNode mappings = body.path("mappings");
            assertThat(mappings.size()).isGreaterThan(1);
            for (JsonNode m : mappings) {
                assertThat(m.path("rationale").asText()).hasSizeGreaterThan(20);
                assertThat(m.path("strength").asInt()).isBetween(1, 10);
                assertThat(m.path("justification").asText()).startsWith("semapv:");
                assertThat(m.path("mappingSet").asText()).isNotBlank();
            }
            // something in the AI Act (Art. 12 record-keeping or a part of it) and in ISO 27001 (logging)
            assertThat(mappings).anySatisfy(m -> assertThat(m.path("to").asText()).startsWith("eu-ai-act:Art. 12"));
            assertThat(mappings).anySatisfy(m -> assertThat(m.path("to").asText()).isEqualTo("iso27001:A.8.15"));
        });
    }

    @Test
    void reverseLookupsReadTheRelationFromTheAskingSide() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            JsonNode forward = json(client.get("/api/v1/crosswalk?from=iso42001:A.6.2.8&to=eu-ai-act")).path("mappings");
            int checked = 0;
            for (JsonNode f : forward) {
                if (f.path("to").asText().startsWith("sssom:")) continue;
                JsonNode back = json(client.get("/api/v1/crosswalk?from=" + f.path("to").asText().replace(" ", "%20")
                        + "&to=iso42001")).path("mappings");
                String expected = switch (f.path("relation").asText()) {
                    case "subset-of" -> "superset-of";
                    case "superset-of" -> "subset-of";
                    default -> f.path("relation").asText();
                };
                assertThat(back).anySatisfy(b -> {
                    assertThat(b.path("to").asText()).isEqualTo("iso42001:A.6.2.8");
                    assertThat(b.path("relation").asText()).isEqualTo(expected);
                    assertThat(b.path("direction").asText()).isEqualTo("reverse");
                    assertThat(b.path("strength").asInt()).isEqualTo(f.path("strength").asInt());
                });
                checked++;
            }
            assertThat(checked).as("mappings to AI Act provisions whose reverse lookups were checked").isGreaterThan(1);
        });
    }

    @Test
    void filtersByTargetFrameworkAndMinimumStrength() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            JsonNode all = json(client.get("/api/v1/crosswalk?from=iso42001:5.3")).path("mappings");
            JsonNode strong = json(client.get("/api/v1/crosswalk?from=iso42001:5.3&minStrength=6")).path("mappings");
            JsonNode ai = json(client.get("/api/v1/crosswalk?from=iso42001:5.3&to=eu-ai-act")).path("mappings");
            assertThat(strong.size()).as("some mappings are weaker than 6").isLessThan(all.size());
            assertThat(strong.size()).as("and some are at least 6").isPositive();
            strong.forEach(m -> assertThat(m.path("strength").asInt()).isGreaterThanOrEqualTo(6));
            assertThat(ai.size()).isPositive();
            ai.forEach(m -> assertThat(m.path("toFramework").asText()).isEqualTo("eu-ai-act"));
        });
    }

    @Test
    void badParametersAre4xxProblemsNamingTheParameter() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            Response noFrom = client.get("/api/v1/crosswalk");
            assertThat(noFrom.code()).isEqualTo(400);
            assertThat(json(noFrom).path("detail").asText()).contains("'from'");
            Response badStrength = client.get("/api/v1/crosswalk?from=iso42001:5.3&minStrength=eleven");
            assertThat(badStrength.code()).isEqualTo(400);
            assertThat(json(badStrength).path("detail").asText()).contains("minStrength").contains("eleven");
            Response badTo = client.get("/api/v1/crosswalk?from=iso42001:5.3&to=nist");
            assertThat(badTo.code()).isEqualTo(400);
            assertThat(json(badTo).path("detail").asText()).contains("'to'").contains("nist");
            Response unknown = client.get("/api/v1/crosswalk?from=iso42001:A.1.1");
            assertThat(unknown.code()).isEqualTo(404);
        });
    }

    @Test
    void mappingSetsReportRowsRelationsAndCoverage() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            JsonNode sets = json(client.get("/api/v1/mapping-sets"));
            JsonNode ai = null;
            for (JsonNode s : sets) if (s.path("id").asText().equals("iso42001-eu-ai-act")) ai = s;
            assertThat(ai).isNotNull();
            assertThat(ai.path("from").asText()).isEqualTo("iso42001");
            assertThat(ai.path("to").asText()).isEqualTo("eu-ai-act");
            assertThat(ai.path("rows").asInt()).isGreaterThan(50);
            assertThat(ai.path("relations").path("no-relationship").asInt()).isPositive();
            assertThat(ai.path("fromSide").path("addressed").asInt()).isGreaterThanOrEqualTo(81);
            assertThat(ai.path("fromSide").path("provisions").asInt()).isEqualTo(91);
            assertThat(ai.path("toSide").path("mapped").asInt()).isPositive();
        });
    }
}
