package dev.crosswalk.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.crosswalk.kb.ReferenceModel;

/**
 * The reference models of organisations with private imports, each kept with the public model it
 * was built on: a new public model makes them stale. At most {@link #LIMIT} are kept (least recently
 * used first out): a model holds the whole reference data.
 */
final class OrganisationModels {
    static final int LIMIT = 8;

    private record Entry(ReferenceModel base, ReferenceModel model, String digest) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > LIMIT;
        }
    };

    synchronized Optional<ReferenceModel> get(String organisation, ReferenceModel base) {
        Entry e = entries.get(organisation);
        return e != null && e.base() == base ? Optional.of(e.model()) : Optional.empty();
    }

    /** Keeps {@code model}, built on {@code base} with the organisation's imports of {@link ImportDigest} {@code digest}. */
    synchronized void put(String organisation, ReferenceModel base, ReferenceModel model, String digest) {
        entries.put(organisation, new Entry(base, model, digest));
    }

    /** The organisations whose models are kept. */
    synchronized List<String> organisations() {
        return List.copyOf(entries.keySet());
    }

    /** Whether the organisation's kept model was built with the imports of {@code digest}. */
    synchronized boolean builtWith(String organisation, String digest) {
        Entry e = entries.get(organisation);
        return e != null && e.digest().equals(digest);
    }

    synchronized void remove(String organisation) {
        entries.remove(organisation);
    }
}
