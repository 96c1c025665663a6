package dev.crosswalk.server.cli;

import dev.crosswalk.imports.ImportConflictException;
import dev.crosswalk.imports.ImportFormat;
import dev.crosswalk.imports.ImportKind;
import dev.crosswalk.imports.ImportProblem;
import dev.crosswalk.imports.ImportScope;
import dev.crosswalk.imports.ImportedSource;
import dev.crosswalk.imports.InvalidImportException;
import dev.crosswalk.imports.InvalidImportRequestException;
import dev.crosswalk.imports.UnknownImportException;
import dev.crosswalk.kb.DataIntegrityException;
import dev.crosswalk.lookup.MappingSetSummary;
import dev.crosswalk.server.Deployment;
import dev.crosswalk.store.StoreUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crosswalk import}: a framework (CSV or OSCAL catalog JSON) or an SSSOM mapping set into the
 * embedded store that {@code serve --data} loads, validated with the packaged data exactly as the
 * admin API does; a refused file is printed with every problem's line and column and stores nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import your own framework or mapping set into a store (public reference data for serve --data).",
        subcommands = {ImportCommand.Framework.class, ImportCommand.Mappings.class, ImportCommand.ListImports.class, ImportCommand.Delete.class})
final class ImportCommand {

    @Option(names = "--data", defaultValue = "./data", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "TDB2 store directory, the one serve --data uses (default: ${DEFAULT-VALUE}).")
    Path data;

    @Command(name = "framework", mixinStandardHelpOptions = true,
            description = "Import a framework from CSV (id,title,parent,paraphrase,source) or an OSCAL catalog (.json).")
    static final class Framework implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand ImportCommand parent;
        @Parameters(index = "0", description = "The file: .csv or .json (OSCAL catalog).") Path file;
        @Option(names = "--id", required = true, description = "The framework's id (lower-case letters, digits, hyphens).") String id;
        @Option(names = "--title", required = true, description = "The framework's title.") String title;
        @Option(names = "--format", description = "csv or oscal (default: from the file's extension).") String format;

        @Override
        public Integer call() {
            ImportFormat f = format(file, format);
            if (f == null) {
                System.err.println("crosswalk: say --format csv or --format oscal: '" + file.getFileName() + "' ends in neither .csv nor .json.");
                return 2;
            }
            return parent.run(file, d -> {
                ImportedSource s = d.imports().importFramework(ImportScope.PUBLIC, f, id, title, file.getFileName().toString(),
                        Files.readAllBytes(file), user());
                var fw = d.core().catalog().requireFramework(s.id());
                System.out.printf("imported framework %s \"%s\": %d provisions from %s into %s (by %s, %s)%n", s.id(), s.title(),
                        fw.provisionCount(), s.fileName(), parent.data, s.importedBy(), s.importedAt());
            });
        }
    }

    @Command(name = "mappings", mixinStandardHelpOptions = true,
            description = "Import an SSSOM TSV mapping set between two loaded frameworks; its id is the last segment of mapping_set_id.")
    static final class Mappings implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand ImportCommand parent;
        @Parameters(index = "0", description = "The .sssom.tsv file.") Path file;

        @Override
        public Integer call() {
            return parent.run(file, d -> {
                ImportedSource s = d.imports().importMappingSet(ImportScope.PUBLIC, file.getFileName().toString(), Files.readAllBytes(file), user());
                MappingSetSummary set = d.core().mappingSets().stream().filter(m -> m.id().equals(s.id())).findFirst().orElseThrow();
                System.out.printf("imported mapping set %s (%s -> %s, %d rows) from %s into %s (by %s, %s)%n", s.id(), set.from(), set.to(),
                        set.rows(), s.fileName(), parent.data, s.importedBy(), s.importedAt());
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the imported frameworks and mapping sets of a store.")
    static final class ListImports implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand ImportCommand parent;

        @Override
        public Integer call() {
            return parent.run(null, d -> {
                System.out.println("kind\tid\tfile\tby\tat");
                for (ImportedSource s : d.imports().list(ImportScope.PUBLIC)) {
                    System.out.println(s.kind().token() + "\t" + s.id() + "\t" + s.fileName() + "\t" + s.importedBy() + "\t" + s.importedAt());
                }
            });
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete an imported framework or mapping set.")
    static final class Delete implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand ImportCommand parent;
        @Parameters(index = "0", description = "framework or mappings.") String kind;
        @Parameters(index = "1", description = "The id.") String id;

        @Override
        public Integer call() {
            ImportKind k = switch (kind) {
                case "framework" -> ImportKind.FRAMEWORK;
                case "mappings", "mapping-set" -> ImportKind.MAPPING_SET;
                default -> null;
            };
            if (k == null) {
                System.err.println("crosswalk: delete framework ID or delete mappings ID, not '" + kind + "'.");
                return 2;
            }
            return parent.run(null, d -> {
                d.imports().delete(ImportScope.PUBLIC, k, id);
                System.out.println("deleted " + k.token() + " " + id + " from " + parent.data);
            });
        }
    }

    /** Opens the store, does {@code work}, and turns each refusal into its message and exit code. */
    private int run(Path file, Work work) {
        if (file != null && !Files.isRegularFile(file)) {
            System.err.println("crosswalk: no file " + file);
            return 2;
        }
        try (Deployment d = Deployment.embedded(data)) {
            work.accept(d);
            return 0;
        } catch (InvalidImportException e) {
            String name = file == null ? "" : file.getFileName() + ":";
            for (ImportProblem p : e.problems()) {
                System.err.println(name + (p.line() == null ? "" : p.line() + ":") + (p.column() == null ? "" : p.column() + ":") + " "
                        + p.message());
            }
            System.err.println("crosswalk: " + e.getMessage() + ".");
            return 1;
        } catch (InvalidImportRequestException | ImportConflictException | UnknownImportException e) {
            System.err.println("crosswalk: " + e.getMessage());
            return 1;
        } catch (StoreUnavailableException e) {
            System.err.println("crosswalk: " + e.getMessage() + " Stop the server first, or import through its admin API.");
            return 2;
        } catch (DataIntegrityException e) {
            System.err.println("crosswalk: the store's reference data does not load: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("crosswalk: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
    }

    private static ImportFormat format(Path file, String given) {
        String f = given != null ? given.toLowerCase(Locale.ROOT) : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (f.equals("csv") || f.endsWith(".csv")) return ImportFormat.CSV;
        if (f.equals("oscal") || f.endsWith(".json")) return ImportFormat.OSCAL_CATALOG;
        return null;
    }

    /** Who imports from the command line: the operating-system user. */
    private static String user() {
        return System.getProperty("user.name", "unknown") + " (command line)";
    }

    private interface Work {
        void accept(Deployment d) throws IOException;
    }
}
