package dev.crosswalk.server.cli;

import dev.crosswalk.kb.DataIntegrityException;
import dev.crosswalk.kb.DataSource;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.kb.ReferencePipeline;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosswalk validate}: check ontology, catalogs (and mappings) against the shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate the ontology, catalogs and mappings; exit 0 when they conform, 1 with a report when not.")
final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--dir", description = "A checkout's root (ontology/, mappings/ ...) instead of the packaged data.")
    Path dir;

    @Override
    public Integer call() {
        DataSource source = dir == null ? DataSource.classpath() : DataSource.directory(dir);
        try {
            ReferenceModel data = ReferencePipeline.of(source).run();
            long triples = data.graphs().values().stream().mapToLong(g -> g.size()).sum();
            System.out.printf("conforms: %d graphs, %d triples from %s%n", data.graphs().size(), triples, source.describe());
            return 0;
        } catch (DataIntegrityException e) {
            System.out.println(e.getMessage());
            return 1;
        }
    }
}
