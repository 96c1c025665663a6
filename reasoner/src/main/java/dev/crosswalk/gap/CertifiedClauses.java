package dev.crosswalk.gap;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.profile.OrganisationProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code certified: true} means (docs/coverage-rule.md): the certified standard's clauses 4–10
 * are in place, with the certificate as their evidence — unless the profile declares such a clause
 * with another status than implemented (the organisation's own word about that clause wins).
 */
final class CertifiedClauses {
    private CertifiedClauses() {}

    /** One clause in place through a certificate; {@code index} is the management system's place in the profile. */
    record InPlace(Provision clause, String standard, int index, String evidence) {}

    /** The clauses in place, by clause IRI. */
    static Map<String, InPlace> of(OrganisationProfile profile, Catalog catalog) {
        Set<String> notInPlace = profile.controls().stream().filter(c -> !"implemented".equals(c.status()))
                .map(OrganisationProfile.ControlStatus::provision).collect(Collectors.toSet());
        Map<String, InPlace> out = new LinkedHashMap<>();
        List<OrganisationProfile.ManagementSystem> systems = profile.managementSystems();
        for (int i = 0; i < systems.size(); i++) {
            OrganisationProfile.ManagementSystem ms = systems.get(i);
            if (!ms.isCertified() || catalog.framework(ms.standard()).isEmpty()) continue;
            String evidence = ms.standard() + " certificate" + (ms.certificate() == null || ms.certificate().isBlank()
                    ? " (managementSystems[" + i + "] certified: true)" : " " + ms.certificate());
            for (Provision p : clausesOf(catalog, ms.standard())) {
                if (!notInPlace.contains(p.ref())) out.putIfAbsent(p.iri(), new InPlace(p, ms.standard(), i, evidence));
            }
        }
        return out;
    }

    /** Clauses 4–10: the management-system requirements a certification audit checks (not scope, references, terms, annexes). */
    static boolean isClause4To10(Provision p) {
        if (!p.type().equals("Clause")) return false;
        String head = p.notation().split("\\.", 2)[0];
        if (!head.matches("\\d{1,2}")) return false;
        int n = Integer.parseInt(head);
        return n >= 4 && n <= 10;
    }

    /** The clauses of a standard a certificate puts in place (every clause 4–10 of it). */
    static List<Provision> clausesOf(Catalog catalog, String standard) {
        List<Provision> out = new ArrayList<>();
        for (Provision p : catalog.provisions(standard)) if (isClause4To10(p)) out.add(p);
        return out;
    }
}
