package dev.crosswalk.presumption;

import java.util.List;

/**
 * The answer to "does conformity with this standard presume conformity with the AI Act?":
 * presumed requirements (legal effect), supporting evidence (mappings that count under the coverage
 * rule), related evidence (mappings that do not: a no-relationship row or below the minimum
 * strength, docs/coverage-rule.md), the basis, and why.
 */
public record Presumption(String standard, String title, boolean cited, String citation, boolean hypothetical,
                          String evaluatedAs, List<String> presumedConformity, List<String> supportingEvidence,
                          List<String> relatedEvidence, List<String> basis, String explanation, String asOf) {}
