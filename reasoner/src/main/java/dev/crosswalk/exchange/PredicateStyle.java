package dev.crosswalk.exchange;

import dev.crosswalk.mapping.Relation;

/**
 * Which predicate_id an SSSOM export writes: Crosswalk's own IR 8477 predicates (as the packaged sets, so the file
 * imports back unchanged), or SKOS mapping properties for consumers that only know SKOS (docs/exchange-formats.md).
 */
public enum PredicateStyle {
    CROSSWALK, SKOS;

    static final String SKOS_NS = "http://www.w3.org/2004/02/skos/core#";

    /** The predicate CURIE for a relation. */
    String predicate(Relation r) {
        if (this == CROSSWALK) return "cw:" + r.predicateIri().substring(dev.crosswalk.vocab.CW.NS.length());
        return switch (r) {
            case EQUAL -> "skos:exactMatch";
            case SUBSET_OF -> "skos:broadMatch";       // the object is broader: it asks more than the subject
            case SUPERSET_OF -> "skos:narrowMatch";
            case INTERSECTS_WITH, NO_RELATIONSHIP -> "skos:relatedMatch";
        };
    }

    /** SSSOM's predicate_modifier: "Not" negates the predicate, which is how SKOS says no-relationship. */
    String modifier(Relation r) {
        return this == SKOS && r == Relation.NO_RELATIONSHIP ? "Not" : null;
    }

    /** Parses {@code crosswalk} or {@code skos}; {@link InvalidExportException} names both. */
    public static PredicateStyle parse(String name) {
        if (name == null || name.isBlank() || name.trim().equals("crosswalk")) return CROSSWALK;
        if (name.trim().equals("skos")) return SKOS;
        throw new InvalidExportException("predicates must be crosswalk or skos, not '" + name + "'.");
    }
}
