package dev.crosswalk.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A framework as CSV (RFC 4180): a header naming the columns {@code id,title,parent,paraphrase,source}
 * in any order, then one provision per record. The id is the provision's notation and its IRI's last
 * segment; the parent names another id of the file.
 */
final class FrameworkCsv {
    static final List<String> COLUMNS = List.of("id", "title", "parent", "paraphrase", "source");
    static final String NOTATION = "^[A-Za-z0-9][A-Za-z0-9._:()/-]{0,79}$";
    private static final Pattern ID = Pattern.compile(NOTATION);
    private static final CsvMapper CSV = new CsvMapper();

    private FrameworkCsv() {}

    static FrameworkRows read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<Record> records = records(text);
        List<ImportProblem> problems = new ArrayList<>();
        if (records.isEmpty()) throw new InvalidImportException(List.of(ImportProblem.at(1, null,
                "The file is empty: the first line is the header " + String.join(",", COLUMNS) + ".")));
        Map<String, Integer> columns = header(records.get(0), problems);
        if (!problems.isEmpty()) throw new InvalidImportException(problems);
        List<FrameworkRows.Row> rows = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        for (Record r : records.subList(1, records.size())) {
            if (Arrays.stream(r.cells()).allMatch(String::isBlank)) continue;
            if (r.cells().length > COLUMNS.size()) {
                problems.add(ImportProblem.at(r.line(), COLUMNS.size() + 1, "The record has " + r.cells().length
                        + " cells; the header has " + COLUMNS.size() + " columns."));
                continue;
            }
            FrameworkRows.Row row = row(r, columns);
            if (row.localId() == null) {
                problems.add(ImportProblem.at(r.line(), columns.get("id"), "id is required: the provision's identifier as the source writes it."));
                continue;
            }
            if (!ID.matcher(row.localId()).matches()) {
                problems.add(ImportProblem.at(r.line(), columns.get("id"), "id '" + row.localId() + "' must be 1 to 80 letters, digits "
                        + "and . _ : ( ) / - starting with a letter or digit (it becomes part of the provision's IRI)."));
                continue;
            }
            if (lineOfId.containsKey(row.localId())) {
                problems.add(ImportProblem.at(r.line(), columns.get("id"), "id '" + row.localId() + "' is used on line "
                        + lineOfId.get(row.localId()) + " too."));
                continue;
            }
            lineOfId.put(row.localId(), r.line());
            if (row.source() != null && !Iris.valid(row.source())) {
                problems.add(ImportProblem.at(r.line(), columns.get("source"), "source '" + row.source()
                        + "' is not an absolute IRI (http, https or urn)."));
                row = new FrameworkRows.Row(row.line(), row.localId(), row.notation(), row.title(), row.parent(), row.paraphrase(), null);
            }
            rows.add(row);
        }
        if (rows.isEmpty() && problems.isEmpty()) problems.add(ImportProblem.file("The file has a header but no provisions."));
        rows = Hierarchy.checked(rows, columns.get("parent"), problems);
        if (rows.isEmpty()) throw new InvalidImportException(problems);
        return new FrameworkRows(rows, null, columns, NOTATION, problems);
    }

    private static FrameworkRows.Row row(Record r, Map<String, Integer> columns) {
        return new FrameworkRows.Row(r.line(), cell(r, columns, "id"), cell(r, columns, "id"), cell(r, columns, "title"),
                cell(r, columns, "parent"), cell(r, columns, "paraphrase"), cell(r, columns, "source"));
    }

    private static String cell(Record r, Map<String, Integer> columns, String name) {
        int i = columns.get(name) - 1;
        if (i >= r.cells().length) return null;
        String v = r.cells()[i].trim();
        return v.isEmpty() ? null : v;
    }

    /** The column number (1-based) of each expected column; problems for unknown, repeated and missing ones. */
    private static Map<String, Integer> header(Record h, List<ImportProblem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < h.cells().length; i++) {
            String name = h.cells()[i].trim();
            if (!COLUMNS.contains(name)) {
                problems.add(ImportProblem.at(h.line(), i + 1, "Unknown column '" + name + "': the header is "
                        + String.join(",", COLUMNS) + "."));
            } else if (columns.putIfAbsent(name, i + 1) != null) {
                problems.add(ImportProblem.at(h.line(), i + 1, "Column '" + name + "' appears twice."));
            }
        }
        List<String> missing = COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) problems.add(ImportProblem.at(h.line(), null, "Missing column(s) " + String.join(", ", missing)
                + ": the header is " + String.join(",", COLUMNS) + "."));
        return columns;
    }

    /** One CSV record with the line it starts on. */
    private record Record(int line, String[] cells) {}

    /**
     * The records of the file, each with the line it starts on: split at line breaks outside quotes
     * (RFC 4180 lets a quoted cell hold one), then each record read by Jackson's CSV parser.
     */
    private static List<Record> records(String text) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(',').withQuoteChar('"');
        List<Record> out = new ArrayList<>();
        int line = 1;
        int start = 0;
        int startLine = 1;
        boolean quoted = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '"') quoted = !quoted;
            if (c != '\n') continue;
            if (quoted && i < text.length()) {
                line++;
                continue;
            }
            String record = text.substring(start, Math.min(i, text.length())).replaceAll("\r$", "");
            if (quoted) throw new InvalidImportException(List.of(ImportProblem.at(startLine, null,
                    "Not readable as CSV: a quoted cell is not closed before the end of the file.")));
            if (!record.isBlank()) out.add(new Record(startLine, cells(record, startLine, schema)));
            line++;
            start = i + 1;
            startLine = line;
        }
        return out;
    }

    private static String[] cells(String record, int line, CsvSchema schema) {
        try (MappingIterator<String[]> it = CSV.readerForArrayOf(String.class).with(schema)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(record)) {
            return it.hasNextValue() ? it.nextValue() : new String[0];
        } catch (IOException | RuntimeException e) {
            throw new InvalidImportException(List.of(syntax(e, line)));
        }
    }

    private static ImportProblem syntax(Exception e, int line) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException j) return ImportProblem.at(line, null, "Not readable as CSV: " + j.getOriginalMessage());
        }
        return ImportProblem.at(line, null, "Not readable as CSV: " + e.getMessage());
    }
}
