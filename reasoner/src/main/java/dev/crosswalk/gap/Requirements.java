package dev.crosswalk.gap;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Framework;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.profile.OrganisationProfile;
import java.util.ArrayList;
import java.util.List;

/** Which provisions apply to an organisation, per framework (the AI Act part comes from the classifier). */
final class Requirements {
    private final Catalog catalog;

    Requirements(Catalog catalog) {
        this.catalog = catalog;
    }

    /** ISO/IEC 42001: every clause that is not a mere heading, and all 38 Annex A controls. */
    List<Provision> iso42001() {
        return catalog.provisions("iso42001").stream()
                .filter(p -> p.type().equals("Control") || (p.type().equals("Clause") && catalog.children(p).isEmpty()))
                .toList();
    }

    /** UK: the FCA/PRA instruments (not the White Paper principles, which address regulators), leaves only. */
    List<Provision> ukFca() {
        return catalog.provisions("uk-fca").stream()
                .filter(p -> p.type().equals("Expectation") && catalog.children(p).isEmpty()).toList();
    }

    /** The AI-risk and model-risk frameworks assessed only when in scope.frameworks, by their {@link #leaves}. */
    static final List<String> MODEL_AND_AI_RISK = List.of("nist-ai-rmf", "us-sr-11-7", "us-sr-26-2", "ca-osfi-e23");

    /**
     * The provisions that ask something (NIST subcategories, SR 11-7 expectations, E-23 principles):
     * leaves typed Control, Expectation or Principle; headings, outcomes and overviews are not assessed.
     */
    List<Provision> leaves(String framework) {
        return catalog.provisions(framework).stream()
                .filter(p -> List.of("Control", "Expectation", "Principle").contains(p.type()) && catalog.children(p).isEmpty())
                .toList();
    }

    /** The framework's status warning, plus a word when nothing in it can be assessed; null when neither applies. */
    String note(String framework, List<Provision> assessed) {
        List<String> parts = new ArrayList<>();
        catalog.framework(framework).map(Framework::lifecycle).map(l -> l.warning(framework)).ifPresent(parts::add);
        if (assessed.isEmpty() && MODEL_AND_AI_RISK.contains(framework)) {
            parts.add("The catalog holds no assessable provision of " + framework
                    + " (its structure is not catalogued yet), so it has no requirements to score.");
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    boolean ukApplies(OrganisationProfile p) {
        return p.inScope("uk-fca") || p.ukFinancialServices();
    }

    static List<String> frameworks(OrganisationProfile p, boolean uk) {
        List<String> out = new ArrayList<>();
        if (p.inScope("iso42001")) out.add("iso42001");
        if (p.inScope("eu-ai-act")) out.add("eu-ai-act");
        if (uk) out.add("uk-fca");
        return out;
    }
}
