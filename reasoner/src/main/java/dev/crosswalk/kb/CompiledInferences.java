package dev.crosswalk.kb;

import java.util.Optional;
import org.apache.jena.graph.Graph;

/**
 * The packaged data's inferences as compiled into the jar with the whole model ({@link CompiledReference}): for
 * pipelines that parse and assemble the sources themselves and only want to skip validating and inferring.
 */
public final class CompiledInferences implements InferenceCache {
    /** The stamp of the compiled model, which holds the inferences. */
    static final String STAMP = CompiledReference.STAMP;

    private final CompiledReference compiled;

    private CompiledInferences(CompiledReference compiled) {
        this.compiled = compiled;
    }

    /** The inferences compiled into the classpath; finds nothing when the build made none (e.g. an IDE build). */
    public static InferenceCache packaged() {
        return new CompiledInferences(CompiledReference.packaged());
    }

    @Override
    public Optional<Graph> find(String contentHash, String build) {
        return compiled.find(contentHash, build).map(graphs -> graphs.get(GraphNames.INFERRED));
    }
}
