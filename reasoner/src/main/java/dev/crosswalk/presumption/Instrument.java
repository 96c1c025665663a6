package dev.crosswalk.presumption;

import java.time.LocalDate;
import java.util.List;

/** An instrument and its legal standing: whether its OJ reference exists, what basis and content it has. */
public record Instrument(String id, String iri, String title, String kind, boolean cited, String citation,
                         String basis, String basisProvision, String content, String canBeCitedAs,
                         List<String> declaredScope, String standingNote, LocalDate asOf, double confidence,
                         List<String> notes) {}
