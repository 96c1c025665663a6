package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

/** Art. 25 over HTTP: classify, the gap analysis of a posted profile, and bad value-chain input. */
class ValueChainRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(Response r) throws Exception {
        return JSON.readTree(r.body().string());
    }

    @Test
    void classifyNamesTheEffectiveRoleTheArt25PointAndWhatTheInitialProviderOwes() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            Response r = client.post("/api/v1/classify", "{\"role\":\"deployer\",\"annexIII\":\"5(b)\",\"substantialModification\":true}");
            assertThat(r.code()).isEqualTo(200);
            JsonNode c = json(r);
            assertThat(c.path("role").asText()).isEqualTo("deployer");
            assertThat(c.path("effectiveRole").asText()).isEqualTo("provider");
            assertThat(c.path("basis").toString()).contains("eu-ai-act:Art. 25(1)(b)");
            assertThat(c.path("obligations").toString()).contains("eu-ai-act:Art. 16").doesNotContain("eu-ai-act:Art. 26(1)");
            assertThat(c.path("owedByInitialProvider")).hasSize(1);
            assertThat(c.path("owedByInitialProvider").get(0).path("provision").asText()).isEqualTo("eu-ai-act:Art. 25(2)");

            JsonNode initial = json(client.post("/api/v1/classify", "{\"role\":\"provider\",\"annexIII\":\"5(b)\",\"substantialModification\":true}"));
            assertThat(initial.path("effectiveRole").asText()).isEqualTo("initial-provider");
            assertThat(initial.path("obligations")).hasSize(1);

            JsonNode gpai = json(client.post("/api/v1/classify", "{\"role\":\"provider\",\"integratesGeneralPurposeModel\":true}"));
            assertThat(gpai.path("informationToDemand")).hasSize(12);
        });
    }

    @Test
    void wrongTypesAndContradictionsAre400sNamingTheField() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            Response type = client.post("/api/v1/classify", "{\"role\":\"deployer\",\"substantialModification\":\"yes\"}");
            assertThat(type.code()).isEqualTo(400);
            assertThat(String.join(",", type.headers().get("Content-Type"))).startsWith("application/problem+json");
            assertThat(json(type).path("detail").asText()).contains("substantialModification");
            Response both = client.post("/api/v1/classify",
                    "{\"role\":\"deployer\",\"annexIII\":\"4(a)\",\"changedIntendedPurpose\":true,\"ownNameOrTrademark\":true}");
            assertThat(both.code()).isEqualTo(400);
            assertThat(json(both).path("title").asText()).contains("changedIntendedPurpose");
            Response noAnnex = client.post("/api/v1/classify", "{\"role\":\"deployer\",\"changedIntendedPurpose\":true}");
            assertThat(noAnnex.code()).isEqualTo(400);
            assertThat(json(noAnnex).path("title").asText()).contains("annexIII");
            Response excluded = client.post("/api/v1/classify", "{\"role\":\"provider\",\"excludedHighRiskUse\":true}");
            assertThat(excluded.code()).isEqualTo(400);
            assertThat(json(excluded).path("title").asText()).contains("excludedHighRiskUse");
        });
    }

    @Test
    void theGapAnalysisTakesTheSameFieldsAndReportsTheEffectiveRole() {
        String valid = """
                {"organisation": {"id": "reseller", "name": "Reseller Ltd", "sector": "technology", "jurisdictions": ["EU"]},
                 "scope": {"frameworks": ["eu-ai-act"]},
                 "aiSystems": [{"id": "hire", "name": "Hiring screen", "role": "distributor", "annexIII": "4(a)", "ownNameOrTrademark": true}]}""";
        String invalid = valid.replace("}]}", "}, {\"id\": \"bad\", \"role\": \"deployer\", \"changedIntendedPurpose\": true}]}");
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            Response refused = client.post("/api/v1/gap-analysis", invalid);
            assertThat(refused.code()).isEqualTo(422);
            assertThat(json(refused).path("errors").toString()).contains("aiSystems[1].annexIII");
            Response r = client.post("/api/v1/gap-analysis", valid);
            String body = r.body().string();
            assertThat(r.code()).as(body).isEqualTo(200);
            JsonNode system = JSON.readTree(body).path("aiSystems").get(0);
            assertThat(system.path("role").asText()).isEqualTo("distributor");
            assertThat(system.path("effectiveRole").asText()).isEqualTo("provider");
            assertThat(system.path("basis").toString()).contains("eu-ai-act:Art. 25(1)(a)");
            assertThat(system.path("obligations").toString()).contains("eu-ai-act:Art. 16").doesNotContain("eu-ai-act:Art. 24\"");
        });
    }
}
