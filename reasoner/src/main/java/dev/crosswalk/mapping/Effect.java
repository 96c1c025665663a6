package dev.crosswalk.mapping;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.crosswalk.vocab.CW;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What a control does for a requirement (docs/coverage-rule.md). The coverage rule's verdict on
 * mapping evidence is {@link #COVERS}, {@link #PARTIAL} or {@link #RELATED}; a gap shape's result
 * may also mean {@link #NOT_APPLICABLE}, {@link #PLANNED} or {@link #GAP} (each shape names its
 * effect in ontology/shapes/gaps.shacl.ttl with {@code cw:gapEffect}, one of the {@code cw:GapEffect}
 * individuals); explain says {@link #NONE} when no evidence connects two provisions. Declared in the
 * order a report lists the controls of one requirement.
 */
public enum Effect {
    NOT_APPLICABLE("not-applicable", "EffectNotApplicable"),
    COVERS("covers", "EffectCovers"),
    PARTIAL("partial", "EffectPartial"),
    PLANNED("planned", "EffectPlanned"),
    RELATED("related", "EffectRelated"),
    GAP("gap", "EffectGap"),
    NONE("none", null);

    private final String label;
    private final String individual;

    Effect(String label, String individual) {
        this.label = label;
        this.individual = individual;
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

    /** The {@code cw:GapEffect} individual a gap shape names for this effect, e.g. {@code cw:EffectCovers}; null for none. */
    public String iri() {
        return individual == null ? null : CW.NS + individual;
    }

    /** The effect a {@code cw:GapEffect} individual stands for. */
    public static Optional<Effect> fromIri(String iri) {
        return Arrays.stream(values()).filter(e -> e.individual != null && Objects.equals(e.iri(), iri)).findFirst();
    }
}
