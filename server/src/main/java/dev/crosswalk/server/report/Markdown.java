package dev.crosswalk.server.report;

import java.util.List;
import java.util.stream.Collectors;

/** CommonMark text from untrusted strings: metacharacters backslash-escaped, one line, so text never becomes markup. */
final class Markdown {
    // emphasis, code, links/images, raw HTML and entities, table cells, headings, strikethrough
    private static final String META = "\\`*_[]<>|&#~!";

    private Markdown() {}

    static String text(Object value) {
        if (value == null) return "";
        String s = String.valueOf(value);
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') sb.append(' ');
            else if (META.indexOf(c) >= 0) sb.append('\\').append(c);
            else sb.append(c);
        }
        return sb.toString();
    }

    /** A table row, every cell escaped. */
    static String row(List<?> cells) {
        return cells.stream().map(Markdown::text).collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    /** A table's header row and delimiter row. */
    static String header(String... names) {
        return row(List.of(names)) + "|" + "---|".repeat(names.length) + "\n";
    }
}
