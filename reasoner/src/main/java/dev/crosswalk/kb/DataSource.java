package dev.crosswalk.kb;

import java.util.List;

/**
 * Where the reference data (ontology, catalogs, shapes, mappings, queries, rules) is read from:
 * the classpath in production, a directory for fixtures and curators' checks.
 */
public interface DataSource {

    /** Paths (relative to the data root, '/'-separated, sorted) of the files in {@code folder} ending in {@code suffix}. */
    List<String> list(String folder, String suffix);

    /** The bytes of one file; {@link MissingDataException} when it does not exist. */
    byte[] read(String path);

    /** A human-readable name of the root, for messages. */
    String describe();

    /** The packaged data under {@code crosswalk/} on the classpath. */
    static DataSource classpath() {
        return ClasspathSource.create();
    }

    /** A directory laid out like the packaged data (ontology/, mappings/, queries/, rules/). */
    static DataSource directory(java.nio.file.Path root) {
        return new DirectorySource(root);
    }
}
