package dev.crosswalk.gap;

import com.fasterxml.jackson.annotation.JsonValue;

/** How far a control is implemented: as the profile declares it, or as the gap analysis derives it through mappings. */
public enum SoaStatus {
    EXCLUDED("excluded"),
    IMPLEMENTED("implemented"),
    PARTIAL("partial"),
    PLANNED("planned"),
    IMPLEMENTED_VIA_MAPPING("implemented-via-mapping"),
    PARTIAL_VIA_MAPPING("partial-via-mapping"),
    NOT_IMPLEMENTED("not-implemented");

    private final String label;

    SoaStatus(String label) {
        this.label = label;
    }

    /** The token the API and reports use, e.g. {@code implemented-via-mapping}. */
    @JsonValue
    public String label() {
        return label;
    }

    /** The token, so text built by concatenation reads like the API (never the constant's name). */
    @Override
    public String toString() {
        return label();
    }

    /** A status the profile declares (validated by profile.shacl.ttl): implemented, partial or planned. */
    static SoaStatus declared(String status) {
        return switch (status) {
            case "implemented" -> IMPLEMENTED;
            case "partial" -> PARTIAL;
            case "planned" -> PLANNED;
            default -> throw new IllegalStateException("Not a declared status of an applicable control: '" + status + "'");
        };
    }

    /** What the gap status of a control the profile does not declare makes it. */
    static SoaStatus derived(GapStatus coverage) {
        return switch (coverage) {
            case COVERED -> IMPLEMENTED_VIA_MAPPING;
            case PARTIAL -> PARTIAL_VIA_MAPPING;
            default -> NOT_IMPLEMENTED;
        };
    }
}
