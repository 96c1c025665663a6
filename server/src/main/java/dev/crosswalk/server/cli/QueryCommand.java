package dev.crosswalk.server.cli;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.catalog.UnknownReferenceException;
import dev.crosswalk.classify.InvalidInputException;
import dev.crosswalk.kb.MissingDataException;
import dev.crosswalk.query.QueryResult;
import dev.crosswalk.kb.DataSource;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.organisation.OrganisationId;
import dev.crosswalk.organisation.UnknownOrganisationException;
import dev.crosswalk.organisation.JsonProfileCodec;
import dev.crosswalk.server.http.Json;
import dev.crosswalk.server.store.tdb2.Tdb2Store;
import dev.crosswalk.store.StoreUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crosswalk query}: a named query with typed parameters, or a .rq file, over the packaged
 * reference data, or over what a TDB2 store ({@code --data}) holds, read as it is and never written.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a named query (see GET /api/v1/queries) with --param name=value, or a .rq file, on the reference data.")
final class QueryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "QUERY", description = "A named query (e.g. unmapped) or a path to a .rq file.")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter of a named query, e.g. -p framework=eu-ai-act.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, defaultValue = "csv", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--data", description = "A TDB2 store (a server's --data) to query as it is, read only: its reference data, "
            + "its organisations with --org, all its graphs for a .rq file (default: the packaged data in memory).")
    Path data;

    @Option(names = "--org", description = "With --data: the stored organisation an organisation query (gaps, obligations) runs over.")
    String org;

    enum Format { csv, tsv, json }

    @Override
    public Integer call() {
        if (org != null && data == null) {
            System.err.println("crosswalk: --org needs --data: organisations live in a store.");
            return 2;
        }
        Crosswalk core;
        Tdb2Store store = null;
        try {
            if (data == null) {
                core = Crosswalk.inMemory();
            } else {
                store = openPublished(data);
                ReferenceModel published = store.references().published().orElseThrow(() -> new MissingDataException(
                        "The TDB2 store in " + data + " holds no published Crosswalk reference data."));
                core = Crosswalk.of(published, DataSource.classpath());
            }
        } catch (MissingDataException | StoreUnavailableException e) {
            if (store != null) store.close();
            System.err.println("crosswalk: " + e.getMessage());
            return 2;
        }
        try (Tdb2Store opened = store) {
            if (query.endsWith(".rq")) return file(opened == null ? core.publicDataset() : opened.dataset());
            QueryResult r = org == null ? core.queryRunner().run(query, params)
                    : core.queryRunner().runForOrganisation(query, params, organisation(core, opened));
            System.out.print(Tables.render(r, format.name()));
            return 0;
        } catch (UnknownReferenceException | InvalidInputException e) {
            System.err.println("crosswalk: " + e.getMessage());
            return 1;
        }
    }

    /**
     * The TDB2 store a server wrote in {@code dir}, opened as it is: nothing is loaded from the
     * package and nothing is written. {@link MissingDataException} when the directory holds no store.
     */
    private static Tdb2Store openPublished(Path dir) {
        if (!Tdb2Store.exists(dir)) {
            throw new MissingDataException("No Crosswalk store in " + dir + " (a store is created by 'crosswalk serve --data " + dir + "').");
        }
        return Tdb2Store.open(dir);
    }

    /**
     * The organisation's evaluation graph as the REST API reads it: the stored one, or a fresh evaluation of the
     * stored profile when the reference data changed (an import) after its last write.
     */
    private Graph organisation(Crosswalk core, Tdb2Store store) {
        if (!OrganisationId.valid(org)) {
            throw new InvalidInputException("org", "'" + org + "' is not an organisation id (2–64 lower-case letters, digits and hyphens).");
        }
        try {
            return store.storage().organisationService(core.gaps(), new JsonProfileCodec(Json.mapper())).evaluation(OrganisationId.of(org));
        } catch (UnknownOrganisationException e) {
            throw new UnknownReferenceException("organisation", org, "No stored organisation '" + org + "' in " + data + ".");
        }
    }

    private int file(DatasetGraph ds) {
        String text;
        try {
            text = Files.readString(Path.of(query));
        } catch (IOException e) {
            System.err.println("crosswalk: cannot read " + query + ": " + e.getMessage());
            return 2;
        }
        try {
            Txn.executeRead(ds, () -> {
                try (QueryExec exec = QueryExec.dataset(ds).query(text).build()) {
                    ResultSet rs = ResultSet.adapt(exec.select());
                    switch (format) {
                        case json -> ResultSetFormatter.outputAsJSON(System.out, rs);
                        case tsv -> ResultSetFormatter.outputAsTSV(System.out, rs);
                        default -> ResultSetFormatter.outputAsCSV(System.out, rs);
                    }
                }
            });
            return 0;
        } catch (QueryParseException e) {
            System.err.println("crosswalk: " + query + ": SPARQL syntax error: " + e.getMessage());
            return 1;
        }
    }
}
