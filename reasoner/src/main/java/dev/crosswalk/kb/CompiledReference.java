package dev.crosswalk.kb;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.jena.graph.Graph;

/**
 * The whole reference model of the packaged data — every named graph as assembled, validated and reasoned over — compiled
 * at build time ({@code process-classes}) into the jar with the content hash of the sources and the build of the code: a
 * start whose sources hash the same loads it and parses no Turtle or SSSOM, validates and infers nothing.
 */
public final class CompiledReference {
    /** Every graph by name, in the model's order ({@link GraphsCodec}). */
    static final String DATA = "crosswalk/compiled/reference.bin";
    /** The stamp: {@code contentHash} and {@code build}. */
    static final String STAMP = "crosswalk/compiled/reference.properties";

    private final ClassLoader loader;

    CompiledReference(ClassLoader loader) {
        this.loader = loader;
    }

    /** The model compiled into the classpath; finds nothing when the build made none (e.g. an IDE build). */
    public static CompiledReference packaged() {
        return new CompiledReference(CompiledReference.class.getClassLoader());
    }

    /** The stamp's properties, empty when nothing was compiled or it cannot be read. */
    Properties stamp() {
        Properties stamp = new Properties();
        try (InputStream in = loader.getResourceAsStream(STAMP)) {
            if (in != null) stamp.load(in);
        } catch (IOException e) {
            stamp.clear();  // unreadable: as if none were compiled, so the pipeline runs in full
        }
        return stamp;
    }

    /** The compiled graphs by name, in the model's order, when they were compiled for {@code contentHash} by code {@code build}. */
    public Optional<Map<String, Graph>> find(String contentHash, String build) {
        Properties stamp = stamp();
        if (!contentHash.equals(stamp.getProperty("contentHash")) || !build.equals(stamp.getProperty("build"))) return Optional.empty();
        try (InputStream in = loader.getResourceAsStream(DATA)) {
            if (in == null) return Optional.empty();
            return Optional.of(GraphsCodec.read(new DataInputStream(new BufferedInputStream(in, 1 << 16))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code model}'s graphs and their stamp (content hash, code {@code build}) under {@code classes}. */
    static void write(ReferenceModel model, String build, Path classes) throws IOException {
        Files.createDirectories(classes.resolve(DATA).getParent());
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(classes.resolve(DATA)), 1 << 16))) {
            GraphsCodec.write(model.graphs(), o);
        }
        Properties stamp = new Properties();
        stamp.setProperty("contentHash", model.contentHash());
        stamp.setProperty("build", build);
        try (OutputStream o = Files.newOutputStream(classes.resolve(STAMP))) {
            stamp.store(o, "The packaged data's reference model: dev.crosswalk.kb.CompiledReference");
        }
    }

    /**
     * Runs the whole pipeline over the packaged data on the classpath and writes its graphs and stamp under
     * {@code args[0]} (the classes folder), for code build {@code args[1]}; invalid data fails the build here.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: CompiledReference <classes dir> <build>");
        long t0 = System.nanoTime();
        ReferenceModel model = ReferencePipeline.of(DataSource.classpath()).run();
        model.graph(GraphNames.INFERRED).orElseThrow(() -> new MissingDataException("No rules: nothing inferred"));
        write(model, args[1], Path.of(args[0]));
        long quads = model.graphs().values().stream().mapToLong(Graph::size).sum();
        System.out.printf("crosswalk: compiled %d graphs, %d quads for content %s, build %s (%d ms)%n", model.graphs().size(), quads,
                model.contentHash(), args[1], (System.nanoTime() - t0) / 1_000_000);
    }
}
