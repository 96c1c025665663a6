package dev.crosswalk.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * A framework's status as data: in-force, superseded (by {@code supersededBy}, a framework id, from
 * {@code effectiveUntil}) or issued and not yet effective (from {@code effectiveFrom}), with the
 * catalog's notes on it.
 */
public record Lifecycle(String status, LocalDate effectiveFrom, LocalDate effectiveUntil, String supersededBy,
                        List<String> notes) {
    public static final String IN_FORCE = "in-force";
    public static final String SUPERSEDED = "superseded";
    public static final String ISSUED = "issued";

    /** What a reader of an analysis must know before relying on the framework, or null when it is simply in force. */
    public String warning(String frameworkId) {
        if (SUPERSEDED.equals(status)) {
            return frameworkId + " is superseded" + (effectiveUntil == null ? "" : " since " + effectiveUntil)
                    + (supersededBy == null ? "" : " by " + supersededBy)
                    + ": it is shown for reference and legacy models; assess against the current guidance as well.";
        }
        if (ISSUED.equals(status)) {
            return frameworkId + " is issued but not yet effective: it applies from " + effectiveFrom + ".";
        }
        return null;
    }
}
