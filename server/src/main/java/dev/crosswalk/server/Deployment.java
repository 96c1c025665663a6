package dev.crosswalk.server;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.CurrentCrosswalk;
import dev.crosswalk.imports.ImportRepository;
import dev.crosswalk.imports.ImportScope;
import dev.crosswalk.imports.ImportService;
import dev.crosswalk.imports.ImportedGraphs;
import dev.crosswalk.imports.ImportedSource;
import dev.crosswalk.kb.CompiledReference;
import dev.crosswalk.kb.DataSource;
import dev.crosswalk.kb.InferenceCache;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.kb.ReferencePipeline;
import dev.crosswalk.server.store.PublicationStamp;
import dev.crosswalk.server.store.ReferenceGraphs;
import dev.crosswalk.server.store.remote.RemoteStore;
import dev.crosswalk.server.store.tdb2.Tdb2Store;
import dev.crosswalk.store.Storage;
import dev.crosswalk.store.StorePublication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
    private final BackgroundPublisher background;

    private Deployment(Started started, Storage storage, AutoCloseable store, Duration refresh) {
        this(started, storage, store, refresh, null);
    }

    private Deployment(Started started, Storage storage, AutoCloseable store, Duration refresh, BackgroundPublisher background) {
        this.current = started.current();
        this.storage = storage;
        this.imports = current.imports(storage.imports(), started.builtWith());
        this.store = store;
        this.refresher = refresh == null ? null : refresher(imports, refresh);
        this.background = background;
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

    /**
     * As {@link #embedded}, for a server: the model is built as there but published to the store only after
     * {@link #serverStarted()} (once the server answers), in the background. The server answers from the model in
     * memory, never from the store's copy, which is for the next start and the offline CLI; an import's publication
     * waits behind it, and {@link #publication()} tells how it stands.
     */
    public static Deployment serving(Path dir) {
        Tdb2Store store = Tdb2Store.open(dir);
        try {
            String build = Crosswalk.build();
            BackgroundPublisher background = new BackgroundPublisher(model -> publication(model, store.references(), build));
            Started started = start(DataSource.classpath(), store.references(), store.imports(), background::publishNow, background);
            return new Deployment(started, store.storage(), store, null, background);
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
        return start(source, target, imports, model -> publication(model, target, build), null);
    }

    /**
     * The core over the packaged data and the stored public imports; every model goes to {@code publisher}, the first
     * one now or, with {@code background}, held there until the server answers.
     */
    private static Started start(DataSource source, InferenceCache cache, ImportRepository imports,
                                 Function<ReferenceModel, Crosswalk.Publication> publisher, BackgroundPublisher background) {
        String build = Crosswalk.build();
        List<ImportedSource> stored = imports.list(ImportScope.PUBLIC);
        // the packaged data alone: the model compiled into the jar; with imports: the store's inferences for them, if current
        ReferenceModel model = ReferencePipeline.of(source).including(ImportedGraphs.of(stored))
                .loadingCompiled(CompiledReference.packaged(), build).reusing(cache, build).run();
        Crosswalk core = Crosswalk.of(model, source, background == null ? publisher.apply(model) : Crosswalk.Publication.NONE);
        if (background != null) background.hold(model);
        return new Started(CurrentCrosswalk.of(core, source, publisher), stored);
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

    /**
     * The server answers: starts publishing the model of the start to the store ({@link #serving}) and building the
     * analyses a lookup does not need ({@link Crosswalk#prepare}), both in the background.
     */
    public void serverStarted() {
        if (background != null) background.start();
        Crosswalk core = core();
        Thread prepare = new Thread(() -> {
            try {
                core.prepare();
            } catch (RuntimeException e) {
                LOG.warn("Building the analyses failed; each request that needs them tries again: " + e.getMessage(), e);
            }
        }, "crosswalk-prepare");
        prepare.setDaemon(true);
        prepare.start();
    }

    /** How publishing to the store stands when it runs in the background ({@link #serving}); null when it ran at start. */
    public StorePublication publication() {
        return background;
    }

    /** Waits at most {@code limit} for the background publications; true when none is held or under way. */
    public boolean awaitPublication(Duration limit) throws InterruptedException {
        return background == null || background.await(limit);
    }

    @Override
    public void close() {
        if (refresher != null) refresher.shutdownNow();
        if (background != null) background.close();
        try {
            store.close();
        } catch (Exception e) {
            throw new IllegalStateException("Closing the store failed: " + e.getMessage(), e);
        }
    }
}
