package dev.crosswalk.gap;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The gap analysis of one organisation: per framework a score and every requirement's status and evidence. */
public record GapReport(String organisation, String name, List<FrameworkResult> frameworks, List<SystemResult> aiSystems,
                        String shapes, int validationResults) {

    public record FrameworkResult(String framework, double score, Map<String, Integer> counts, List<RequirementResult> requirements) {}

    public record RequirementResult(String provision, String title, String status, List<Coverage> coveredBy,
                                    List<String> aiSystems) {}

    /** One control of the organisation bearing on a requirement, and the mapping chain that carries it. */
    public record Coverage(String control, String controlStatus, String effect, String relation, List<Step> chain) {}

    public record Step(String from, String to, String relation, int strength, String mappingSet, String mapping) {}

    public record SystemResult(String id, String name, String role, String riskCategory, List<String> basis,
                               List<ObligationResult> obligations) {}

    public record ObligationResult(String provision, String title, LocalDate appliesFrom, boolean inForce, String status,
                                   List<Coverage> coveredBy) {}
}
