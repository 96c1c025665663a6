package dev.crosswalk.classify;

import static dev.crosswalk.classify.AiSystem.on;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import java.util.ArrayList;
import java.util.List;

/** Which articles bind which operator, as the Regulation assigns them. */
final class RoleDuties {
    private final Catalog catalog;
    private final ObligationList out;
    private final List<String> steps;

    RoleDuties(Catalog catalog, ObligationList out, List<String> steps) {
        this.catalog = catalog;
        this.out = out;
        this.steps = steps;
    }

    void highRisk(String role, String route, boolean annexI, Provision annexPoint, AiSystem s) {
        boolean area2 = annexPoint != null && (annexPoint.ordinal().equals("2") || annexPoint.ordinal().startsWith("2("));
        switch (role) {
            case "provider" -> provider(route, annexPoint, area2, "");
            case "product-manufacturer" -> {
                if (annexI) {
                    steps.add("Art. 25(3): the manufacturer of an Annex I product whose safety component is the system counts as its provider.");
                    provider(route, annexPoint, area2, "Art. 25(3) makes the product manufacturer the provider; ");
                } else {
                    steps.add("Art. 25(3) makes a product manufacturer the provider only for Annex I safety components: no provider duty follows here.");
                }
            }
            case "deployer" -> deployer(route, annexPoint, area2, s);
            case "importer" -> out.add("Art. 23", "Art. 23: before placing the system on the market, verify conformity assessment, documentation, CE marking and the authorised representative; keep records; cooperate.", route, null);
            case "distributor" -> out.add("Art. 24", "Art. 24: before making the system available, verify CE marking, declaration of conformity and instructions; do not supply a non-conforming system.", route, null);
            case "authorised-representative" -> out.add("Art. 22", "Art. 22: carry out the tasks in the provider's mandate (documentation, cooperation, registration).", route, null);
            default -> throw new IllegalStateException(role);
        }
        steps.add("Art. 25: an importer, distributor or deployer that puts its name on the system, modifies it substantially or changes its intended purpose becomes its provider.");
    }

    /** The provider duties (Art. 16 and what it points to); {@code via} says what made the requester the provider. */
    void provider(String route, Provision annexPoint, String via) {
        provider(route, annexPoint, annexPoint != null && (annexPoint.ordinal().equals("2") || annexPoint.ordinal().startsWith("2(")), via);
    }

    private void provider(String route, Provision annexPoint, boolean area2, String via) {
        out.add("Art. 16", via + "Art. 16 lists the duties of providers of high-risk AI systems.", route, null);
        for (int n = 8; n <= 15; n++) {
            Provision req = catalog.require("eu-ai-act:Art. " + n);
            out.add(req, via + "Art. 16(a): the system must meet the Section 2 requirement '" + req.title() + "'.", route, null);
        }
        out.add("Art. 16(b)", via + "Art. 16(b): indicate name, trade name and contact address.", route, null);
        out.add("Art. 17", via + "Art. 16(c): have a quality management system.", route, null);
        out.add("Art. 18", via + "Art. 16(d): keep the documentation for ten years.", route, null);
        out.add("Art. 19", via + "Art. 16(e): keep the automatically generated logs under its control.", route, null);
        out.add("Art. 43", via + "Art. 16(f): have the conformity assessment carried out before placing on the market.", route, null);
        out.add("Art. 47", via + "Art. 16(g): draw up the EU declaration of conformity.", route, null);
        out.add("Art. 48", via + "Art. 16(h): affix the CE marking.", route, null);
        if (annexPoint != null) {
            out.add("Art. 49", via + "Art. 16(i) and Art. 49(1): register provider and system in the EU database before placing on the market.",
                    route, area2 ? "Annex III point 2 (critical infrastructure) systems are registered at national level instead (Art. 49(5))." : null);
        }
        out.add("Art. 20", via + "Art. 16(j): take corrective action and inform when the system does not conform.", route, null);
        out.add("Art. 21", via + "Art. 16(k): demonstrate conformity on a competent authority's request.", route, null);
        out.add("Art. 16(l)", via + "Art. 16(l): meet the accessibility requirements of Directives (EU) 2016/2102 and 2019/882.", route, null);
        out.add("Art. 72", via + "Art. 72: run post-market monitoring proportionate to the risks.", route, null);
        out.add("Art. 73", via + "Art. 73: report serious incidents to the market surveillance authorities.", route, null);
        out.add("Art. 22", via + "Art. 22: appoint an authorised representative in the Union.", route,
                "Only for providers established in a third country.");
    }

    private void deployer(String route, Provision annexPoint, boolean area2, AiSystem s) {
        out.add("Art. 26(1)", "Art. 26(1): use the system according to its instructions for use.", route, null);
        out.add("Art. 26(2)", "Art. 26(2): assign human oversight to competent, trained people with authority.", route, null);
        out.add("Art. 26(4)", "Art. 26(4): keep input data relevant and representative.", route, "Only to the extent the deployer controls the input data.");
        out.add("Art. 26(5)", "Art. 26(5): monitor operation and inform the provider and authorities of risks and serious incidents.", route, null);
        out.add("Art. 26(6)", "Art. 26(6): keep the logs under its control for at least six months.", route, null);
        out.add("Art. 26(7)", "Art. 26(7): inform workers' representatives and affected workers before use at the workplace.", route,
                "Only for deployers who are employers using the system at the workplace.");
        if (on(s.publicAuthority())) {
            out.add("Art. 26(8)", "Art. 26(8): as a public authority, meet the registration duties of Art. 49 and use only registered systems.", route, null);
        }
        out.add("Art. 26(9)", "Art. 26(9): use the provider's Art. 13 information for the data protection impact assessment.", route,
                "Where a DPIA is required (GDPR Art. 35 or LED Art. 27).");
        if (annexPoint != null && annexPoint.ordinal().startsWith("1")) {
            out.add("Art. 26(10)", "Art. 26(10): post-remote biometric identification in criminal investigations needs prior authorisation.", route,
                    "Only for post-remote biometric identification used for law enforcement.");
        }
        if (annexPoint != null) {
            out.add("Art. 26(11)", "Art. 26(11): tell natural persons that a high-risk Annex III system is used in decisions about them.", route,
                    "Where the system makes or assists decisions about natural persons.");
        }
        out.add("Art. 26(12)", "Art. 26(12): cooperate with the competent authorities.", route, null);
        fundamentalRightsImpactAssessment(route, annexPoint, area2, s);
        if (annexPoint != null && !area2 && on(s.publicAuthority())) {
            out.add("Art. 49", "Art. 49(3): a public-authority deployer registers itself and the use of the system in the EU database.", route, null);
        }
        if (annexPoint != null && !area2) {
            out.add("Art. 86", "Art. 86: affected persons may obtain from the deployer an explanation of decisions with legal or similarly significant effects.", route, null);
        }
    }

    /** Art. 27(1) exactly as its scope reads. */
    private void fundamentalRightsImpactAssessment(String route, Provision annexPoint, boolean area2, AiSystem s) {
        if (annexPoint == null) {
            steps.add("Art. 27 does not apply: it concerns high-risk systems under Art. 6(2) (Annex III), not Annex I products.");
            return;
        }
        if (area2) {
            steps.add("Art. 27 does not apply: Annex III point 2 (critical infrastructure) is excluded from the fundamental rights impact assessment.");
            return;
        }
        List<String> why = new ArrayList<>();
        if (on(s.publicAuthority())) why.add("the deployer is a body governed by public law");
        if (on(s.publicService())) why.add("the deployer is a private entity providing public services");
        if (annexPoint.ordinal().equals("5(b)") || annexPoint.ordinal().equals("5(c)")) {
            why.add("the system is used under Annex III point " + annexPoint.ordinal());
        }
        if (why.isEmpty()) {
            steps.add("Art. 27 does not apply: the deployer is neither a body governed by public law nor a private entity providing public services, "
                    + "and the system is not under Annex III point 5(b) or 5(c).");
            return;
        }
        out.add("Art. 27", "Art. 27(1): assess the impact on fundamental rights before first use, because " + String.join(" and ", why) + ".", route, null);
    }

    void derogation(String role) {
        if (role.equals("provider")) {
            out.add("Art. 6(4)", "Art. 6(4): document the assessment that the system is not high-risk before placing it on the market, and provide it on request.",
                    "AnnexIIIRoute", null);
            out.add("Art. 49", "Art. 6(4) and Art. 49(2): register provider and system in the EU database although it is not considered high-risk.",
                    "AnnexIIIRoute", null);
        } else {
            steps.add("The Art. 6(3) derogation is the provider's documented assessment (Art. 6(4)); as " + role
                    + " no high-risk duty applies while that assessment stands.");
        }
    }

    /** Art. 50 per paragraph; returns the paragraphs that apply. */
    List<String> transparency(String role, AiSystem s) {
        List<String> applies = new ArrayList<>();
        boolean provider = role.equals("provider");
        boolean deployer = role.equals("deployer");
        if (provider && on(s.interactsWithNaturalPersons())) {
            applies.add(add50("Art. 50(1)", "Art. 50(1): design the system so people know they are interacting with an AI system, unless obvious."));
        }
        if (provider && on(s.generatesSyntheticContent())) {
            applies.add(add50("Art. 50(2)", "Art. 50(2): mark synthetic audio, image, video or text output as machine-readable and detectable."));
        }
        if (deployer && (on(s.emotionRecognition()) || on(s.biometricCategorisation()))) {
            applies.add(add50("Art. 50(3)", "Art. 50(3): inform people exposed to emotion recognition or biometric categorisation."));
        }
        if (deployer && on(s.deepFake())) {
            applies.add(add50("Art. 50(4)", "Art. 50(4): disclose that deep-fake content is artificially generated or manipulated."));
        }
        if (!applies.isEmpty()) {
            out.add("Art. 50(5)", "Art. 50(5): give that information clearly at the latest at first interaction or exposure.", null, null);
            steps.add("Art. 50: " + String.join(", ", applies) + " apply to this " + role + ".");
        } else if (on(s.interactsWithNaturalPersons()) || on(s.generatesSyntheticContent()) || on(s.emotionRecognition())
                || on(s.biometricCategorisation()) || on(s.deepFake())) {
            steps.add("Art. 50: the transparency features given bind " + (deployer ? "the provider" : "the deployer")
                    + " (Art. 50(1)–(2) providers, 50(3)–(4) deployers), not a " + role + ".");
        }
        return applies;
    }

    private String add50(String notation, String because) {
        out.add(notation, because, null, null);
        return catalog.require("eu-ai-act:" + notation).ref();
    }

    void literacy(String role, boolean annexI) {
        if (role.equals("provider") || role.equals("deployer") || (role.equals("product-manufacturer") && annexI)) {
            out.add("Art. 4", "Art. 4: providers and deployers of any AI system take AI-literacy measures for their staff and others operating AI on their behalf.", null, null);
        } else {
            steps.add("Art. 4 (AI literacy) addresses providers and deployers; it names no duty for a " + role + ".");
        }
    }

    void generalPurpose(String role, AiSystem s) {
        if (on(s.systemicRisk()) && !on(s.generalPurposeModel())) {
            throw new InvalidInputException("systemicRisk", "systemicRisk applies to general-purpose AI models: set generalPurposeModel to true.");
        }
        if (!on(s.generalPurposeModel())) return;
        if (!role.equals("provider")) {
            steps.add("Art. 53–55 bind the provider of the general-purpose AI model, not a " + role + ".");
            return;
        }
        out.add("Art. 53", "Art. 53: document the model, inform downstream providers, respect copyright and publish a training-content summary.", null, null);
        out.add("Art. 54", "Art. 54: appoint an authorised representative in the Union.", null, "Only for providers established in a third country.");
        if (on(s.systemicRisk())) {
            out.add("Art. 52", "Art. 52(1): notify the Commission when the model meets the systemic-risk threshold.", null, null);
            out.add("Art. 55", "Art. 55: evaluate and mitigate systemic risks, report serious incidents, ensure cybersecurity.", null, null);
        }
        steps.add("Chapter V: general-purpose AI model duties (Art. 53" + (on(s.systemicRisk()) ? ", 52 and 55" : "") + ") apply to its provider.");
    }
}
