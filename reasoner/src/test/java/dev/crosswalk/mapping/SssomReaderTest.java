package dev.crosswalk.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading SSSOM TSV: header, CURIE expansion, line numbers, and format errors that name file and line. */
class SssomReaderTest {
    private static final String HEADER = """
            # curie_map:
            #   iso42001: https://w3id.org/crosswalk/id/iso42001/
            #   semapv: https://w3id.org/semapv/vocab/
            # mapping_set_title: T
            """;
    private static final String COLUMNS = String.join("\t", SssomReader.REQUIRED_COLUMNS) + "\n";
    private static final String ROW = "iso42001:A.2.2\tAI policy\tcw:equal\tiso42001:A.2.3\tx\tsemapv:ManualMappingCuration\t0.9\ta:b\t2026-11-27\tequal\t7\tBecause \"quoted\" text stays as written.\t\n";

    private static MappingSetFile read(String text) {
        return SssomReader.read("mappings/a-b.sssom.tsv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsHeaderRowsLinesAndExpandsCuries() {
        MappingSetFile f = read(HEADER + COLUMNS + ROW + "\n" + ROW);
        assertThat(f.name()).isEqualTo("a-b");
        assertThat(f.headerString("mapping_set_title")).isEqualTo("T");
        assertThat(f.rows()).extracting(MappingRow::line).containsExactly(6, 8);
        assertThat(f.rows().get(0).get("rationale")).isEqualTo("Because \"quoted\" text stays as written.");
        assertThat(f.rows().get(0).get("comment")).isNull();
        assertThat(f.expand("iso42001:A.2.2")).isEqualTo("https://w3id.org/crosswalk/id/iso42001/A.2.2");
        assertThat(f.expand("nope:x")).isNull();
    }

    @Test
    void missingColumnIsNamedWithItsLine() {
        String cols = COLUMNS.replace("\trationale", "");
        assertThatThrownBy(() -> read(HEADER + cols + ROW))
                .isInstanceOf(MappingFormatException.class)
                .hasMessageContaining("mappings/a-b.sssom.tsv:5").hasMessageContaining("missing column(s) [rationale]");
    }

    @Test
    void headerWithoutCurieMapOrWithBadYamlIsRejected() {
        assertThatThrownBy(() -> read("# mapping_set_title: T\n" + COLUMNS + ROW))
                .isInstanceOf(MappingFormatException.class).hasMessageContaining("no curie_map");
        assertThatThrownBy(() -> read("# curie_map: [unclosed\n" + COLUMNS + ROW))
                .isInstanceOf(MappingFormatException.class).hasMessageContaining("YAML header does not parse");
    }

    @Test
    void rowWithMoreCellsThanColumnsIsRejectedAtItsLine() {
        assertThatThrownBy(() -> read(HEADER + COLUMNS + ROW.replace("\n", "\textra\n")))
                .isInstanceOf(MappingFormatException.class).hasMessageContaining("mappings/a-b.sssom.tsv:6");
    }
}
