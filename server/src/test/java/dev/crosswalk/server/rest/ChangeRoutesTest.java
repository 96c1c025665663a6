package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Regulatory change over HTTP: /changes (timelines and dates), the named query, and impact for posted and stored profiles. */
class ChangeRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(Response r) throws Exception {
        return JSON.readTree(r.body().string());
    }

    private static JsonNode change(JsonNode report, String ref) {
        for (JsonNode c : report.path("changes")) if (c.path("provision").asText().equals(ref)) return c;
        throw new AssertionError(ref + " not in the changes");
    }

    @Test
    void changesBetweenTimelinesAndDatesWithBothVersions() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            JsonNode r = json(client.get("/api/v1/changes?from=original&to=amended"));
            assertThat(r.path("amendingAct").asText()).isEqualTo("Regulation (EU) 2026/1744");
            assertThat(r.path("count").asInt()).isEqualTo(r.path("changes").size()).isGreaterThan(30);
            JsonNode art4 = change(r, "eu-ai-act:Art. 4");
            assertThat(art4.path("changes").toString()).contains("wording");
            assertThat(art4.path("from").path("wording").asText()).isNotEqualTo(art4.path("to").path("wording").asText());
            assertThat(art4.path("from").path("timeline").asText()).isEqualTo("original");
            assertThat(json(client.get("/api/v1/changes")).path("count").asInt()).as("original to amended by default").isEqualTo(r.path("count").asInt());

            JsonNode dates = json(client.get("/api/v1/changes?fromDate=2026-07-01&toDate=2026-12-31"));
            assertThat(dates.path("timeline").asText()).isEqualTo("amended");
            assertThat(change(dates, "eu-ai-act:Art. 5(1)(ba)").path("changes").get(0).asText()).isEqualTo("starts-applying");

            Response bad = client.get("/api/v1/changes?from=2024");
            assertThat(bad.code()).isEqualTo(400);
            assertThat(json(bad).path("title").asText()).contains("from");
            assertThat(client.get("/api/v1/changes?fromDate=2026-13-01&toDate=2027-01-01").code()).isEqualTo(400);
            assertThat(client.get("/api/v1/changes?fromDate=2026-01-01").code()).isEqualTo(400);
            assertThat(client.get("/api/v1/changes?fromDate=2026-01-01&toDate=2027-01-01&from=original").code()).isEqualTo(400);
        });
    }

    /** The named query lists, for the SPARQL endpoint, a subset of what the route answers (the route also compares mapping rows). */
    @Test
    void theNamedQueryAgreesWithTheRoute() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            JsonNode rows = json(client.get("/api/v1/queries/changes?framework=eu-ai-act")).path("rows");
            assertThat(rows).isNotEmpty();
            assertThat(rows).anySatisfy(row -> {
                assertThat(row.path("notation").asText()).isEqualTo("Art. 25");
                assertThat(row.path("change").asText()).isEqualTo("application-date");
                assertThat(row.path("route").asText()).endsWith("AnnexIIIRoute");
                assertThat(row.path("originalDate").asText()).isEqualTo("2026-08-02");
                assertThat(row.path("amendedDate").asText()).isEqualTo("2027-12-02");
                assertThat(row.path("act").asText()).isEqualTo("Regulation (EU) 2026/1744");
            });
            assertThat(rows).anySatisfy(row -> assertThat(row.path("notation").asText() + " " + row.path("change").asText())
                    .isEqualTo("Art. 5(1)(ba) added"));
            assertThat(rows).anySatisfy(row -> assertThat(row.path("notation").asText() + " " + row.path("change").asText())
                    .isEqualTo("Annex I 1 deleted"));
            Set<String> byQuery = new TreeSet<>();
            rows.forEach(row -> byQuery.add("eu-ai-act:" + row.path("notation").asText()));
            Set<String> byRoute = new TreeSet<>();
            json(client.get("/api/v1/changes")).path("changes").forEach(c -> byRoute.add(c.path("provision").asText()));
            assertThat(byRoute).containsAll(byQuery);
        });
    }

    @Test
    void impactOfAPostedAndAStoredProfile() throws Exception {
        String hospital = Files.readString(Path.of("..", "examples", "hospital.json"));
        ApiContext api = SharedCore.api();
        String key = api.keys().issue("impact-hospital", "Impact test", "test").token();
        JavalinTest.test(RestApi.create(api), (server, client) -> {
            Response posted = client.post("/api/v1/impact?to=amended", hospital);
            assertThat(posted.code()).isEqualTo(200);
            JsonNode r = json(posted);
            assertThat(r.path("from").asText()).isEqualTo("original");
            JsonNode triage = r.path("aiSystems").get(0);
            assertThat(triage.path("id").asText()).isEqualTo("ed-triage");
            assertThat(triage.path("appear")).isEmpty();
            assertThat(triage.path("moved")).anySatisfy(m -> {
                assertThat(m.path("provision").asText()).isEqualTo("eu-ai-act:Art. 27");
                assertThat(m.path("fromDate").asText()).isEqualTo("2026-08-02");
                assertThat(m.path("toDate").asText()).isEqualTo("2027-12-02");
            });
            assertThat(client.post("/api/v1/impact?to=later", hospital).code()).isEqualTo(400);
            assertThat(client.post("/api/v1/impact", "{\"organisation\":{}}").code()).isEqualTo(422);

            String bearer = "Bearer " + key;
            String stored = hospital.replaceFirst("\"id\"\\s*:\\s*\"[^\"]+\"", "\"id\": \"impact-hospital\"");
            assertThat(client.put("/api/v1/orgs/impact-hospital/profile", stored, rq -> rq.header("Authorization", bearer)).code()).isEqualTo(201);
            assertThat(client.get("/api/v1/orgs/impact-hospital/impact?to=amended").code()).isEqualTo(401);
            JsonNode mine = json(client.get("/api/v1/orgs/impact-hospital/impact?to=amended", rq -> rq.header("Authorization", bearer)));
            assertThat(mine.path("aiSystems").get(0).path("moved").size()).isEqualTo(triage.path("moved").size());
            JsonNode back = json(client.get("/api/v1/orgs/impact-hospital/impact?to=original", rq -> rq.header("Authorization", bearer)));
            assertThat(back.path("from").asText()).isEqualTo("amended");
            assertThat(back.path("aiSystems").get(0).path("moved").get(0).path("toDate").asText()).isEqualTo("2026-08-02");
        });
    }
}
