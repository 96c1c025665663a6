package dev.crosswalk.profile;

import dev.crosswalk.classify.AiSystem;
import java.util.List;

/** An organisation as the analyses see it (docs/organisation-profile.md): who, which systems, which controls. */
public record OrganisationProfile(Organisation organisation, List<ManagementSystem> managementSystems, Scope scope,
                                  List<AiSystem> aiSystems, List<ControlStatus> controls) {

    public OrganisationProfile {
        managementSystems = managementSystems == null ? List.of() : List.copyOf(managementSystems);
        aiSystems = aiSystems == null ? List.of() : List.copyOf(aiSystems);
        controls = controls == null ? List.of() : List.copyOf(controls);
        scope = scope == null ? new Scope(List.of()) : scope;
    }

    public record Organisation(String id, String name, String sector, List<String> jurisdictions, Boolean publicBody) {}

    /**
     * A management system the organisation runs; {@code certified} means the standard's clauses 4–10
     * are in place (docs/coverage-rule.md), {@code certificate} names the certificate (optional).
     */
    public record ManagementSystem(String standard, Boolean certified, String certificate) {
        public boolean isCertified() {
            return Boolean.TRUE.equals(certified);
        }
    }

    public record Scope(List<String> frameworks) {
        public Scope {
            frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
        }
    }

    public record ControlStatus(String provision, String status, String justification, List<String> evidence) {
        public ControlStatus {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    public boolean inScope(String framework) {
        return scope.frameworks().contains(framework);
    }

    /** UK financial services: the FCA/PRA expectations apply. */
    public boolean ukFinancialServices() {
        return organisation != null && organisation.jurisdictions() != null && organisation.jurisdictions().contains("UK")
                && "financial-services".equals(organisation.sector());
    }
}
