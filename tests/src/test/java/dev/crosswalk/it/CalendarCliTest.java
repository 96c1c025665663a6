package dev.crosswalk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code crosswalk calendar}: the same calendar offline, in JSON, CSV and iCalendar. */
class CalendarCliTest {
    @Test
    void theCalendarCommandWritesOneEventPerDatedObligation() throws Exception {
        String profile = Path.of("..", "examples", "hr-tech.json").toString();
        CliRun json = CliRun.of("calendar", profile);
        assertThat(json.code()).as(json.err()).isEqualTo(0);
        JsonNode entries = new ObjectMapper().readTree(json.out()).path("entries");
        // cv-screening (provider, Annex III 4(a)) has the provider duties; the scheduler's deployer owes Art. 4
        assertThat(entries.size()).isGreaterThan(15);
        CliRun ics = CliRun.of("calendar", profile, "--format", "ics", "--timeline", "original");
        assertThat(ics.code()).isEqualTo(0);
        assertThat(ics.out()).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;VALUE=DATE:20260802").doesNotContain("20271202");
        assertThat(ics.out().split("BEGIN:VEVENT", -1)).hasSize(entries.size() + 1);
        CliRun csv = CliRun.of("calendar", profile, "--format", "csv");
        assertThat(csv.out().split("\r\n")).hasSize(entries.size() + 1);
        CliRun bad = CliRun.of("calendar", profile, "--timeline", "later");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("timeline");
    }
}
