package dev.crosswalk.mapping;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a control bears on a requirement in a gap report: it is the requirement itself ({@link #SAME}),
 * or the {@link Relation} of the mapping evidence the coverage rule chose.
 */
public sealed interface Bearing permits Relation, Bearing.Itself {
    /** The control is the requirement: no mapping is needed. */
    Bearing SAME = Itself.SAME;

    /** The token the API and reports use, e.g. {@code same} or {@code subset-of}. */
    String label();

    /** The one bearing that is no mapping relation. */
    enum Itself implements Bearing {
        SAME;

        @Override
        @JsonValue
        public String label() {
            return "same";
        }

        @Override
        public String toString() {
            return label();
        }
    }
}
