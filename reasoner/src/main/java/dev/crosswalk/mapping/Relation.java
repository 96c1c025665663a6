package dev.crosswalk.mapping;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.crosswalk.vocab.CW;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The NIST IR 8477 set-theory relations, with their Crosswalk predicate, converse and coverage rank. */
public enum Relation implements Bearing {
    EQUAL("equal", "equal", 0),
    SUBSET_OF("subset-of", "subsetOf", 2),
    SUPERSET_OF("superset-of", "supersetOf", 1),
    INTERSECTS_WITH("intersects-with", "intersectsWith", 3),
    NO_RELATIONSHIP("no-relationship", "noRelationship", 4);

    /**
     * The one order of relations everywhere (explain, inferred rows, gap analysis, IMS plan): how much
     * of the other provision this one covers, read from this side. Equal and superset-of cover all of
     * it, subset-of covers a part (all of this one lies inside it), intersects-with only some overlap.
     */
    public static final Comparator<Relation> BY_COVERAGE = Comparator.comparingInt(r -> r.coverageRank);

    // read per triple when a graph is filtered, so computed once
    private static final Set<String> EDGE_PROPERTIES = Arrays.stream(values()).filter(r -> r != NO_RELATIONSHIP)
            .map(Relation::predicateIri).collect(Collectors.toUnmodifiableSet());

    private final String label;
    private final String property;
    private final int coverageRank;

    Relation(String label, String property, int coverageRank) {
        this.label = label;
        this.property = property;
        this.coverageRank = coverageRank;
    }

    /** True when this relation, read from the control's side, meets all of the requirement: equal or superset-of. */
    public boolean coversAll() {
        return this == EQUAL || this == SUPERSET_OF;
    }

    /** The token used in mapping files, the API and reports, e.g. {@code subset-of}. */
    @Override
    @JsonValue
    public String label() {
        return label;
    }

    /** The token, so text built by concatenation reads like the API (never the constant's name). */
    @Override
    public String toString() {
        return label();
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
        return p.isURI() && EDGE_PROPERTIES.contains(p.getURI());
    }

    public static Optional<Relation> fromLabel(String label) {
        return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst();
    }

    /** The relation a token names; the token comes from validated reference data, so an unknown one is a bug. */
    public static Relation of(String label) {
        return fromLabel(label).orElseThrow(() -> new IllegalStateException("Not a relation token: '" + label + "'"));
    }
}
