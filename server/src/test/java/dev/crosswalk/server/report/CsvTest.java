package dev.crosswalk.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** CSV cells: quoted when they must be, and never read by a spreadsheet as a formula. */
class CsvTest {

    @Test
    void everyFormulaTriggerAtTheStartOfACellIsNeutralised() {
        assertThat(Csv.row(Arrays.asList("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "a=1", "", null)))
                .isEqualTo("'=1+1,'+1,'-1,'@SUM(A1),'\t=1,\"'\r=1\",a=1,,\r\n");
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertThat(Csv.row(Arrays.asList("a,b", "say \"hi\"", "two\nlines"))).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
    }
}
