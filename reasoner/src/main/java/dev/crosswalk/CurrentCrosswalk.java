package dev.crosswalk;

import dev.crosswalk.imports.ImportRepository;
import dev.crosswalk.imports.ImportService;
import dev.crosswalk.imports.ImportedSource;
import dev.crosswalk.kb.DataSource;
import dev.crosswalk.kb.ReferenceModel;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The core every request reads: one {@link Crosswalk} at a time, replaced atomically when the
 * reference data changes (a public import or deletion). A request that already holds a core keeps
 * it to the end; the next one sees the new model.
 */
public final class CurrentCrosswalk {
    private final AtomicReference<Crosswalk> core;
    private final DataSource code;
    private final Function<ReferenceModel, Crosswalk.Publication> publisher;
    private final List<Consumer<Crosswalk>> listeners = new CopyOnWriteArrayList<>();
    /** Cores over other models (organisations' with private imports), one per model; each holds the whole reference data, so few. */
    private final Map<ReferenceModel, Crosswalk> others = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ReferenceModel, Crosswalk> eldest) {
            return size() > 8;
        }
    };

    private CurrentCrosswalk(Crosswalk core, DataSource code, Function<ReferenceModel, Crosswalk.Publication> publisher) {
        this.core = new AtomicReference<>(core);
        this.code = code;
        this.publisher = publisher;
    }

    /** {@code core} built from the packaged data; a new model is published nowhere. */
    public static CurrentCrosswalk of(Crosswalk core) {
        return of(core, DataSource.classpath(), model -> Crosswalk.Publication.NONE);
    }

    /**
     * {@code core} built from {@code code} (the packaged data, named queries and rules); each new model
     * goes to {@code publisher} (a store's reference graphs) before requests see it.
     */
    public static CurrentCrosswalk of(Crosswalk core, DataSource code, Function<ReferenceModel, Crosswalk.Publication> publisher) {
        return new CurrentCrosswalk(core, code, publisher);
    }

    /** The core to answer this request with. */
    public Crosswalk get() {
        return core.get();
    }

    /**
     * The core over {@code model}: the current one when it is the current model (an organisation without
     * private imports), else one built for it once and kept while it is in use.
     */
    public Crosswalk over(ReferenceModel model) {
        Crosswalk now = get();
        if (now.model() == model) return now;
        synchronized (others) {
            return others.computeIfAbsent(model, m -> Crosswalk.of(m, code));
        }
    }

    /** Publishes {@code model}, builds its analyses and makes them the current core; then tells the listeners. */
    public void replace(ReferenceModel model) {
        Crosswalk next = Crosswalk.of(model, code, publisher.apply(model)).prepare();
        core.set(next);
        listeners.forEach(l -> l.accept(next));
    }

    /** Calls {@code listener} with every new core (the SPARQL endpoint swaps its dataset). */
    public void onReplace(Consumer<Crosswalk> listener) {
        listeners.add(listener);
    }

    /** Imports through {@code repository}: validated with the packaged data and this core's model, which they replace. */
    public ImportService imports(ImportRepository repository) {
        return imports(repository, null);
    }

    /**
     * As {@link #imports(ImportRepository)}, where the current model was built with the stored public imports
     * {@code builtWith} (null: not known, and the store is not read until the first refresh).
     */
    public ImportService imports(ImportRepository repository, List<ImportedSource> builtWith) {
        return new ImportService(repository, code, () -> get().model(), this::replace, Clock.systemUTC(), builtWith);
    }
}
