package dev.crosswalk.server.store;

import dev.crosswalk.kb.InferenceCache;
import dev.crosswalk.kb.ReferenceModel;

/** Where a backend keeps the published reference graphs: written at {@code serve} by the one {@link PublicationStamp} rule. */
public interface ReferenceGraphs extends InferenceCache {

    /** Replaces the store's reference graphs with {@code model}'s unless it is stamped {@code stamp} already; true when written. */
    boolean publish(ReferenceModel model, PublicationStamp stamp);
}
