package dev.crosswalk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reports drift between the project's copy of the checked lists and shared/reference beside the
 * checkout. Skipped where that folder is absent (a plain clone); .ci/run sets
 * -Dcrosswalk.shared.required=true, so there a missing folder fails instead of skipping.
 */
class ReferenceDriftTest {
    static List<String> files() {
        return ReferenceLists.FILES;
    }

    private static Path sharedDir() {
        String configured = System.getProperty("crosswalk.shared.reference", "");
        Path dir = configured.isBlank() ? Path.of("..", "..", "shared", "reference") : Path.of(configured);
        boolean required = Boolean.getBoolean("crosswalk.shared.required");
        if (required) assertThat(dir).as("shared/reference beside the checkout (-Dcrosswalk.shared.reference)").isDirectory();
        assumeTrue(Files.isDirectory(dir), "no shared/reference beside the checkout: nothing to compare with");
        return dir;
    }

    @ParameterizedTest
    @MethodSource("files")
    void projectCopyMatchesSharedReference(String file) throws IOException {
        Path shared = sharedDir().resolve(file);
        assertThat(shared).as("shared/reference still has " + file).exists();
        List<String> theirs = Files.readString(shared, StandardCharsets.UTF_8).lines().toList();
        List<String> ours = ReferenceLists.lines(file);
        assertThat(ours).as("the project's copy of " + file).isNotEmpty();
        List<String> drift = new ArrayList<>();
        Set<String> mine = new LinkedHashSet<>(ours);
        Set<String> other = new LinkedHashSet<>(theirs);
        theirs.stream().filter(l -> !mine.contains(l)).forEach(l -> drift.add("only in shared/reference: " + l));
        ours.stream().filter(l -> !other.contains(l)).forEach(l -> drift.add("only in the project's copy: " + l));
        assertThat(drift).as(file + " drifted from shared/reference; check the change, then copy the file into "
                + "reasoner/src/test/resources/reference/ and note it in that folder's README").isEmpty();
    }
}
