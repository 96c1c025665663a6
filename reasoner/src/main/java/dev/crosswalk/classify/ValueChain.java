package dev.crosswalk.classify;

import static dev.crosswalk.classify.AiSystem.on;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Timelines;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 25 read as the Regulation assigns roles along the value chain: which point of Art. 25(1) makes a
 * third party the provider of a high-risk system, what the initial provider still owes (Art. 25(2)),
 * the written agreement with suppliers (Art. 25(4)) and what a downstream provider may ask of the
 * provider of an integrated general-purpose AI model (Art. 53(1)(b), Annex XII).
 */
final class ValueChain {
    static final String INITIAL_PROVIDER = "initial-provider";

    /** The Art. 25(1) points whose facts the request states, in the order of the paragraph. */
    private final List<String> points = new ArrayList<>();
    private final AiSystem s;
    private final String role;

    ValueChain(AiSystem s, String role) {
        this.s = s;
        this.role = role;
        if (on(s.ownNameOrTrademark())) points.add("a");
        if (on(s.substantialModification())) points.add("b");
        if (on(s.changedIntendedPurpose())) points.add("c");
        validate();
    }

    /** Contradictions the Article's text rules out; each names the field the client must change. */
    private void validate() {
        boolean c = points.contains("c");
        if (c && (points.contains("a") || points.contains("b"))) {
            throw new InvalidInputException("changedIntendedPurpose", "changedIntendedPurpose (Art. 25(1)(c)) concerns a system that was not "
                    + "high-risk before the change, while ownNameOrTrademark and substantialModification (Art. 25(1)(a), (b)) concern one that "
                    + "already was: set only one of them.");
        }
        if (c && (s.annexIII() == null || s.annexIII().isBlank()) && !on(s.annexISafetyComponent())) {
            throw new InvalidInputException("annexIII", "changedIntendedPurpose needs annexIII naming the Annex III point the system now falls "
                    + "under (or annexISafetyComponent: true): Art. 25(1)(c) applies only when the new purpose makes it high-risk.");
        }
        if (on(s.excludedHighRiskUse()) && !c) {
            throw new InvalidInputException("excludedHighRiskUse", "excludedHighRiskUse (the initial provider said the system must not be changed "
                    + "into a high-risk one, Art. 25(2)) only matters when its intended purpose was changed: set changedIntendedPurpose: true.");
        }
        if (on(s.openSourceLicence()) && !role.equals("supplier")) {
            throw new InvalidInputException("openSourceLicence", "openSourceLicence describes what a supplier of tools or components makes public "
                    + "(Art. 25(4), second sentence): use it with role supplier.");
        }
        if (on(s.integratesGeneralPurposeModel()) && on(s.generalPurposeModel()) && role.equals("provider")) {
            throw new InvalidInputException("integratesGeneralPurposeModel", "integratesGeneralPurposeModel describes a downstream provider that "
                    + "integrates someone else's model; generalPurposeModel says you provide the model: set one of them.");
        }
    }

    boolean claimed() {
        return !points.isEmpty();
    }

    /** The Art. 25(1) points that move the provider role, given the system's classification after the change. */
    List<String> movingPoints(boolean highRisk) {
        return highRisk ? points.stream().map(p -> "Art. 25(1)(" + p + ")").toList() : List.of();
    }

    /** Why the stated facts move no role: Art. 25(1) concerns only systems that are (or become) high-risk. */
    String noMove() {
        return "Art. 25(1): " + points.stream().map(p -> "(" + p + ")").reduce((x, y) -> x + ", " + y).orElse("")
                + " concern(s) a system that is, or becomes, high-risk under Art. 6; this one is not, so no role moves"
                + (role.equals("provider") ? " and the provider stays the provider." : ".");
    }

    /** What Art. 25(1) means for the requester, the point named. */
    static String moved(String role, List<String> moving) {
        return String.join(", ", moving) + ": the " + role + " is considered the provider of this high-risk system and has the provider "
                + "duties of Art. 16; the provider that placed it on the market first is no longer its provider (Art. 25(2)).";
    }

    /** The initial provider's duty under Art. 25(2), unless the change of purpose went against its clear exclusion. */
    void initialProviderOwes(ObligationList out, List<String> steps, String timeline, String via, String route) {
        if (on(s.excludedHighRiskUse())) {
            steps.add("Art. 25(2), last sentence: the initial provider clearly specified that the system must not be changed into a high-risk "
                    + "one, so it owes the new provider no cooperation or documentation.");
            return;
        }
        String what = timeline.equals(Timelines.AMENDED)
                ? " As amended by Regulation (EU) 2026/1744 this includes, where relevant: technical documentation sufficient to assess "
                + "compliance with Art. 16, the known limitations and failure modes, and targeted technical access for testing and validation."
                : "";
        out.add("Art. 25(2)", via + "Art. 25(2): the initial provider cooperates closely with the new provider, makes the necessary "
                + "information available and gives the reasonably expected technical access and other help, above all for the conformity "
                + "assessment." + what, route, "Art. 25(5): intellectual property, confidential business information and trade secrets stay protected.");
        if (points.contains("a")) {
            steps.add("Art. 25(1)(a) is without prejudice to contracts that allocate the obligations otherwise: check the distribution agreement.");
        }
    }

    /** Art. 25(4) for the supplier of an AI system, tool, service, component or process used in a high-risk system. */
    void supplier(boolean highRisk, String route, ObligationList out, List<String> steps) {
        if (!highRisk) {
            steps.add("Art. 25(4) concerns what is supplied for high-risk AI systems; the system described is not high-risk, so no written "
                    + "agreement is required by the Regulation.");
            return;
        }
        if (on(s.openSourceLicence()) && !on(s.generalPurposeModel())) {
            steps.add("Art. 25(4), second sentence: a third party making tools, services, processes or components other than a general-purpose "
                    + "AI model accessible to the public under a free and open-source licence has no duty to agree terms with the provider.");
            return;
        }
        out.add("Art. 25(4)", "Art. 25(4): agree in writing with the provider of the high-risk system the information, capabilities, technical "
                + "access and other help, based on the generally acknowledged state of the art, that it needs to comply with the Regulation"
                + (on(s.openSourceLicence()) ? " (the open-source exemption does not cover general-purpose AI models)." : "."), route, null);
        steps.add("Art. 25(4): as supplier of something used in or integrated into a high-risk AI system, the supplier owes the provider a "
                + "written agreement; the AI Office may recommend voluntary model terms.");
    }

    /** A (downstream) provider integrating a general-purpose AI model: Art. 25(4) for a high-risk system, and Art. 53(1)(b). */
    List<String> downstream(String effectiveRole, String route, ObligationList out, List<String> steps, List<String> basis, Catalog catalog) {
        if (!on(s.integratesGeneralPurposeModel())) return List.of();
        if (!effectiveRole.equals("provider")) {
            steps.add("Art. 53(1)(b): the model provider's information goes to providers of AI systems that integrate the model; as "
                    + effectiveRole + " the requester is not one.");
            return List.of();
        }
        basis.add(catalog.require("eu-ai-act:Art. 53(1)(b)").ref());
        if (route != null) {
            out.add("Art. 25(4)", "Art. 25(4): agree in writing with the provider of the integrated general-purpose AI model the information, "
                    + "capabilities, technical access and other help needed to comply (its open-source exemption does not cover such models).", route, null);
        }
        steps.add("Art. 53(1)(b): the provider of the integrated general-purpose AI model must give this downstream provider the information and "
                + "documentation listed in informationToDemand (at least Annex XII), subject to intellectual-property and trade-secret protection; "
                + "Art. 53(2) exempts providers of free and open-source models whose weights are public, unless the model has systemic risk.");
        return INFORMATION;
    }

    /** Art. 53(1)(b) and Annex XII in our own words: what a downstream provider may ask the model provider for. */
    static final List<String> INFORMATION = List.of(
            "Art. 53(1)(b)(i): enough on the model's capabilities and limitations to understand them and to meet the downstream provider's own duties.",
            "Annex XII 1(a): the tasks the model is meant to perform and the kinds of AI systems it can be built into.",
            "Annex XII 1(b): the acceptable use policies that apply.",
            "Annex XII 1(c): the release date and how the model is distributed.",
            "Annex XII 1(d): how the model interacts with hardware or software outside it, where applicable.",
            "Annex XII 1(e): the versions of related software needed to use it, where applicable.",
            "Annex XII 1(f): its architecture and number of parameters.",
            "Annex XII 1(g): input and output modalities and formats.",
            "Annex XII 1(h): its licence.",
            "Annex XII 2(a): the technical means (instructions, infrastructure, tools) needed to integrate it.",
            "Annex XII 2(b): input and output modalities, formats and maximum sizes (such as the context window).",
            "Annex XII 2(c): where applicable, the type, provenance and curation of the training, testing and validation data.");
}
