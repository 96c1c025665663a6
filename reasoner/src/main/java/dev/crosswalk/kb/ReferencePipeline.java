package dev.crosswalk.kb;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.mapping.MappingFormatException;
import dev.crosswalk.mapping.MappingGraphBuilder;
import dev.crosswalk.mapping.MappingSetFile;
import dev.crosswalk.mapping.SssomReader;
import dev.crosswalk.reason.ChainConfidence;
import dev.crosswalk.reason.Inference;
import dev.crosswalk.validate.ShaclValidator;
import dev.crosswalk.validate.ValidationReport;
import dev.crosswalk.validate.Violation;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Builds the {@link ReferenceModel} in named steps: read the sources (and hash them), assemble the
 * SSSOM mapping sets into graphs, validate everything against the integrity shapes, infer. A store
 * that already holds validated inferences for the same content and build lets the last two be skipped; a
 * model compiled at build time for the same content and build replaces all four (the sources are only hashed).
 */
public final class ReferencePipeline {
    /** The named steps, in order. */
    public enum Step { SOURCES, ASSEMBLY, VALIDATION, INFERENCE }

    private final DataSource source;
    private final List<SourceGraph> extra;
    private final InferenceCache cache;
    private final String build;
    private final BiConsumer<Step, Long> observer;
    private final CompiledReference compiled;

    private ReferencePipeline(DataSource source, List<SourceGraph> extra, InferenceCache cache, String build,
                              BiConsumer<Step, Long> observer, CompiledReference compiled) {
        this.source = source;
        this.extra = List.copyOf(extra);
        this.cache = cache;
        this.build = build;
        this.observer = observer;
        this.compiled = compiled;
    }

    /** A pipeline over {@code source} that validates and infers every time. */
    public static ReferencePipeline of(DataSource source) {
        return new ReferencePipeline(source, List.of(), InferenceCache.NONE, "unknown", (step, millis) -> { }, null);
    }

    /** The same pipeline, telling {@code observer} each step it ran and its milliseconds. */
    public ReferencePipeline observing(BiConsumer<Step, Long> observer) {
        return new ReferencePipeline(source, extra, cache, build, observer, compiled);
    }

    /**
     * The same pipeline, taking validated inferences from {@code cache} when it holds them for this
     * content and {@code build} of the code (a build without an id is never trusted).
     */
    public ReferencePipeline reusing(InferenceCache cache, String build) {
        return new ReferencePipeline(source, extra, cache, build, observer, compiled);
    }

    /**
     * The same pipeline, loading the whole model from {@code model} when it was compiled for this content and
     * {@code build} of the code: the sources are hashed (step SOURCES) and the compiled graphs loaded (step ASSEMBLY),
     * nothing parsed, validated or inferred. With graphs built elsewhere ({@link #including}) the content is not
     * what was compiled, and the pipeline runs as without it.
     */
    public ReferencePipeline loadingCompiled(CompiledReference model, String build) {
        return new ReferencePipeline(source, extra, cache, build, observer, model);
    }

    /**
     * The same pipeline with graphs built elsewhere (imports) joining the packaged ones after the
     * assembly: validated, reasoned over and hashed with them. A name the packaged data already uses
     * is a {@link DataIntegrityException}.
     */
    public ReferencePipeline including(List<SourceGraph> graphs) {
        List<SourceGraph> all = new ArrayList<>(extra);
        all.addAll(graphs);
        return new ReferencePipeline(source, all, cache, build, observer, compiled);
    }

    /** Loads, validates and infers; throws {@link DataIntegrityException} on any defect. */
    public ReferenceModel run() {
        long t0 = System.nanoTime();
        if (compiled != null && extra.isEmpty() && trusted(build)) {
            String hash = step(Step.SOURCES, () -> SourceFiles.hash(source));
            long t1 = System.nanoTime();
            Optional<Map<String, Graph>> graphs = compiled.find(hash, build);
            if (graphs.isPresent()) {
                observer.accept(Step.ASSEMBLY, ms(t1));
                return ReferenceModel.of(graphs.get(), hash, new ReferenceModel.Timings(ms(t0), 0, true));
            }
        }
        SourceFiles files = step(Step.SOURCES, () -> SourceFiles.read(source));
        Map<String, Graph> graphs = step(Step.ASSEMBLY, () -> assemble(files, extra));
        String hash = files.contentHash(extra);
        Optional<Graph> known = trusted(build) ? cache.find(hash, build) : Optional.empty();
        if (known.isPresent()) {
            graphs.put(GraphNames.INFERRED, known.get());
            return ReferenceModel.of(graphs, hash, new ReferenceModel.Timings(ms(t0), 0, true));
        }
        step(Step.VALIDATION, () -> validate(graphs));
        long t1 = System.nanoTime();
        if (!files.rules().isEmpty()) graphs.put(GraphNames.INFERRED, step(Step.INFERENCE, () -> infer(files.rules(), graphs)));
        long loadAndValidate = (t1 - t0) / 1_000_000;
        return ReferenceModel.of(graphs, hash, new ReferenceModel.Timings(loadAndValidate, ms(t1), false));
    }

    /**
     * The catalog alone: sources read, mapping sets assembled and everything validated, nothing
     * inferred (for callers that need provisions and frameworks only).
     */
    public Catalog catalog() {
        SourceFiles files = step(Step.SOURCES, () -> SourceFiles.read(source));
        Map<String, Graph> graphs = step(Step.ASSEMBLY, () -> assemble(files, extra));
        step(Step.VALIDATION, () -> validate(graphs));
        return Catalog.from(unionOf(graphs));
    }

    private <T> T step(Step step, Supplier<T> work) {
        long t0 = System.nanoTime();
        T out = work.get();
        observer.accept(step, ms(t0));
        return out;
    }

    private void step(Step step, Runnable work) {
        step(step, () -> {
            work.run();
            return null;
        });
    }

    /** Step 2: the SSSOM mapping sets as graphs, beside the Turtle graphs read in step 1, then the graphs built elsewhere. */
    private static Map<String, Graph> assemble(SourceFiles files, List<SourceGraph> extra) {
        Map<String, Graph> graphs = new LinkedHashMap<>(files.turtle());
        List<String> frameworkIds = frameworkIds(graphs);
        for (Map.Entry<String, byte[]> mapping : files.mappings().entrySet()) {
            try {
                MappingSetFile file = SssomReader.read(mapping.getKey(), mapping.getValue());
                graphs.put(GraphNames.MAPPINGS_PREFIX + file.name(), MappingGraphBuilder.build(file, frameworkIds));
            } catch (MappingFormatException e) {
                throw new DataIntegrityException(e.getMessage(), e);
            }
        }
        for (SourceGraph g : extra) {
            if (graphs.putIfAbsent(g.graphName(), g.graph()) != null) {
                throw new DataIntegrityException("The graph " + g.graphName() + " exists already", (ValidationReport) null);
            }
        }
        return graphs;
    }

    /** Step 3: every asserted graph against every shape. */
    private void validate(Map<String, Graph> graphs) {
        ValidationReport report = validation(graphs);
        if (!report.conforms()) {
            throw new DataIntegrityException("The reference data in " + source.describe() + " violates the integrity shapes", report);
        }
    }

    /** Validates the asserted data (not shapes, not inferences) against all shapes; mapping violations carry file:line. */
    private static ValidationReport validation(Map<String, Graph> graphs) {
        Graph shapes = GraphFactory.createDefaultGraph();
        Graph data = GraphFactory.createDefaultGraph();
        graphs.forEach((name, g) -> {
            if (name.equals(GraphNames.INFERRED)) return;
            g.find().forEach(name.startsWith(GraphNames.SHAPES_PREFIX) ? shapes::add : data::add);
        });
        ValidationReport report = ShaclValidator.of(shapes).validate(data);
        return new ValidationReport(report.violations().stream().map(v -> locate(v, data)).toList());
    }

    /** Step 4: the rules' deductions over the union of the asserted graphs, chain confidence annotated. */
    private static Graph infer(List<Rule> rules, Map<String, Graph> graphs) {
        Graph asserted = unionOf(graphs);
        Graph inferred = Inference.deduce(rules, asserted);
        ChainConfidence.annotate(inferred, asserted);
        return inferred;
    }

    private static Graph unionOf(Map<String, Graph> graphs) {
        return new MultiUnion(graphs.values().iterator());
    }

    private static boolean trusted(String build) {
        return !build.endsWith("unknown") && !build.contains("${");
    }

    private static Violation locate(Violation v, Graph data) {
        if (v.focusNode().startsWith("_:")) return v;
        Node focus = NodeFactory.createURI(v.focusNode());
        Node file = G.getSP(data, focus, CW.sourceFile.asNode());
        Node line = G.getSP(data, focus, CW.sourceLine.asNode());
        if (file == null) return v;
        return v.at(file.getLiteralLexicalForm() + (line == null ? "" : ":" + line.getLiteralLexicalForm()));
    }

    private static List<String> frameworkIds(Map<String, Graph> graphs) {
        List<String> ids = new ArrayList<>();
        graphs.forEach((name, g) -> {
            if (!name.startsWith(GraphNames.CATALOG_PREFIX)) return;
            g.find(Node.ANY, RDF.type.asNode(), CW.Framework.asNode()).forEach(t ->
                    g.find(t.getSubject(), DCTerms.identifier.asNode(), Node.ANY)
                            .forEach(id -> ids.add(id.getObject().getLiteralLexicalForm())));
        });
        // longest first, so "eu-ai-act" wins over a hypothetical "eu" when splitting file names
        ids.sort(Comparator.comparingInt(String::length).reversed());
        return ids;
    }

    private static long ms(long from) {
        return (System.nanoTime() - from) / 1_000_000;
    }
}
