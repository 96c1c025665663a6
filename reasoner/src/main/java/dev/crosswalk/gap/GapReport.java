package dev.crosswalk.gap;

import dev.crosswalk.mapping.Bearing;
import dev.crosswalk.mapping.Effect;
import dev.crosswalk.mapping.Relation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The gap analysis of one organisation: per framework a score and every requirement's status and evidence. */
public record GapReport(String organisation, String name, List<FrameworkResult> frameworks, List<SystemResult> aiSystems,
                        String shapes, int validationResults) {

    /** {@code note}: what to know before relying on the framework (superseded, not yet effective, structure missing); null when nothing. */
    public record FrameworkResult(String framework, double score, Map<String, Integer> counts, List<RequirementResult> requirements,
                                  String note) {}

    public record RequirementResult(String provision, String title, GapStatus status, List<Coverage> coveredBy,
                                    List<String> aiSystems) {}

    /**
     * One control of the organisation bearing on a requirement and what it does for it ({@code effect}:
     * covers, partial, planned, not-applicable, or related — evidence that does not count under the
     * coverage rule, with the reason in {@code note}); how it bears on it ({@code same} when the control
     * is the requirement, else the relation) and the mapping rows or chain the rule chose; {@code certifiedBy}
     * names the certified management system when the control is one of its clauses, and {@code evidence}
     * is the control's evidence (the certificate for such a clause).
     */
    public record Coverage(String control, String controlStatus, Effect effect, Bearing relation, List<Step> chain,
                           String certifiedBy, List<String> evidence, String note) {}

    public record Step(String from, String to, Relation relation, int strength, String mappingSet, String mapping) {}

    /** One AI system: its role, the role whose obligations are listed (Art. 25 may make it the provider) and those obligations. */
    public record SystemResult(String id, String name, String role, String effectiveRole, String riskCategory, List<String> basis,
                               List<ObligationResult> obligations) {}

    public record ObligationResult(String provision, String title, LocalDate appliesFrom, boolean inForce, GapStatus status,
                                   List<Coverage> coveredBy) {}
}
