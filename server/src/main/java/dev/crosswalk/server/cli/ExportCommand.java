package dev.crosswalk.server.cli;

import dev.crosswalk.Crosswalk;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosswalk export}: the public reference data (catalogs, mappings, inferences) as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the public reference data: all named graphs (trig, nquads) or one graph (turtle, ntriples).")
final class ExportCommand implements Callable<Integer> {

    @Option(names = {"-f", "--format"}, defaultValue = "trig", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-g", "--graph"}, description = "One graph IRI, e.g. https://w3id.org/crosswalk/graph/mappings/iso42001-eu-ai-act (needed for turtle and ntriples).")
    String graph;

    @Option(names = {"-o", "--output"}, description = "Output file (default: standard output).")
    Path output;

    enum Format { trig, nquads, turtle, ntriples }

    @Override
    public Integer call() throws IOException {
        boolean single = format == Format.turtle || format == Format.ntriples;
        if (single && graph == null) {
            System.err.println("crosswalk: --format " + format + " holds one graph: give --graph <iri> (or use trig / nquads).");
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
            switch (format) {
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
