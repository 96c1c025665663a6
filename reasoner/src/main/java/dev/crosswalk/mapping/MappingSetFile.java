package dev.crosswalk.mapping;

import java.util.List;
import java.util.Map;

/** A parsed SSSOM TSV mapping set: its YAML header metadata and its rows. */
public record MappingSetFile(String path, String name, Map<String, Object> header, Map<String, String> curieMap,
                             List<MappingRow> rows) {

    /** Expands a CURIE with the set's curie_map; null when the prefix is not declared. */
    public String expand(String curie) {
        if (curie == null) return null;
        if (curie.startsWith("http://") || curie.startsWith("https://")) return curie;
        int colon = curie.indexOf(':');
        if (colon <= 0) return null;
        String ns = curieMap.get(curie.substring(0, colon));
        return ns == null ? null : ns + curie.substring(colon + 1);
    }

    public String headerString(String key) {
        Object v = header.get(key);
        return v == null ? null : v.toString().trim();
    }
}
