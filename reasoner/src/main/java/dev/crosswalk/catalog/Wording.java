package dev.crosswalk.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * The text of a provision on one timeline: our paraphrase of it, the date it became the text, the act
 * that made it so (null for the original text), its source and how sure we are of it.
 */
public record Wording(String timeline, LocalDate validFrom, String paraphrase, String amendingAct, String source,
                      double confidence, List<String> notes) {

    public Wording {
        notes = List.copyOf(notes);
    }
}
