package dev.crosswalk.server.report;

import java.util.List;

/** Self-contained HTML pages from untrusted strings: every text escaped, one inline style sheet. */
final class Html {
    private static final String STYLE = "body{font-family:sans-serif;margin:2em}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
            + ".gap{color:#a00}.partial{color:#a60}.covered{color:#070}.note{border-left:4px solid #a60;padding-left:8px}";

    private Html() {}

    static String esc(Object value) {
        if (value == null) return "";
        return String.valueOf(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** The page head and the h1 heading; the caller appends the body and {@link #end()}. */
    static StringBuilder start(String title, String heading) {
        return new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title><style>").append(STYLE).append("</style></head><body><h1>").append(esc(heading)).append("</h1>");
    }

    static String end() {
        return "</body></html>\n";
    }

    static String headerRow(String... names) {
        StringBuilder sb = new StringBuilder("<tr>");
        for (String n : names) sb.append("<th>").append(esc(n)).append("</th>");
        return sb.append("</tr>").toString();
    }

    /** A table row, every cell escaped; {@code cssClass} (escaped too) may be null. */
    static String row(String cssClass, List<?> cells) {
        StringBuilder sb = new StringBuilder(cssClass == null ? "<tr>" : "<tr class=\"" + esc(cssClass) + "\">");
        for (Object c : cells) sb.append("<td>").append(esc(c)).append("</td>");
        return sb.append("</tr>").toString();
    }
}
