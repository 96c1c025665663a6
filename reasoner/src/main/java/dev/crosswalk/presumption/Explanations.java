package dev.crosswalk.presumption;

import java.util.List;

/** The sentences that explain a presumption answer, citing the article and the OJ status. */
final class Explanations {
    private Explanations() {}

    static String of(Instrument asked, Instrument evaluated, boolean hypothetical, List<String> presumed, List<String> supporting,
                     List<String> related) {
        StringBuilder sb = new StringBuilder();
        String via = evaluated == asked ? "" : " (through its European adoption " + evaluated.id() + ")";
        if (hypothetical) {
            sb.append("What-if, not the law today: if ").append(asked.id()).append(via)
                    .append(" were cited in the Official Journal, ");
            if (presumed.isEmpty()) {
                sb.append("it would still presume conformity with no requirement: presumption reaches only requirements within ")
                        .append(basisText(evaluated)).append(" that the instrument covers in full (equal or superset-of), and ")
                        .append(evaluated.content() != null ? "its mappings into that scope only intersect with or fall within them."
                                : "its declared subject lies outside that scope.");
            } else {
                sb.append("conformity would be presumed for ").append(String.join(", ", presumed)).append(" under ")
                        .append(basisText(evaluated)).append(", to the extent it covers them.");
            }
        } else if (!presumed.isEmpty()) {
            sb.append("Conformity with ").append(asked.id()).append(" (").append(asked.citation())
                    .append(") is presumed to give conformity with ").append(String.join(", ", presumed))
                    .append(" under ").append(basisText(evaluated)).append(", in so far as it covers them.");
        } else {
            sb.append("Supporting evidence, no legal presumption. ");
            if (!evaluated.cited() && evaluated.basis() != null) {
                sb.append("Its reference is not published in the Official Journal (as of ").append(asked.asOf())
                        .append("), which ").append(basisText(evaluated)).append(" requires. ");
            } else if (evaluated.basis() == null) {
                sb.append("Art. 40(1) presumes conformity only for harmonised standards whose references are published in the Official Journal. ");
                if (asked.canBeCitedAs() != null) {
                    sb.append("No OJ citation exists for ").append(asked.id()).append(" or its European adoption ")
                            .append(asked.canBeCitedAs()).append(" (as of ").append(asked.asOf()).append("). ");
                }
            }
            sb.append(asked.standingNote());
        }
        if (!supporting.isEmpty()) {
            sb.append(" Mappings relate it to ").append(supporting.size())
                    .append(" AI Act provision(s) as supporting evidence for an assessment.");
        }
        if (!related.isEmpty()) {
            sb.append(" ").append(related.size()).append(" more AI Act provision(s) are related evidence only: their mappings")
                    .append(" do not count under the coverage rule (a no-relationship row, or below the minimum strength).");
        }
        return sb.toString();
    }

    private static String basisText(Instrument i) {
        if (i.basisProvision() == null) return "Art. 40(1)";
        return switch (i.basis().substring(i.basis().lastIndexOf('/') + 1)) {
            case "art-40-1" -> "Art. 40(1) (Chapter III Section 2, Art. 8–15, and GPAI obligations, Art. 53–55)";
            case "art-41-3" -> "Art. 41(3) (Chapter III Section 2, Art. 8–15, and GPAI obligations, Art. 53–55)";
            case "art-42-1" -> "Art. 42(1) (Art. 10(4))";
            case "art-42-2" -> "Art. 42(2) (the cybersecurity requirements of Art. 15)";
            default -> i.basisProvision();
        };
    }
}
