package dev.crosswalk.mapping;

import java.util.Map;

/** One data row of an SSSOM TSV file, as written (values are checked later by SHACL), with its line. */
public record MappingRow(int line, Map<String, String> cells) {

    /** The cell, or null when empty or absent. */
    public String get(String column) {
        String v = cells.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
