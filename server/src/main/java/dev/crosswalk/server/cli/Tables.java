package dev.crosswalk.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.crosswalk.query.QueryResult;
import dev.crosswalk.server.http.Json;
import dev.crosswalk.server.report.Reports;
import java.util.List;

/** Renders named-query rows as CSV (the REST writer), TSV or JSON. */
final class Tables {
    private Tables() {}

    static String render(QueryResult r, String format) {
        if (format.equals("json")) {
            try {
                return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r) + "\n";
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        // CSV through the REST API's one writer (RFC 4180, formulas neutralised), so both answer the same bytes
        if (!format.equals("tsv")) return Reports.queryCsv(r);
        StringBuilder sb = new StringBuilder(String.join("\t", r.columns())).append('\n');
        for (var row : r.rows()) {
            List<String> cells = r.columns().stream().map(c -> row.getOrDefault(c, "").replace('\t', ' ').replace('\n', ' ')).toList();
            sb.append(String.join("\t", cells)).append('\n');
        }
        return sb.toString();
    }
}
