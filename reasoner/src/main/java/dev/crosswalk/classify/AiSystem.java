package dev.crosswalk.classify;

import java.time.LocalDate;
import java.util.List;

/**
 * One AI system as the classifier sees it (the POST /api/v1/classify body). All fields but
 * {@code role} are optional; booleans default to false, {@code asOf} to today, {@code timeline} to amended.
 * The last six describe the value chain (Art. 25, Art. 53(1)(b)): see {@link ValueChain}.
 */
public record AiSystem(String id, String name, String role, String annexIII, Boolean annexISafetyComponent,
                       String annexISection, String prohibitedPractice, List<String> art6_3Conditions, Boolean profiling,
                       Boolean publicAuthority, Boolean publicService, Boolean interactsWithNaturalPersons,
                       Boolean generatesSyntheticContent, Boolean emotionRecognition, Boolean biometricCategorisation,
                       Boolean deepFake, Boolean generalPurposeModel, Boolean systemicRisk, String asOf,
                       String timeline, Boolean ownNameOrTrademark, Boolean substantialModification,
                       Boolean changedIntendedPurpose, Boolean excludedHighRiskUse, Boolean integratesGeneralPurposeModel,
                       Boolean openSourceLicence) {

    public static final List<String> ROLES = List.of("provider", "deployer", "importer", "distributor",
            "authorised-representative", "product-manufacturer", "supplier");

    /** The same system read on another timeline (regulatory change impact compares the two). */
    public AiSystem onTimeline(String other) {
        return new AiSystem(id, name, role, annexIII, annexISafetyComponent, annexISection, prohibitedPractice, art6_3Conditions,
                profiling, publicAuthority, publicService, interactsWithNaturalPersons, generatesSyntheticContent, emotionRecognition,
                biometricCategorisation, deepFake, generalPurposeModel, systemicRisk, asOf, other, ownNameOrTrademark,
                substantialModification, changedIntendedPurpose, excludedHighRiskUse, integratesGeneralPurposeModel, openSourceLicence);
    }

    static boolean on(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    /** The date the answer is for; {@link InvalidInputException} when not an ISO date. */
    LocalDate date(LocalDate today) {
        if (asOf == null || asOf.isBlank()) return today;
        try {
            return LocalDate.parse(asOf.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("asOf", "asOf must be an ISO date (YYYY-MM-DD), not '" + asOf + "'.");
        }
    }

    /** "A" (New Legislative Framework acts, the default) or "B" (Art. 2(2): only Art. 6(1), 102–109, 112 apply). */
    String annexISectionOrDefault() {
        if (annexISection == null || annexISection.isBlank()) return "A";
        if (!annexISection.equals("A") && !annexISection.equals("B")) {
            throw new InvalidInputException("annexISection", "annexISection must be 'A' or 'B' (Annex I Section A or B), not '" + annexISection + "'.");
        }
        if (!on(annexISafetyComponent)) {
            throw new InvalidInputException("annexISection", "annexISection needs annexISafetyComponent: true.");
        }
        return annexISection;
    }

    String timelineOrDefault() {
        if (timeline == null || timeline.isBlank()) return "amended";
        if (!timeline.equals("original") && !timeline.equals("amended")) {
            throw new InvalidInputException("timeline", "timeline must be 'original' or 'amended', not '" + timeline + "'.");
        }
        return timeline;
    }

    String requireRole() {
        if (role == null || role.isBlank()) {
            throw new InvalidInputException("role", "role is required: one of " + String.join(", ", ROLES) + ".");
        }
        if (!ROLES.contains(role)) {
            throw new InvalidInputException("role", "Unknown role '" + role + "'. Valid roles: " + String.join(", ", ROLES) + ".");
        }
        return role;
    }
}
