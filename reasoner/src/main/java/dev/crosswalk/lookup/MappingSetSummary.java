package dev.crosswalk.lookup;

import java.util.Map;

/**
 * A loaded mapping set: metadata, row count, relation histogram, and per side how many provisions
 * it maps (any relation but no-relationship) and addresses (any row, including explicit no-relationship).
 */
public record MappingSetSummary(String id, String iri, String title, String from, String to, String file,
                                String license, String date, String description, int rows,
                                Map<String, Integer> relations, Side fromSide, Side toSide) {

    /** Coverage of one side of the pair. */
    public record Side(String framework, int provisions, int mapped, int addressed) {}
}
