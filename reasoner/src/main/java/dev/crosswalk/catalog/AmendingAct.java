package dev.crosswalk.catalog;

import java.time.LocalDate;
import java.util.List;

/** An act amending a catalogued framework, with its dates, source and standing (how far it is established). */
public record AmendingAct(String iri, String identifier, String title, String timeline, LocalDate adopted,
                          LocalDate publishedInOj, LocalDate entryIntoForce, String source, String standing,
                          double confidence, List<String> secondarySources, List<String> notes) {

    public AmendingAct {
        secondarySources = List.copyOf(secondarySources);
        notes = List.copyOf(notes);
    }

    /** One line for answers that rely on the act: identifier, title, entry into force, standing and confidence. */
    public String summary() {
        return identifier + " (" + title + ", in force " + entryIntoForce + "): " + standing + ", confidence " + confidence;
    }
}
