package dev.crosswalk.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.crosswalk.query.QueryResult;
import dev.crosswalk.server.http.Json;
import java.util.List;
import java.util.stream.Collectors;

/** Renders named-query rows as CSV, TSV or JSON. */
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
        String sep = format.equals("tsv") ? "\t" : ",";
        StringBuilder sb = new StringBuilder(String.join(sep, r.columns())).append('\n');
        for (var row : r.rows()) {
            List<String> cells = r.columns().stream().map(c -> cell(row.getOrDefault(c, ""), sep)).toList();
            sb.append(cells.stream().collect(Collectors.joining(sep))).append('\n');
        }
        return sb.toString();
    }

    private static String cell(String v, String sep) {
        if (sep.equals("\t")) return v.replace('\t', ' ').replace('\n', ' ');
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
