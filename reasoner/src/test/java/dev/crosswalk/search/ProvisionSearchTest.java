package dev.crosswalk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.SharedCrosswalk;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisionSearchTest {
    private final ProvisionSearch search = SharedCrosswalk.get().search();

    private List<String> refs(String q, String framework, int limit) {
        return search.search(q, framework, limit).stream().map(SearchHit::ref).toList();
    }

    @Test
    void wordsFindTitlesAcrossFrameworksRankedByRelevance() {
        List<SearchHit> hits = search.search("logging", null, 10);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).ref()).isEqualTo("iso27001:A.8.15");  // the control titled "Logging"
        assertThat(hits).extracting(SearchHit::ref).contains("iso42001:A.6.2.8");
        assertThat(hits).extracting(SearchHit::framework).contains("iso27001", "iso42001");
        assertThat(hits.get(0).score()).isGreaterThanOrEqualTo(hits.get(hits.size() - 1).score());
    }

    @Test
    void typosStillFindTheProvision() {
        assertThat(refs("risk managment sytem", "eu-ai-act", 5)).contains("eu-ai-act:Art. 9");
        assertThat(refs("recod-keeping", null, 5)).contains("eu-ai-act:Art. 12");
    }

    @Test
    void anIdRanksItsProvisionFirstWhateverItsSpelling() {
        assertThat(refs("A.6.2.4", null, 5).get(0)).isEqualTo("iso42001:A.6.2.4");
        assertThat(refs("art 12", "eu-ai-act", 5).get(0)).isEqualTo("eu-ai-act:Art. 12");
        assertThat(refs("iso42001:7.2", null, 5).get(0)).isEqualTo("iso42001:7.2");
    }

    @Test
    void aFrameworkFilterKeepsToThatFramework() {
        List<SearchHit> hits = search.search("logging", "iso42001", 10);
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.framework()).isEqualTo("iso42001"));
    }

    @Test
    void badRequestsNameTheProblem() {
        assertThatThrownBy(() -> search.search(" ", null, 5)).isInstanceOf(InvalidSearchException.class).hasMessageContaining("'q' is required");
        assertThatThrownBy(() -> search.search("x".repeat(201), null, 5)).hasMessageContaining("at most 200");
        assertThatThrownBy(() -> search.search("log", "iso99", 5)).hasMessageContaining("Unknown framework 'iso99'");
    }

    @Test
    void normalisedIdsIgnoreCaseAndPunctuation() {
        assertThat(ProvisionSearch.normalise("Art. 12(1)")).isEqualTo("art.12.1");
        assertThat(ProvisionSearch.normalise("art 12 (1)")).isEqualTo("art.12.1");
    }
}
