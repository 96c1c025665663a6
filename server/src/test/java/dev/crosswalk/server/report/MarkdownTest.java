package dev.crosswalk.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Markdown text: metacharacters escaped, one line, so user text never becomes markup. */
class MarkdownTest {

    @Test
    void metacharactersAreBackslashEscapedAndLinesJoined() {
        assertThat(Markdown.text("*a* _b_ `c` [d](e) ![f](g) <h> & | # ~ \\ x\ny\rz"))
                .isEqualTo("\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\!\\[f\\](g) \\<h\\> \\& \\| \\# \\~ \\\\ x y z");
        assertThat(Markdown.text("eu-ai-act:Art. 43 (1)")).as("ordinary text is left alone").isEqualTo("eu-ai-act:Art. 43 (1)");
        assertThat(Markdown.text(null)).isEmpty();
    }

    @Test
    void tableRowsEscapeEveryCell() {
        assertThat(Markdown.row(Arrays.asList("a|b", 3, null))).isEqualTo("| a\\|b | 3 |  |\n");
        assertThat(Markdown.header("x", "y")).isEqualTo("| x | y |\n|---|---|\n");
    }
}
