package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.gap.ProfileGenerator;
import dev.crosswalk.profile.OrganisationProfile;
import dev.crosswalk.server.http.Json;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gap report (and SoA, IMS plan) JSON is written straight to the response: byte for byte what
 * ctx.json built in memory before (the configured mapper's string), and bad input still a 4xx problem.
 */
class StreamedReportTest {
    private static final ObjectMapper JSON = Json.mapper();

    private static String example(String name) throws Exception {
        return Files.readString(Path.of("..", "examples", name + ".json"));
    }

    private static String contentType(Response r) {
        return String.join(",", r.headers().get("Content-Type"));
    }

    @Test
    void streamedGapReportIsByteIdenticalToTheInMemoryJsonForEveryExample() {
        Crosswalk core = SharedCore.get();
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            List<String> names = List.of("uk-bank", "hospital", "rail-operator", "hr-tech", "small-provider");
            for (String name : names) {
                String body = example(name);
                OrganisationProfile profile = JSON.readValue(body, OrganisationProfile.class);
                String expected = JSON.writeValueAsString(core.gaps().analyse(profile));
                Response r = client.post("/api/v1/gap-analysis", body);
                assertThat(r.code()).as(name).isEqualTo(200);
                assertThat(contentType(r)).as(name).startsWith("application/json");
                String actual = r.body().string();
                assertThat(actual.length()).as(name).isGreaterThan(1000);
                assertThat(actual).as(name).isEqualTo(expected);
            }
        });
    }

    @Test
    void streamedSoaAndPlanAreByteIdenticalToTheInMemoryJson() {
        Crosswalk core = SharedCore.get();
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            String body = example("uk-bank");
            OrganisationProfile profile = JSON.readValue(body, OrganisationProfile.class);
            Response soa = client.post("/api/v1/soa", body);
            assertThat(soa.code()).isEqualTo(200);
            assertThat(soa.body().string()).isEqualTo(JSON.writeValueAsString(core.soa().build(profile)));
            Response plan = client.post("/api/v1/ims-plan", body);
            assertThat(plan.code()).isEqualTo(200);
            assertThat(plan.body().string()).isEqualTo(JSON.writeValueAsString(core.imsPlanner().plan(profile, null))
                    );
        });
    }

    @Test
    void aLargeGeneratedProfileStreamsTheSameBytes() {
        Crosswalk core = SharedCore.get();
        OrganisationProfile profile = ProfileGenerator.generate(300, 7);
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            Response r = client.post("/api/v1/gap-analysis", ProfileGenerator.toJson(profile));
            assertThat(r.code()).isEqualTo(200);
            String actual = r.body().string();
            assertThat(actual).isEqualTo(JSON.writeValueAsString(core.gaps().analyse(profile)));
            assertThat(JSON.readTree(actual).path("aiSystems")).hasSize(300);
        });
    }

    @Test
    void badInputIsStillAProblemBeforeAnyByteOfTheReport() {
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            OrganisationProfile valid = ProfileGenerator.generate(50, 3);
            // the last system's role is wrong: the whole profile is classified before anything is written
            String body = ProfileGenerator.toJson(valid).replaceFirst("(?s)(.*\"role\" : \")[a-z-]+(\")", "$1chief-executive$2");
            Response r = client.post("/api/v1/gap-analysis", body);
            assertThat(r.code()).isEqualTo(422);
            assertThat(contentType(r)).startsWith("application/problem+json");
            String text = r.body().string();
            assertThat(text).contains("aiSystems[49].role").doesNotContain("\"frameworks\"");
            Response malformed = client.post("/api/v1/gap-analysis", "{\"organisation\": ");
            assertThat(malformed.code()).isEqualTo(400);
            assertThat(contentType(malformed)).startsWith("application/problem+json");
        });
    }
}
