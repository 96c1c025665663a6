package dev.crosswalk.classify;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import java.util.ArrayList;
import java.util.List;

/** Resolves the request's Annex III point, Art. 5(1) point and Art. 6(3) conditions against the catalog. */
final class InputResolver {
    private final Catalog catalog;

    InputResolver(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The Annex III area or point whose ordinal is {@code value} ("5(b)", "2"), or null when absent. */
    Provision annexIII(String value) {
        if (value == null || value.isBlank()) return null;
        List<Provision> points = catalog.provisions("eu-ai-act").stream()
                .filter(p -> p.notation().startsWith("Annex III ") && p.ordinal() != null).toList();
        return points.stream().filter(p -> p.ordinal().equals(value.trim())).findFirst().orElseThrow(() ->
                new InvalidInputException("annexIII", "Unknown Annex III point '" + value + "'. Valid values: "
                        + String.join(", ", points.stream().map(Provision::ordinal).toList()) + "."));
    }

    /** The Art. 5(1) point for a letter ("f" or "(f)"), or null when absent. */
    Provision practice(String value) {
        if (value == null || value.isBlank()) return null;
        String letter = value.trim().replace("(", "").replace(")", "");
        List<Provision> points = catalog.provisions("eu-ai-act").stream()
                .filter(p -> p.notation().startsWith("Art. 5(1)(")).toList();
        return points.stream().filter(p -> p.notation().equals("Art. 5(1)(" + letter + ")")).findFirst().orElseThrow(() ->
                new InvalidInputException("prohibitedPractice", "Unknown Art. 5(1) point '" + value + "'. Valid values: "
                        + String.join(", ", points.stream().map(p -> p.notation().substring("Art. 5(1)(".length(), p.notation().length() - 1)).toList())
                        + " (ba and bb exist only in the amended text)."));
    }

    /** The claimed Art. 6(3) points, checked: letters a–d, and only for an Annex III system. */
    List<String> derogationConditions(List<String> values, Provision annexPoint) {
        List<String> out = new ArrayList<>();
        if (values == null) return out;
        for (String v : values) {
            String letter = v == null ? "" : v.trim().replace("(", "").replace(")", "");
            if (!List.of("a", "b", "c", "d").contains(letter)) {
                throw new InvalidInputException("art6_3Conditions", "Unknown Art. 6(3) condition '" + v + "'. Valid values: a, b, c, d.");
            }
            if (!out.contains(letter)) out.add(letter);
        }
        if (!out.isEmpty() && annexPoint == null) {
            throw new InvalidInputException("art6_3Conditions",
                    "art6_3Conditions is a derogation from Art. 6(2) and needs an Annex III point: give annexIII.");
        }
        return out;
    }
}
