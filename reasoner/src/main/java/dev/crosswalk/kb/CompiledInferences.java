package dev.crosswalk.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The packaged data's inferences, compiled at build time ({@code process-classes}) into the jar with the content hash
 * of the sources and the build of the code that validated and reasoned over them: the packaged data is the same on
 * every start, so a start whose sources hash the same loads them instead of validating and inferring again.
 */
public final class CompiledInferences implements InferenceCache {
    /** The inferred graph, RDF Thrift (Jena's binary RDF: loads several times faster than Turtle). */
    static final String GRAPH = "crosswalk/compiled/inferred.rt";
    /** The stamp: {@code contentHash} and {@code build}. */
    static final String STAMP = "crosswalk/compiled/inferred.properties";

    private final ClassLoader loader;

    private CompiledInferences(ClassLoader loader) {
        this.loader = loader;
    }

    /** The inferences compiled into the classpath; finds nothing when the build made none (e.g. an IDE build). */
    public static InferenceCache packaged() {
        return new CompiledInferences(CompiledInferences.class.getClassLoader());
    }

    @Override
    public Optional<Graph> find(String contentHash, String build) {
        Properties stamp = new Properties();
        try (InputStream in = loader.getResourceAsStream(STAMP)) {
            if (in == null) return Optional.empty();
            stamp.load(in);
        } catch (IOException e) {
            return Optional.empty();  // unreadable: validate and infer as if none were compiled
        }
        if (!contentHash.equals(stamp.getProperty("contentHash")) || !build.equals(stamp.getProperty("build"))) return Optional.empty();
        try (InputStream in = loader.getResourceAsStream(GRAPH)) {
            if (in == null) return Optional.empty();
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.RDFTHRIFT).parse(g);
            return Optional.of(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the whole pipeline over the packaged data on the classpath and writes its inferences and stamp under
     * {@code args[0]} (the classes folder), for code build {@code args[1]}; invalid data fails the build here.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: CompiledInferences <classes dir> <build>");
        Path out = Path.of(args[0]);
        long t0 = System.nanoTime();
        ReferenceModel model = ReferencePipeline.of(DataSource.classpath()).run();
        Graph inferred = model.graph(GraphNames.INFERRED).orElseThrow(() -> new MissingDataException("No rules: nothing inferred"));
        Files.createDirectories(out.resolve(GRAPH).getParent());
        try (OutputStream o = Files.newOutputStream(out.resolve(GRAPH))) {
            RDFDataMgr.write(o, inferred, RDFFormat.RDF_THRIFT);
        }
        Properties stamp = new Properties();
        stamp.setProperty("contentHash", model.contentHash());
        stamp.setProperty("build", args[1]);
        try (OutputStream o = Files.newOutputStream(out.resolve(STAMP))) {
            stamp.store(o, "The packaged data's inferences: dev.crosswalk.kb.CompiledInferences");
        }
        System.out.printf("crosswalk: compiled %d inferred triples for content %s, build %s (%d ms)%n", inferred.size(),
                model.contentHash(), args[1], (System.nanoTime() - t0) / 1_000_000);
    }
}
