package dev.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards over the production sources (reasoner and server): no Jena internals, no graph iterator
 * read partly and dropped, no query execution left unclosed.
 */
class SourceHygieneTest {
    private static final List<Path> ROOTS = List.of(Path.of("src", "main", "java"), Path.of("..", "server", "src", "main", "java"));

    private static List<String> matches(Pattern p) {
        List<String> hits = new ArrayList<>();
        for (Path root : ROOTS) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    try {
                        Matcher m = p.matcher(Files.readString(f));
                        while (m.find()) hits.add(root.relativize(f) + ": " + m.group().replaceAll("\\s+", " "));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hits;
    }

    @Test
    void theSourcesAreWhereThisTestLooks() {
        assertThat(Path.of("src", "main", "java", "dev", "crosswalk", "Crosswalk.java")).exists();
        assertThat(Path.of("..", "server", "src", "main", "java", "dev", "crosswalk", "server", "CrosswalkServer.java")).exists();
    }

    @Test
    void noJenaInternals() {
        // TDBInternal.expel and friends are Jena's internal API; the public one is TDB2Factory/DatabaseMgr
        assertThat(matches(Pattern.compile("org\\.apache\\.jena\\.tdb2\\.sys\\.\\w+|TDBInternal|internalExpel"))).isEmpty();
    }

    @Test
    void noFindIteratorIsReadPartlyAndDropped() {
        // find(...).next() / .nextOptional() / .hasNext() leave the iterator open: use G.getSP, G.getOne, ... (they close it)
        Pattern partial = Pattern.compile("\\.find\\([^;{}]*?\\)\\s*\\.(?:next|nextOptional|hasNext)\\(\\)");
        assertThat(matches(partial)).isEmpty();
    }

    @Test
    void everyQueryExecutionIsBuiltAndClosed() {
        // QueryExec.dataset(..).query(..).select() never closes the execution: build() it in try-with-resources
        Pattern unclosed = Pattern.compile("QueryExec(?:HTTP)?\\.\\w+\\([^;{}]*?\\)[^;{}]*?\\.(?:select|ask|construct|describe)\\(\\)");
        assertThat(matches(unclosed)).isEmpty();
    }
}
