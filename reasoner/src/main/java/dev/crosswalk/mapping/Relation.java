package dev.crosswalk.mapping;

import dev.crosswalk.vocab.CW;
import java.util.Arrays;
import java.util.Optional;

/** The NIST IR 8477 set-theory relations, with their Crosswalk predicate and converse. */
public enum Relation {
    EQUAL("equal", "equal"),
    SUBSET_OF("subset-of", "subsetOf"),
    SUPERSET_OF("superset-of", "supersetOf"),
    INTERSECTS_WITH("intersects-with", "intersectsWith"),
    NO_RELATIONSHIP("no-relationship", "noRelationship");

    private final String label;
    private final String property;

    Relation(String label, String property) {
        this.label = label;
        this.property = property;
    }

    /** The token used in mapping files and the API, e.g. {@code subset-of}. */
    public String label() {
        return label;
    }

    /** The edge property IRI, e.g. {@code cw:subsetOf}. */
    public String predicateIri() {
        return CW.NS + property;
    }

    /** The relation read from the other side: subset-of ↔ superset-of, the rest symmetric. */
    public Relation converse() {
        return switch (this) {
            case SUBSET_OF -> SUPERSET_OF;
            case SUPERSET_OF -> SUBSET_OF;
            default -> this;
        };
    }

    /** True for the direct-edge properties that carry coverage (every relation but no-relationship). */
    public static boolean isEdgeProperty(org.apache.jena.graph.Node p) {
        return p.isURI() && Arrays.stream(values()).anyMatch(r -> r != NO_RELATIONSHIP && r.predicateIri().equals(p.getURI()));
    }

    public static Optional<Relation> fromLabel(String label) {
        return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst();
    }
}
