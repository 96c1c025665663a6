package dev.crosswalk.lookup;

import dev.crosswalk.catalog.Wording;
import java.time.LocalDate;

/** Which wording of a provision a mapping row reads: the timeline, and that wording's start and paraphrase. */
public record Reading(String timeline, LocalDate validFrom, String paraphrase) {

    static Reading of(String timeline, Wording w) {
        return w == null ? new Reading(timeline, null, null) : new Reading(timeline, w.validFrom(), w.paraphrase());
    }
}
