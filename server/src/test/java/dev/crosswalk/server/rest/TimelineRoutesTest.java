package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The amended text over REST: wordings per timeline, added and deleted provisions, which wording a row reads. */
class TimelineRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STANDING = "corroborated by secondary sources, OJ text not read";
    private static ApiContext api;

    @BeforeAll
    static void create() {
        api = SharedCore.api();
    }

    private static Javalin app() {
        return RestApi.create(api);
    }

    private static JsonNode json(Response r) throws Exception {
        return JSON.readTree(r.body().string());
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    @Test
    void article4ShowsBothDatedWordingsAndTheAmendingActsStanding() {
        JavalinTest.test(app(), (server, client) -> {
            Response r = client.get("/api/v1/provisions/eu-ai-act:Art.%204");
            assertThat(r.code()).isEqualTo(200);
            JsonNode p = json(r);
            assertThat(list(p.path("timelines"))).extracting(JsonNode::asText).containsExactly("original", "amended");
            List<JsonNode> wordings = list(p.path("wordings"));
            assertThat(wordings).hasSize(2);
            JsonNode original = wordings.get(0);
            JsonNode amended = wordings.get(1);
            assertThat(original.path("timeline").asText()).isEqualTo("original");
            assertThat(original.path("validFrom").asText()).isEqualTo("2024-08-01");
            assertThat(original.path("paraphrase").asText()).contains("sufficient level");
            assertThat(original.has("amendingAct")).isFalse();
            assertThat(amended.path("timeline").asText()).isEqualTo("amended");
            assertThat(amended.path("validFrom").asText()).isEqualTo("2026-07-27");
            assertThat(amended.path("paraphrase").asText()).contains("support the development of AI literacy");
            assertThat(amended.path("amendingAct").path("id").asText()).isEqualTo("Regulation (EU) 2026/1744");
            assertThat(amended.path("amendingAct").path("standing").asText()).isEqualTo(STANDING);
            assertThat(amended.path("amendingAct").path("confidence").asDouble()).isEqualTo(0.8);
            assertThat(p.path("amendedBy").path("entryIntoForce").asText()).isEqualTo("2026-07-27");
            // an unchanged article has no wordings and exists on both timelines
            JsonNode art9 = json(client.get("/api/v1/provisions/eu-ai-act:Art.%209"));
            assertThat(art9.path("wordings")).isEmpty();
            assertThat(art9.has("amendedBy")).isFalse();
        });
    }

    @Test
    void addedAndDeletedProvisionsSayOnWhichTimelineTheyExist() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode added = json(client.get("/api/v1/provisions/eu-ai-act:Art.%204a"));
            assertThat(list(added.path("timelines"))).extracting(JsonNode::asText).containsExactly("amended");
            assertThat(added.path("introducedBy").path("id").asText()).isEqualTo("Regulation (EU) 2026/1744");
            assertThat(added.path("confidence").asDouble()).isEqualTo(0.7);
            JsonNode deleted = json(client.get("/api/v1/provisions/eu-ai-act:Annex%20I%201"));
            assertThat(list(deleted.path("timelines"))).extracting(JsonNode::asText).containsExactly("original");
            assertThat(deleted.path("deletedBy").path("standing").asText()).isEqualTo(STANDING);
            assertThat(client.get("/api/v1/provisions/eu-ai-act:Annex%20XIV").code()).isEqualTo(200);
        });
    }

    @Test
    void crosswalkShowsBothWordingsAndTheOneEachRowReads() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode body = json(client.get("/api/v1/crosswalk?from=eu-ai-act:Art.%204&to=iso42001"));
            assertThat(list(body.path("from").path("wordings"))).extracting(w -> w.path("timeline").asText())
                    .containsExactly("original", "amended");
            List<JsonNode> competence = list(body.path("mappings")).stream()
                    .filter(m -> m.path("to").asText().equals("iso42001:7.2")).toList();
            assertThat(competence).extracting(m -> m.path("fromReads").path("timeline").asText())
                    .containsExactlyInAnyOrder("original", "amended");
            // from the other side the reading is the Art. 4 wording, with its paraphrase and date
            List<JsonNode> fromIso = list(json(client.get("/api/v1/crosswalk?from=iso42001:7.2&to=eu-ai-act")).path("mappings")).stream()
                    .filter(m -> m.path("to").asText().equals("eu-ai-act:Art. 4")).toList();
            assertThat(fromIso).hasSize(2);
            assertThat(fromIso).anySatisfy(m -> {
                assertThat(m.path("toReads").path("timeline").asText()).isEqualTo("amended");
                assertThat(m.path("toReads").path("validFrom").asText()).isEqualTo("2026-07-27");
                assertThat(m.path("toReads").path("paraphrase").asText()).contains("support the development");
            });
            assertThat(fromIso).allSatisfy(m -> assertThat(m.has("fromReads")).isFalse());
        });
    }

    @Test
    void crosswalkFiltersRowsByTimeline() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode original = json(client.get("/api/v1/crosswalk?from=iso42001:7.2&to=eu-ai-act&timeline=original"));
            assertThat(original.path("timeline").asText()).isEqualTo("original");
            List<JsonNode> art4 = list(original.path("mappings")).stream().filter(m -> m.path("to").asText().equals("eu-ai-act:Art. 4")).toList();
            assertThat(art4).singleElement().satisfies(m -> {
                assertThat(m.path("toReads").path("timeline").asText()).isEqualTo("original");
                assertThat(m.path("rationale").asText()).contains("2024 Art. 4");
            });
            // rows that read no wording hold on every timeline
            assertThat(list(original.path("mappings"))).anySatisfy(m -> assertThat(m.path("to").asText()).isEqualTo("eu-ai-act:Art. 26(2)"));
            Response bad = client.get("/api/v1/crosswalk?from=iso42001:7.2&timeline=2024");
            assertThat(bad.code()).isEqualTo(400);
            assertThat(String.join(",", bad.headers().get("Content-Type"))).startsWith("application/problem+json");
            assertThat(json(bad).path("detail").asText()).contains("'timeline'").contains("original").contains("amended");
        });
    }

    @Test
    void classifyStatesTheAmendingActsStandingNotUnverified() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode c = json(client.post("/api/v1/classify", "{\"role\":\"deployer\",\"asOf\":\"2027-01-01\"}"));
            assertThat(c.path("timelineNote").asText()).contains("Regulation (EU) 2026/1744").contains(STANDING)
                    .contains("confidence 0.8").doesNotContainIgnoringCase("unverified");
            JsonNode literacy = list(c.path("obligations")).stream().filter(o -> o.path("provision").asText().equals("eu-ai-act:Art. 4"))
                    .findFirst().orElseThrow();
            assertThat(literacy.path("because").asText()).contains("support the development of AI literacy").doesNotContain("sufficient level");
        });
    }
}
