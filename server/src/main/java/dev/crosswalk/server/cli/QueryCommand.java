package dev.crosswalk.server.cli;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.catalog.UnknownReferenceException;
import dev.crosswalk.classify.InvalidInputException;
import dev.crosswalk.query.QueryResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosswalk query}: a named query with typed parameters, or a .rq file, over the reference data. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a named query (see GET /api/v1/queries) with --param name=value, or a .rq file, on the reference data.")
final class QueryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "QUERY", description = "A named query (e.g. unmapped) or a path to a .rq file.")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter of a named query, e.g. -p framework=eu-ai-act.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, defaultValue = "csv", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--data", description = "A TDB2 store to query (default: the packaged data in memory).")
    Path data;

    enum Format { csv, tsv, json }

    @Override
    public Integer call() {
        try (Crosswalk core = data == null ? Crosswalk.inMemory() : Crosswalk.open(data)) {
            if (query.endsWith(".rq")) return file(core);
            QueryResult r = core.queryRunner().run(query, params);
            System.out.print(Tables.render(r, format.name()));
            return 0;
        } catch (UnknownReferenceException | InvalidInputException e) {
            System.err.println("crosswalk: " + e.getMessage());
            return 1;
        }
    }

    private int file(Crosswalk core) {
        String text;
        try {
            text = Files.readString(Path.of(query));
        } catch (IOException e) {
            System.err.println("crosswalk: cannot read " + query + ": " + e.getMessage());
            return 2;
        }
        var ds = core.publicDataset();
        try {
            Txn.executeRead(ds, () -> {
                RowSet rows = QueryExec.dataset(ds).query(text).select();
                var rs = org.apache.jena.query.ResultSet.adapt(rows);
                switch (format) {
                    case json -> ResultSetFormatter.outputAsJSON(System.out, rs);
                    case tsv -> ResultSetFormatter.outputAsTSV(System.out, rs);
                    default -> ResultSetFormatter.outputAsCSV(System.out, rs);
                }
            });
            return 0;
        } catch (QueryParseException e) {
            System.err.println("crosswalk: " + query + ": SPARQL syntax error: " + e.getMessage());
            return 1;
        }
    }
}
