package dev.crosswalk.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.api.Test;

/** The domain synonym list: each group analyses to one term, written in plain words and stemmed like the texts. */
class DomainAnalyzerTest {

    @Test
    void theSynonymListMakesRecordKeepingLoggingAndOversightSupervisionOneTerm() {
        DomainAnalyzer with = DomainAnalyzer.of(false);
        assertThat(with.terms("record-keeping")).isEqualTo(with.terms("logging")).containsExactly("log");
        assertThat(with.terms("event recording")).containsExactly("log");
        assertThat(with.terms("event logs")).containsExactly("event", "log");
        assertThat(with.terms("supervision of models")).containsExactly("oversight", "model");
        assertThat(with.terms("operational resilience")).containsExactly("oper", "robust");

        DomainAnalyzer without = DomainAnalyzer.withoutSynonyms();
        assertThat(without.terms("record-keeping")).containsExactly("record", "keep");
        assertThat(without.terms("logging")).containsExactly("log");
        assertThat(without.terms("supervision")).isNotEqualTo(without.terms("oversight"));
    }

    @Test
    void aListInSolrFormatIsParsedAndAppliedToEveryEntryOfAGroup() throws Exception {
        SynonymMap map = DomainAnalyzer.parse(new StringReader("# comment\nmodel risk, model hazards\n"));
        DomainAnalyzer a = DomainAnalyzer.with(map);
        assertThat(a.terms("Model hazards")).isEqualTo(a.terms("model risk")).containsExactly("model", "risk");
        assertThat(DomainAnalyzer.withoutSynonyms().terms("Model hazards")).containsExactly("model", "hazard");
    }
}
