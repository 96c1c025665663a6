package dev.crosswalk.classify;

import java.time.LocalDate;
import java.util.List;

/**
 * The classifier's answer: risk category, transparency duties, what decides it, obligations, and the steps.
 * {@code effectiveRole} is the role whose obligations are listed (Art. 25 may make a third party the provider,
 * or answer for the initial provider); {@code owedByInitialProvider} is what the provider that first placed
 * the system on the market still owes a new provider (Art. 25(2)); {@code informationToDemand} is what a
 * downstream provider may ask of the provider of an integrated general-purpose AI model (Art. 53(1)(b)).
 */
public record Classification(String id, String role, String effectiveRole, String riskCategory, List<String> transparency,
                             List<String> basis, List<Obligation> obligations, List<Obligation> owedByInitialProvider,
                             List<String> informationToDemand, List<String> explanation, LocalDate asOf, String timeline,
                             String timelineNote) {}
