package dev.crosswalk.kb;

import java.util.Optional;
import org.apache.jena.graph.Graph;

/**
 * Inferences a store already holds for exactly this content and build of the code: validated and
 * reasoned over when they were published, so loading them again may skip both steps.
 */
@FunctionalInterface
public interface InferenceCache {

    /** Nothing cached: always validate and infer. */
    InferenceCache NONE = (contentHash, build) -> Optional.empty();

    /** The inferred graph stored for {@code contentHash} published by code {@code build}; empty when none. */
    Optional<Graph> find(String contentHash, String build);

    /** This cache, and where it holds nothing, {@code next}. */
    default InferenceCache orElse(InferenceCache next) {
        return (contentHash, build) -> {
            Optional<Graph> found = find(contentHash, build);
            return found.isPresent() ? found : next.find(contentHash, build);
        };
    }
}
