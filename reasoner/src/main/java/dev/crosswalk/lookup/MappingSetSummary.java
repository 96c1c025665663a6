package dev.crosswalk.lookup;

import dev.crosswalk.catalog.Imported;
import java.util.Map;

/**
 * A loaded mapping set: metadata, row count, relation histogram, and per side how many provisions
 * it maps (any relation but no-relationship) and addresses (any row, including explicit no-relationship);
 * who imported it, when and from which file (null for the packaged sets).
 */
public record MappingSetSummary(String id, String iri, String title, String from, String to, String file,
                                String license, String date, String description, int rows,
                                Map<String, Integer> relations, Side fromSide, Side toSide, Imported imported) {

    /** Coverage of one side of the pair. */
    public record Side(String framework, int provisions, int mapped, int addressed) {}
}
