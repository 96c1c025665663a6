package dev.crosswalk.imports;

import java.util.List;

/** Port: where imported frameworks and mapping sets are stored (the embedded TDB2 store or a remote SPARQL store). */
public interface ImportRepository {

    /** The imports of one scope, in the order they were imported. */
    List<ImportedSource> list(ImportScope scope);

    /** The organisations that hold private imports (for checks across scopes). */
    List<String> organisations();

    /** Stores one import, in one write. */
    void add(ImportScope scope, ImportedSource source);

    /** Removes one import in one write; false when there was none. */
    boolean remove(ImportScope scope, ImportKind kind, String id);
}
