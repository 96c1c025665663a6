package dev.crosswalk.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One provision of a framework: identifier, official title, our paraphrase, place and source; for a
 * provision an amending act changed, its wording per timeline and the timelines on which it exists.
 */
public record Provision(String iri, String frameworkId, String notation, String title, String paraphrase,
                        String type, String parentIri, int sortKey, String source, String eli,
                        double confidence, List<String> notes, String chapter, String section,
                        String theme, String citation, String ordinal, List<Application> applications,
                        String introducedBy, String deletedBy, String amendedBy, List<String> timelines,
                        List<Wording> wordings) {

    public Provision {
        notes = List.copyOf(notes);
        applications = List.copyOf(applications);
        timelines = List.copyOf(timelines);
        wordings = List.copyOf(wordings);
    }

    /** The REST reference {@code <framework-id>:<notation>}. */
    public String ref() {
        return ProvisionRef.format(frameworkId, notation);
    }

    /** False for a provision an amending act added (on the original timeline) or deleted (on the act's timeline). */
    public boolean existsOn(String timeline) {
        return timelines.contains(timeline);
    }

    /** The wording recorded for a timeline, if the provision has one per timeline. */
    public Optional<Wording> wording(String timeline) {
        return wordings.stream().filter(w -> w.timeline().equals(timeline)).findFirst();
    }

    /**
     * The wording that was the text on {@code date} under {@code timeline}: that timeline's wording once it
     * is valid, before that the latest earlier one (the amended timeline reads the 2024 text until the
     * amending act is in force). Empty when the provision has a single text (see {@link #paraphrase()}).
     */
    public Optional<Wording> wordingOn(String timeline, LocalDate date) {
        Optional<Wording> own = wording(timeline);
        if (own.isPresent() && !date.isBefore(own.get().validFrom())) return own;
        return wording(Timelines.ORIGINAL).filter(w -> !date.isBefore(w.validFrom()));
    }
}
