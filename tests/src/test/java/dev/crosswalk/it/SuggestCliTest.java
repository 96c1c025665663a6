package dev.crosswalk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code crosswalk suggest}: JSON suggestions with the hidden set reported, and a usage error without frameworks. */
class SuggestCliTest {

    @Test
    void suggestWritesRankedCandidatesWithEvidenceAsJson() throws Exception {
        CliRun run = CliRun.of("suggest", "--from", "iso42001", "--to", "eu-ai-act", "--exclude-set", "iso42001-eu-ai-act", "--top", "2",
                "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(run.out());
        assertThat(s.path("excludedSets").get(0).asText()).isEqualTo("iso42001-eu-ai-act");
        JsonNode logs = null;
        for (JsonNode p : s.path("provisions")) if (p.path("ref").asText().equals("iso42001:A.6.2.8")) logs = p;
        assertThat(logs).isNotNull();
        assertThat(logs.path("candidates").size()).isBetween(1, 2);
        assertThat(logs.path("candidates").get(0).path("evidence").has("chains")).isTrue();
    }

    @Test
    void withoutFrameworksItSaysWhatToGive() {
        CliRun run = CliRun.of("suggest");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--from and --to");
    }
}
