package dev.crosswalk.classify;

import java.time.LocalDate;
import java.util.List;

/** The classifier's answer: risk category, transparency duties, what decides it, obligations, and the steps. */
public record Classification(String id, String role, String riskCategory, List<String> transparency, List<String> basis,
                             List<Obligation> obligations, List<String> explanation, LocalDate asOf, String timeline,
                             String timelineNote) {}
