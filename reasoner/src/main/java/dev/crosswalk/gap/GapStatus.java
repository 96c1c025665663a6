package dev.crosswalk.gap;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.crosswalk.mapping.Effect;
import java.util.Set;

/** A requirement's status in a gap analysis (docs/coverage-rule.md §4), in the order a report counts them. */
public enum GapStatus {
    COVERED("covered"),
    PARTIAL("partial"),
    GAP("gap"),
    NOT_APPLICABLE("not-applicable"),
    /** An AI system's obligation outside the frameworks in scope: no requirement row assesses it. */
    NOT_ASSESSED("not-assessed");

    private final String label;

    GapStatus(String label) {
        this.label = label;
    }

    /** The token the API and reports use, e.g. {@code not-applicable}. */
    @JsonValue
    public String label() {
        return label;
    }

    /** The token, so text built by concatenation reads like the API (never the constant's name). */
    @Override
    public String toString() {
        return label();
    }

    /** What the effects of a requirement's gap-shape results make it: not-applicable > covered > partial > gap. */
    static GapStatus of(Set<Effect> effects) {
        if (effects.contains(Effect.NOT_APPLICABLE)) return NOT_APPLICABLE;
        if (effects.contains(Effect.COVERS)) return COVERED;
        if (effects.contains(Effect.PARTIAL)) return PARTIAL;
        return GAP;
    }
}
