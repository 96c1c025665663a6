package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The compliance calendar in JSON, CSV and iCalendar; the .ics is parsed back with ical4j and gives the same events. */
class CalendarRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String value(VEvent e, String property) {
        return e.getProperty(property).map(Property::getValue).orElseThrow(() -> new AssertionError(property + " missing"));
    }

    @Test
    void theIcsCalendarParsesBackWithTheSameEventsAsTheJson() throws Exception {
        String bank = Files.readString(Path.of("..", "examples", "uk-bank.json"));
        JavalinTest.test(RestApi.create(SharedCore.api()), (server, client) -> {
            JsonNode json = JSON.readTree(client.post("/api/v1/calendar?format=json", bank).body().string());
            JsonNode entries = json.path("entries");
            // credit scoring (provider, Annex III 5(b)) has the provider duties; the chatbot's deployer owes Art. 4 only
            assertThat(entries.size()).isGreaterThan(20);
            Set<String> expected = new TreeSet<>();
            entries.forEach(e -> expected.add(e.path("date").asText().replace("-", "") + " " + e.path("system").asText() + " "
                    + e.path("provision").asText()));
            assertThat(expected).contains("20271202 credit-scoring eu-ai-act:Art. 16", "20250202 service-chatbot eu-ai-act:Art. 4");

            Response ics = client.post("/api/v1/calendar?format=ics", bank);
            assertThat(ics.code()).isEqualTo(200);
            assertThat(String.join(",", ics.headers().get("Content-Type"))).startsWith("text/calendar");
            String text = ics.body().string();
            assertThat(text).startsWith("BEGIN:VCALENDAR\r\n");
            assertThat(text.split("\r\n")).allSatisfy(l -> assertThat(l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
            Calendar cal = new CalendarBuilder().build(new StringReader(text));
            List<VEvent> events = new ArrayList<>();
            cal.getComponents().forEach(c -> { if (c instanceof VEvent v) events.add(v); });
            assertThat(events).hasSize(entries.size());
            Set<String> parsed = new TreeSet<>();
            Set<String> uids = new TreeSet<>();
            for (VEvent e : events) {
                String description = value(e, Property.DESCRIPTION);
                String system = description.substring("AI system ".length(), description.indexOf(' ', "AI system ".length()));
                String provision = value(e, Property.SUMMARY).substring(0, value(e, Property.SUMMARY).indexOf(" applies: "));
                parsed.add(value(e, Property.DTSTART) + " " + system + " " + provision);
                uids.add(value(e, Property.UID));
                assertThat(value(e, Property.URL)).startsWith("http://").contains("/api/v1/provisions/eu-ai-act%3AArt.%20");
            }
            assertThat(parsed).isEqualTo(expected);
            assertThat(uids).as("one stable UID per event").hasSize(events.size());
            // the escaped TEXT comes back as written: the because text of Art. 16 has commas and semicolons in places
            VEvent art16 = events.stream().filter(e -> value(e, Property.SUMMARY).startsWith("eu-ai-act:Art. 16 ")).findFirst().orElseThrow();
            assertThat(value(art16, Property.DESCRIPTION)).contains("Art. 16 lists the duties of providers of high-risk AI systems.");

            String csv = client.post("/api/v1/calendar?format=csv&timeline=original", bank).body().string();
            assertThat(csv.split("\r\n")[0]).isEqualTo("date,system,systemName,provision,title,role,timeline,inForce,because,condition");
            assertThat(csv).contains("2026-08-02,credit-scoring,").doesNotContain(",amended,");
            assertThat(client.post("/api/v1/calendar?timeline=later", bank).code()).isEqualTo(400);
            assertThat(client.post("/api/v1/calendar?format=pdf", bank).code()).isEqualTo(400);
            assertThat(client.post("/api/v1/calendar", bank, rq -> rq.header("Accept", "text/calendar")).body().string()).startsWith("BEGIN:VCALENDAR");
        });
    }

    @Test
    void aStoredOrganisationsCalendarNeedsItsKey() throws Exception {
        String hospital = Files.readString(Path.of("..", "examples", "hospital.json")).replaceFirst("\"id\"\\s*:\\s*\"[^\"]+\"", "\"id\": \"calendar-hospital\"");
        ApiContext api = SharedCore.api();
        String key = api.keys().issue("calendar-hospital", "Calendar test", "test").token();
        JavalinTest.test(RestApi.create(api), (server, client) -> {
            assertThat(client.put("/api/v1/orgs/calendar-hospital/profile", hospital, rq -> rq.header("Authorization", "Bearer " + key)).code())
                    .isEqualTo(201);
            assertThat(client.get("/api/v1/orgs/calendar-hospital/calendar").code()).isEqualTo(401);
            Response r = client.get("/api/v1/orgs/calendar-hospital/calendar?format=ics", rq -> rq.header("Authorization", "Bearer " + key));
            assertThat(r.code()).isEqualTo(200);
            Calendar cal = new CalendarBuilder().build(new StringReader(r.body().string()));
            List<VEvent> events = new ArrayList<>();
            cal.getComponents().forEach(c -> { if (c instanceof VEvent v) events.add(v); });
            // the triage deployer: Art. 4 from 2 Feb 2025, the Annex III duties (Art. 26, 27, 49, 86) from 2 Dec 2027 as amended
            assertThat(events).isNotEmpty();
            assertThat(events).anySatisfy(e -> assertThat(value(e, Property.SUMMARY)).startsWith("eu-ai-act:Art. 27 applies"));
            assertThat(events).allSatisfy(e -> assertThat(value(e, Property.DTSTART)).isIn("20250202", "20271202"));
        });
    }
}
