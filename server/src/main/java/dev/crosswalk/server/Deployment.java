package dev.crosswalk.server;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.CurrentCrosswalk;
import dev.crosswalk.imports.ImportRepository;
import dev.crosswalk.imports.ImportScope;
import dev.crosswalk.imports.ImportService;
import dev.crosswalk.imports.ImportedGraphs;
import dev.crosswalk.imports.ImportedSource;
import dev.crosswalk.kb.CompiledInferences;
import dev.crosswalk.kb.DataSource;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.kb.ReferencePipeline;
import dev.crosswalk.server.store.PublicationStamp;
import dev.crosswalk.server.store.ReferenceGraphs;
import dev.crosswalk.server.store.remote.RemoteStore;
import dev.crosswalk.server.store.tdb2.Tdb2Store;
import dev.crosswalk.store.Storage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root's wiring of one running service: the reference model built from the
 * packaged data and the store's public imports (reusing a store's validated inferences when it holds
 * them for this content and build), published to the store by the one stamp rule; the store's ports
 * for organisations, keys and imports; and the current core, which an import replaces (publishing the
 * new model the same way).
 */
public final class Deployment implements AutoCloseable {
    /** How often an instance sharing a remote store looks for imports made through another one, unless told otherwise. */
    public static final Duration REFRESH = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(Deployment.class);

    private final CurrentCrosswalk current;
    private final Storage storage;
    private final ImportService imports;
    private final AutoCloseable store;
    private final ScheduledExecutorService refresher;

    private Deployment(Started started, Storage storage, AutoCloseable store, Duration refresh) {
        this.current = started.current();
        this.storage = storage;
        this.imports = current.imports(storage.imports(), started.builtWith());
        this.store = store;
        this.refresher = refresh == null ? null : refresher(imports, refresh);
    }

    /** The running core and the stored public imports its model was built with. */
    private record Started(CurrentCrosswalk current, List<ImportedSource> builtWith) {}

    /**
     * Instances sharing a store each hold the reference model in memory: each catches up on its own
     * with imports made through another, at most {@code every} later. A failed look is logged, the
     * running model kept and the next look tried as usual.
     */
    private static ScheduledExecutorService refresher(ImportService imports, Duration every) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "crosswalk-import-refresh");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(1, every.toMillis());
        timer.scheduleWithFixedDelay(() -> {
            try {
                if (imports.refresh()) LOG.info("Reference data rebuilt: another instance changed the public imports.");
            } catch (RuntimeException e) {
                LOG.warn("Looking for imports made through other instances failed; the running reference "
                        + "data is kept: " + e.getMessage());
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        return timer;
    }

    /** The packaged data and the stored imports, with everything in the TDB2 store in {@code dir}, which receives the reference data too. */
    public static Deployment embedded(Path dir) {
        Tdb2Store store = Tdb2Store.open(dir);
        try {
            return new Deployment(publish(DataSource.classpath(), store.references(), store.imports()), store.storage(), store, null);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The packaged data with organisations and keys in a transactional in-memory store (tests, demos). */
    public static Deployment inMemory() {
        return of(Crosswalk.inMemory(), Tdb2Store.inMemory());
    }

    /** An existing core with organisations, keys and imports in {@code store} (in memory or on disk); nothing is published. */
    public static Deployment of(Crosswalk core, Tdb2Store store) {
        return new Deployment(new Started(CurrentCrosswalk.of(core), store.imports().list(ImportScope.PUBLIC)), store.storage(), store, null);
    }

    /** As {@link #remote(RemoteStore, Duration)}, looking for other instances' imports every {@link #REFRESH}. */
    public static Deployment remote(RemoteStore store) {
        return remote(store, REFRESH);
    }

    /**
     * The packaged data and the stored imports validated and reasoned over here, published to a remote
     * store that keeps the rest; every {@code refresh} the store's imports are compared with the running
     * model's, so an import made through another instance sharing the store is picked up here.
     */
    public static Deployment remote(RemoteStore store, Duration refresh) {
        if (refresh == null || refresh.isNegative() || refresh.isZero()) {
            throw new IllegalArgumentException("The import refresh interval must be positive, not " + refresh + ".");
        }
        return new Deployment(publish(DataSource.classpath(), store.references(), store.imports()), store.storage(), () -> { }, refresh);
    }

    private static Started publish(DataSource source, ReferenceGraphs target, ImportRepository imports) {
        String build = Crosswalk.build();
        List<ImportedSource> stored = imports.list(ImportScope.PUBLIC);
        // the inferences compiled into the jar first (packaged data alone), then the store's (packaged data and its imports)
        ReferenceModel model = ReferencePipeline.of(source).including(ImportedGraphs.of(stored))
                .reusing(CompiledInferences.packaged().orElse(target), build).run();
        Crosswalk core = Crosswalk.of(model, source, publication(model, target, build));
        return new Started(CurrentCrosswalk.of(core, source, next -> publication(next, target, build)), stored);
    }

    private static Crosswalk.Publication publication(ReferenceModel model, ReferenceGraphs target, String build) {
        long t0 = System.nanoTime();
        boolean written = target.publish(model, new PublicationStamp(model.contentHash(), build));
        return new Crosswalk.Publication(written, (System.nanoTime() - t0) / 1_000_000);
    }

    /** The core answering now (an import replaces it). */
    public Crosswalk core() {
        return current.get();
    }

    /** The holder of the current core, which the server's requests read. */
    public CurrentCrosswalk current() {
        return current;
    }

    /** Imports of frameworks and mapping sets into this deployment's store and reference data. */
    public ImportService imports() {
        return imports;
    }

    public Storage storage() {
        return storage;
    }

    @Override
    public void close() {
        if (refresher != null) refresher.shutdownNow();
        try {
            store.close();
        } catch (Exception e) {
            throw new IllegalStateException("Closing the store failed: " + e.getMessage(), e);
        }
    }
}
