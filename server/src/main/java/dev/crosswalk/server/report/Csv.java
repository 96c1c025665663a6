package dev.crosswalk.server.report;

import java.util.List;

/** RFC 4180 CSV rows, the one CSV writer of REST and the CLI: quote every field that needs it, never a formula. */
public final class Csv {
    private Csv() {}

    public static String row(List<?> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            String v = cells.get(i) == null ? "" : String.valueOf(cells.get(i));
            // a leading =, +, -, @, tab or CR is neutralised so spreadsheets never run a cell as a formula
            if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) v = "'" + v;
            boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
            sb.append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return sb.append("\r\n").toString();
    }

    /** A header row and the rows under it. */
    public static String table(List<String> header, List<? extends List<?>> rows) {
        StringBuilder sb = new StringBuilder(row(header));
        rows.forEach(r -> sb.append(row(r)));
        return sb.toString();
    }
}
