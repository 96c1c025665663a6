package dev.crosswalk.server.store.tdb2;

import dev.crosswalk.store.Storage;
import dev.crosswalk.store.StoreUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The embedded store: one TDB2 dataset (or a transactional in-memory one) holding the published
 * reference graphs, the organisations and the API keys, each through its own adapter.
 */
public final class Tdb2Store implements AutoCloseable {
    private final DatasetGraph dsg;
    private final Path dir;

    private Tdb2Store(DatasetGraph dsg, Path dir) {
        this.dsg = dsg;
        this.dir = dir;
    }

    /**
     * Opens (creating if needed) a TDB2 store in {@code dir}; {@link StoreUnavailableException} when
     * it cannot be opened (TDB2 allows one process per store).
     */
    public static Tdb2Store open(Path dir) {
        try {
            return new Tdb2Store(TDB2Factory.connectDataset(dir.toString()).asDatasetGraph(), dir);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("Cannot open the store in " + dir + ": " + e.getMessage()
                    + " (TDB2 allows one process per store: is a server running on it?)", e);
        }
    }

    /** A transactional in-memory store, for tests. */
    public static Tdb2Store inMemory() {
        return new Tdb2Store(DatasetGraphFactory.createTxnMem(), null);
    }

    /** A store over an existing transactional dataset (tests, tools); never compacted. */
    public static Tdb2Store of(DatasetGraph dsg) {
        return new Tdb2Store(dsg, null);
    }

    /** True when {@code dir} holds a TDB2 database (opening any other directory would create one). */
    public static boolean exists(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try (var entries = Files.list(dir)) {
            return entries.anyMatch(e -> e.getFileName().toString().startsWith("Data-") && Files.isDirectory(e));
        } catch (IOException e) {
            return false;
        }
    }

    public Tdb2References references() {
        return new Tdb2References(dsg);
    }

    public Tdb2Organisations organisations() {
        return new Tdb2Organisations(dsg);
    }

    public Tdb2Keys keys() {
        return new Tdb2Keys(dsg);
    }

    public Tdb2Imports imports() {
        return new Tdb2Imports(dsg);
    }

    /** Organisations, keys and imports in this store; compaction when it is on disk. */
    public Storage storage() {
        return new Storage("tdb2", organisations(), keys(), persistent() ? Optional.of(this::compact) : Optional.empty(), imports());
    }

    /** True for a TDB2 store on disk. */
    public boolean persistent() {
        return dir != null;
    }

    /**
     * Compacts the TDB2 store online: TDB2 writes copy-on-write, so every change leaves old blocks
     * behind until a compaction copies the live data into a new generation and deletes the old one.
     * Returns the directory's apparent size before and after, in bytes (TDB2 files are sparse and
     * preallocated: {@code du} shows the disk actually freed).
     */
    public long[] compact() {
        if (dir == null) throw new UnsupportedOperationException("An in-memory store has nothing to compact");
        long before = size(dir);
        DatabaseMgr.compact(dsg, true);
        return new long[] {before, size(dir)};
    }

    private static long size(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    /** The whole dataset (reference, organisation and key graphs), for local administration such as {@code crosswalk query --data}. */
    public DatasetGraph dataset() {
        return dsg;
    }

    /**
     * Closes the dataset. For TDB2 this releases nothing: Jena keeps one database per directory
     * for the life of the JVM (commits are durable when they return) and has no public API to
     * drop it, so opening the directory again in this process finds the same database.
     */
    @Override
    public void close() {
        dsg.close();
    }
}
