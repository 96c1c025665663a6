package dev.crosswalk.catalog;

import java.util.List;

/** One provision of a framework: identifier, official title, our paraphrase, place and source. */
public record Provision(String iri, String frameworkId, String notation, String title, String paraphrase,
                        String type, String parentIri, int sortKey, String source, String eli,
                        double confidence, List<String> notes, String chapter, String section,
                        String theme, String citation, String ordinal, List<Application> applications,
                        String introducedBy) {

    public Provision {
        notes = List.copyOf(notes);
        applications = List.copyOf(applications);
    }

    /** The REST reference {@code <framework-id>:<notation>}. */
    public String ref() {
        return ProvisionRef.format(frameworkId, notation);
    }
}
