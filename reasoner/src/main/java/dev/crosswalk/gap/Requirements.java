package dev.crosswalk.gap;

import dev.crosswalk.catalog.Catalog;
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
