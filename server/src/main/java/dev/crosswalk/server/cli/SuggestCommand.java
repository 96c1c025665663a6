package dev.crosswalk.server.cli;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.catalog.UnknownReferenceException;
import dev.crosswalk.exchange.SuggestionSssomWriter;
import dev.crosswalk.kb.DataSource;
import dev.crosswalk.kb.MissingDataException;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.server.http.Json;
import dev.crosswalk.server.store.tdb2.Tdb2Store;
import dev.crosswalk.suggest.Evaluation;
import dev.crosswalk.suggest.InvalidSuggestionRequestException;
import dev.crosswalk.suggest.Suggester;
import dev.crosswalk.suggest.Suggestions;
import dev.crosswalk.suggest.Weights;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crosswalk suggest}: candidate mappings between two frameworks for a curator to review (SSSOM or JSON), the same
 * engine as {@code GET /api/v1/suggest}; with {@code --evaluate}, the leave-one-set-out measurement of docs/suggestions.md.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Suggest mappings between two frameworks (ranked candidates with evidence) for a curator to review.",
                "--evaluate measures the engine against the curated sets (leave one set out), as in docs/suggestions.md."})
final class SuggestCommand implements Callable<Integer> {
    enum Format { sssom, json }

    @Option(names = "--from", description = "The framework whose provisions get candidates, e.g. iso42001.")
    String from;

    @Option(names = "--to", description = "The framework the candidates come from, e.g. eu-ai-act.")
    String to;

    @Option(names = "--exclude-set", description = "A mapping set hidden from the engine (its rows and every chain through it); repeatable.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--top", defaultValue = "5", description = "Candidates per source provision, 1 to " + Suggester.MAX_TOP + " (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = {"-f", "--format"}, defaultValue = "sssom", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--data", description = "A TDB2 store (a server's --data), read as it is: its reference data with the public imports "
            + "(default: the packaged data in memory).")
    Path data;

    @Option(names = "--evaluate", description = "Print the leave-one-set-out measurement (precision and recall at 1, 3, 5) as Markdown.")
    boolean evaluate;

    @Option(names = "--tune", description = "With --evaluate: first choose the weights by grid search on the tuning sets, then measure with them.")
    boolean tune;

    @Override
    public Integer call() throws IOException {
        if (!evaluate && (from == null || to == null)) {
            System.err.println("crosswalk: give --from and --to (framework ids), or --evaluate.");
            return 2;
        }
        Crosswalk core;
        Tdb2Store store = null;
        try {
            if (data == null) {
                core = Crosswalk.inMemory();
            } else {
                if (!Tdb2Store.exists(data)) throw new MissingDataException("No Crosswalk store in " + data + ".");
                store = Tdb2Store.open(data);
                ReferenceModel published = store.references().published().orElseThrow(() -> new MissingDataException(
                        "The TDB2 store in " + data + " holds no published Crosswalk reference data."));
                core = Crosswalk.of(published, DataSource.classpath());
            }
        } catch (MissingDataException e) {
            if (store != null) store.close();
            System.err.println("crosswalk: " + e.getMessage());
            return 2;
        }
        try (Tdb2Store opened = store) {
            String text = evaluate ? evaluation(core.suggester()) : suggestions(core);
            if (output == null) {
                System.out.print(text);
                System.out.flush();
            } else {
                Files.writeString(output, text, StandardCharsets.UTF_8);
                System.err.println("crosswalk: wrote " + output);
            }
            return 0;
        } catch (UnknownReferenceException | InvalidSuggestionRequestException e) {
            System.err.println("crosswalk: " + e.getMessage());
            return e instanceof UnknownReferenceException ? 1 : 2;
        }
    }

    private String suggestions(Crosswalk core) throws IOException {
        Suggestions s = core.suggester().suggest(from, to, exclude, top);
        if (format == Format.json) return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(s) + "\n";
        return new SuggestionSssomWriter(core.catalog(), Crosswalk.version()).write(s, LocalDate.now(ZoneOffset.UTC));
    }

    private String evaluation(Suggester engine) {
        Weights weights = tune ? Evaluation.tune(engine, Evaluation.TUNING_SETS) : Weights.DEFAULT;
        return Evaluation.markdown(Evaluation.run(engine, weights, Evaluation.TUNING_SETS));
    }
}
