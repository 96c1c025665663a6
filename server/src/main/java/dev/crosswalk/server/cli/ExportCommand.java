package dev.crosswalk.server.cli;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.catalog.UnknownReferenceException;
import dev.crosswalk.exchange.InvalidExportException;
import dev.crosswalk.exchange.NoMappingsException;
import dev.crosswalk.exchange.PredicateStyle;
import dev.crosswalk.server.export.Export;
import dev.crosswalk.server.export.ExportFormat;
import dev.crosswalk.server.export.ExportRequest;
import dev.crosswalk.server.export.Exports;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crosswalk export}: the public reference data as RDF (catalogs, mappings, inferences), or in an exchange format
 * (SSSOM, OSCAL catalog or mapping, CSV, the XLSX crosswalk matrix) by the same code as {@code GET /api/v1/export/{format}}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the public reference data: all named graphs (trig, nquads) or one graph (turtle, ntriples).",
                "Or an exchange format, as GET /api/v1/export/{format}: sssom, oscal-mapping, oscal-catalog, csv, xlsx "
                        + "(with --from/--to, --framework, --inferred; xlsx needs --output)."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = {"-f", "--format"}, defaultValue = "trig", completionCandidates = Formats.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-g", "--graph"}, description = "One graph IRI, e.g. https://w3id.org/crosswalk/graph/mappings/iso42001-eu-ai-act (needed for turtle and ntriples).")
    String graph;

    @Option(names = {"-o", "--output"}, description = "Output file (default: standard output; required for xlsx).")
    Path output;

    @Option(names = "--from", description = "Exchange formats: the framework the mappings are read from, e.g. iso42001.")
    String from;

    @Option(names = "--to", description = "Exchange formats: the framework the mappings are read to, e.g. eu-ai-act.")
    String to;

    @Option(names = "--framework", description = "oscal-catalog: the framework; sssom, oscal-mapping, csv: every pair with it.")
    String framework;

    @Option(names = "--inferred", description = "Add chained mappings for pairs no curated row relates.")
    boolean inferred;

    @Option(names = "--predicates", defaultValue = "crosswalk", description = "sssom: crosswalk (cw: predicates) or skos (default: ${DEFAULT-VALUE}).")
    String predicates;

    enum Rdf { trig, nquads, turtle, ntriples }

    /** Every value --format takes, for help and completion. */
    static final class Formats extends ArrayList<String> {
        Formats() {
            for (Rdf r : Rdf.values()) add(r.name());
            addAll(ExportFormat.labels());
        }
    }

    @Override
    public Integer call() throws IOException {
        var exchange = ExportFormat.of(format);
        if (exchange.isPresent()) return exchange(exchange.get());
        Rdf rdf;
        try {
            rdf = Rdf.valueOf(format);
        } catch (IllegalArgumentException e) {
            System.err.println("crosswalk: unknown --format '" + format + "'; the formats are " + String.join(", ", new Formats()) + ".");
            return 2;
        }
        return rdf(rdf);
    }

    private int exchange(ExportFormat f) throws IOException {
        if (f.binary() && output == null) {
            System.err.println("crosswalk: --format " + f.label() + " is a binary file: give --output FILE (nothing is written to a terminal).");
            return 2;
        }
        if (graph != null) {
            System.err.println("crosswalk: --graph selects an RDF graph; --format " + f.label() + " takes --from/--to or --framework.");
            return 2;
        }
        PredicateStyle style;
        try {
            style = PredicateStyle.parse(predicates);
        } catch (InvalidExportException x) {
            System.err.println("crosswalk: " + x.getMessage());
            return 2;
        }
        Export e;
        try (Crosswalk core = Crosswalk.inMemory()) {
            e = Exports.of(core).render(new ExportRequest(f, from, to, framework, inferred, style));
        } catch (UnknownReferenceException | InvalidExportException | NoMappingsException x) {
            System.err.println("crosswalk: " + x.getMessage());
            return 1;
        }
        if (output == null) {
            System.out.write(e.body());
            System.out.flush();
        } else {
            Files.write(output, e.body());
            System.err.println("crosswalk: wrote " + output + " (" + e.body().length + " bytes, " + e.mediaType() + ")");
        }
        return 0;
    }

    private int rdf(Rdf rdf) throws IOException {
        boolean single = rdf == Rdf.turtle || rdf == Rdf.ntriples;
        if (single && graph == null) {
            System.err.println("crosswalk: --format " + rdf + " holds one graph: give --graph <iri> (or use trig / nquads).");
            return 2;
        }
        List<String> exchangeOnly = new ArrayList<>();
        if (from != null) exchangeOnly.add("--from");
        if (to != null) exchangeOnly.add("--to");
        if (framework != null) exchangeOnly.add("--framework");
        if (inferred) exchangeOnly.add("--inferred");
        if (!exchangeOnly.isEmpty()) {
            System.err.println("crosswalk: " + String.join(", ", exchangeOnly) + " select mappings for the exchange formats ("
                    + String.join(", ", ExportFormat.labels()) + "), not for --format " + rdf + ".");
            return 2;
        }
        try (Crosswalk core = Crosswalk.inMemory(); OutputStream out = output == null ? System.out : Files.newOutputStream(output)) {
            DatasetGraph all = DatasetGraphFactory.createGeneral();
            core.model().graphs().forEach((name, g) -> {
                if (graph == null || graph.equals(name)) all.addGraph(NodeFactory.createURI(name), g);
            });
            if (graph != null && all.isEmpty()) {
                System.err.println("crosswalk: no reference graph " + graph + "; known: " + core.model().graphs().keySet());
                return 1;
            }
            switch (rdf) {
                case trig -> RDFDataMgr.write(out, all, Lang.TRIG);
                case nquads -> RDFDataMgr.write(out, all, Lang.NQUADS);
                case turtle -> RDFDataMgr.write(out, all.getGraph(NodeFactory.createURI(graph)), Lang.TURTLE);
                case ntriples -> RDFDataMgr.write(out, all.getGraph(NodeFactory.createURI(graph)), Lang.NTRIPLES);
            }
            out.flush();
            return 0;
        }
    }
}
