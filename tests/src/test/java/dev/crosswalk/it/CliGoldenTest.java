package dev.crosswalk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden-file tests of CLI output: each case's stdout (or stderr) must equal
 * src/test/resources/golden/<name>. Regenerate on purpose with -Dcrosswalk.golden.update=true.
 */
class CliGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "help.txt | 0 | out | --help",
        "help-query.txt | 0 | out | query --help",
        "help-gaps.txt | 0 | out | gaps --help",
        "query-unmapped-eu-ai-act.csv | 0 | out | query unmapped -p framework=eu-ai-act",
        "query-coverage-iso42001-iso27001.tsv | 0 | out | query coverage-matrix -p from=iso42001 -p to=iso27001 -f tsv",
        "query-missing-param.txt | 1 | err | query unmapped",
        "export-turtle-without-graph.txt | 2 | err | export -f turtle",
    })
    void outputMatchesTheGoldenFile(String golden, int exitCode, String stream, String args) throws Exception {
        CliRun run = CliRun.of(args.trim().split("\\s+"));
        String actual = stream.equals("out") ? run.out() : run.err();
        Path file = GOLDEN.resolve(golden.trim());
        if (Boolean.getBoolean("crosswalk.golden.update")) Files.writeString(file, actual);
        assertThat(run.code()).as(run.err()).isEqualTo(exitCode);
        assertThat(file).as("golden file (create with -Dcrosswalk.golden.update=true)").exists();
        assertThat(actual).isEqualTo(Files.readString(file));
    }
}
