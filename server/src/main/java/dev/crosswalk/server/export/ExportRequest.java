package dev.crosswalk.server.export;

import dev.crosswalk.exchange.PredicateStyle;
import dev.crosswalk.exchange.Selection;

/** One export as REST or the CLI asks for it: the format, which mappings (framework ids), chains or not, SSSOM predicates. */
public record ExportRequest(ExportFormat format, String from, String to, String framework, boolean inferred, PredicateStyle predicates) {

    public ExportRequest {
        from = blankToNull(from);
        to = blankToNull(to);
        framework = blankToNull(framework);
    }

    Selection selection() {
        return new Selection(from, to, framework, inferred);
    }

    /** {@code crosswalk-iso42001-eu-ai-act.sssom.tsv}: what the export is, for a download's file name. */
    public String fileName() {
        StringBuilder sb = new StringBuilder("crosswalk");
        for (String part : new String[] {framework, from, to}) if (part != null) sb.append('-').append(part);
        if (inferred && format != ExportFormat.OSCAL_CATALOG) sb.append("-inferred");
        return sb.append('.').append(format.extension()).toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
