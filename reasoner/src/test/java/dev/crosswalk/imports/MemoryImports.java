package dev.crosswalk.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The import port in memory, for tests of the service: what it stores is what the assertions read. */
final class MemoryImports implements ImportRepository {
    final Map<ImportScope, List<ImportedSource>> stored = new LinkedHashMap<>();

    @Override
    public List<ImportedSource> list(ImportScope scope) {
        return List.copyOf(stored.getOrDefault(scope, List.of()));
    }

    @Override
    public List<String> organisations() {
        return stored.keySet().stream().filter(s -> !s.isPublic()).map(ImportScope::organisation).toList();
    }

    @Override
    public void add(ImportScope scope, ImportedSource source) {
        stored.computeIfAbsent(scope, k -> new ArrayList<>()).add(source);
    }

    @Override
    public boolean remove(ImportScope scope, ImportKind kind, String id) {
        List<ImportedSource> list = stored.getOrDefault(scope, new ArrayList<>());
        return list.removeIf(s -> s.kind() == kind && s.id().equals(id));
    }
}
