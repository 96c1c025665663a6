package dev.crosswalk.server;

import dev.crosswalk.Crosswalk;
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
 * packaged data (reusing a store's validated inferences when it holds them for this content and
 * build), published to the store by the one stamp rule, and the store's ports for organisations and keys.
 */
public final class Deployment implements AutoCloseable {
    private final Crosswalk core;
    private final Storage storage;
    private final AutoCloseable store;

    private Deployment(Crosswalk core, Storage storage, AutoCloseable store) {
        this.core = core;
        this.storage = storage;
        this.store = store;
    }

    /** The packaged data with organisations and keys in the TDB2 store in {@code dir}, which receives the reference data too. */
    public static Deployment embedded(Path dir) {
        Tdb2Store store = Tdb2Store.open(dir);
        try {
            return new Deployment(publish(DataSource.classpath(), store.references()), store.storage(), store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The packaged data with organisations and keys in a transactional in-memory store (tests, demos). */
    public static Deployment inMemory() {
        return of(Crosswalk.inMemory(), Tdb2Store.inMemory());
    }

    /** An existing core with organisations and keys in {@code store} (in memory or on disk); nothing is published. */
    public static Deployment of(Crosswalk core, Tdb2Store store) {
        return new Deployment(core, store.storage(), store);
    }

    /** The packaged data validated and reasoned over here, published to a remote store that keeps organisations and keys. */
    public static Deployment remote(RemoteStore store) {
        return new Deployment(publish(DataSource.classpath(), store.references()), store.storage(), () -> { });
    }

    private static Crosswalk publish(DataSource source, ReferenceGraphs target) {
        String build = Crosswalk.build();
        ReferenceModel model = ReferencePipeline.of(source).reusing(target, build).run();
        long t0 = System.nanoTime();
        boolean written = target.publish(model, new PublicationStamp(model.contentHash(), build));
        return Crosswalk.of(model, source, new Crosswalk.Publication(written, (System.nanoTime() - t0) / 1_000_000));
    }

    public Crosswalk core() {
        return core;
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
