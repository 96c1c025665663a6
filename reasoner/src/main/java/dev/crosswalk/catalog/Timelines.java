package dev.crosswalk.catalog;

import dev.crosswalk.vocab.CW;
import java.util.List;

/** The two timelines by the names users pass ({@code original}, {@code amended}) and their ontology IRIs. */
public final class Timelines {
    public static final String ORIGINAL = "original";
    public static final String AMENDED = "amended";
    public static final List<String> NAMES = List.of(ORIGINAL, AMENDED);

    private Timelines() {}

    /** "original" or "amended" for a timeline IRI; the local name for any other cw: timeline; the IRI otherwise. */
    public static String name(String iri) {
        if (iri == null) return null;
        if (iri.equals(CW.OriginalTimeline.getURI())) return ORIGINAL;
        if (iri.equals(CW.Amended2026Timeline.getURI())) return AMENDED;
        return iri.startsWith(CW.NS) ? iri.substring(CW.NS.length()) : iri;
    }

    /** The IRI for a timeline name, or null when the name is not one of {@link #NAMES}. */
    public static String iri(String name) {
        if (ORIGINAL.equals(name)) return CW.OriginalTimeline.getURI();
        if (AMENDED.equals(name)) return CW.Amended2026Timeline.getURI();
        return null;
    }
}
