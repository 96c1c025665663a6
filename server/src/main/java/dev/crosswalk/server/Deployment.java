package dev.crosswalk.server;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.CurrentCrosswalk;
import dev.crosswalk.imports.ImportRepository;
import dev.crosswalk.imports.ImportScope;
import dev.crosswalk.imports.ImportService;
import dev.crosswalk.imports.ImportedGraphs;
import dev.crosswalk.kb.DataSource;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.kb.ReferencePipeline;
import dev.crosswalk.server.store.PublicationStamp;
import dev.crosswalk.server.store.ReferenceGraphs;
import dev.crosswalk.server.store.remote.RemoteStore;
import dev.crosswalk.server.store.tdb2.Tdb2Store;
import dev.crosswalk.store.Storage;
import java.nio.file.Path;

/**
 * The composition root's wiring of one running service: the reference model built from the
 * packaged data and the store's public imports (reusing a store's validated inferences when it holds
 * them for this content and build), published to the store by the one stamp rule; the store's ports
 * for organisations, keys and imports; and the current core, which an import replaces (publishing the
 * new model the same way).
 */
public final class Deployment implements AutoCloseable {
    private final CurrentCrosswalk current;
    private final Storage storage;
    private final ImportService imports;
    private final AutoCloseable store;

    private Deployment(CurrentCrosswalk current, Storage storage, AutoCloseable store) {
        this.current = current;
        this.storage = storage;
        this.imports = current.imports(storage.imports());
        this.store = store;
    }

    /** The packaged data and the stored imports, with everything in the TDB2 store in {@code dir}, which receives the reference data too. */
    public static Deployment embedded(Path dir) {
        Tdb2Store store = Tdb2Store.open(dir);
        try {
            return new Deployment(publish(DataSource.classpath(), store.references(), store.imports()), store.storage(), store);
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
        return new Deployment(CurrentCrosswalk.of(core), store.storage(), store);
    }

    /** The packaged data and the stored imports validated and reasoned over here, published to a remote store that keeps the rest. */
    public static Deployment remote(RemoteStore store) {
        return new Deployment(publish(DataSource.classpath(), store.references(), store.imports()), store.storage(), () -> { });
    }

    private static CurrentCrosswalk publish(DataSource source, ReferenceGraphs target, ImportRepository imports) {
        String build = Crosswalk.build();
        ReferenceModel model = ReferencePipeline.of(source).including(ImportedGraphs.of(imports.list(ImportScope.PUBLIC)))
                .reusing(target, build).run();
        Crosswalk core = Crosswalk.of(model, source, publication(model, target, build));
        return CurrentCrosswalk.of(core, source, next -> publication(next, target, build));
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
        try {
            store.close();
        } catch (Exception e) {
            throw new IllegalStateException("Closing the store failed: " + e.getMessage(), e);
        }
    }
}
