package dev.crosswalk.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads SSSOM TSV: the '#'-prefixed YAML header, then a tab-separated table with a header row. */
public final class SssomReader {
    /** The columns every Crosswalk mapping set must have. */
    public static final List<String> REQUIRED_COLUMNS = List.of("subject_id", "subject_label", "predicate_id",
            "object_id", "object_label", "mapping_justification", "confidence", "author_id", "mapping_date",
            "relation", "strength", "rationale", "comment");
    /**
     * Optional SSSOM columns Crosswalk reads: which timeline's wording of the subject or object the row
     * reads ({@code original} or {@code amended}); needed where a provision has a wording per timeline.
     */
    public static final List<String> READING_COLUMNS = List.of("subject_source_version", "object_source_version");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final CsvMapper CSV = new CsvMapper();

    private SssomReader() {}

    /** Parses one file; {@code path} is used in messages and as the set's name source. */
    @SuppressWarnings("unchecked")
    public static MappingSetFile read(String path, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        StringBuilder yaml = new StringBuilder();
        int pos = 0;
        int headerLines = 0;
        while (pos < text.length() && text.startsWith("#", pos)) {
            int end = text.indexOf('\n', pos);
            if (end < 0) end = text.length();
            String line = text.substring(pos, end).replace("\r", "");
            yaml.append(line.startsWith("# ") ? line.substring(2) : line.substring(1)).append('\n');
            pos = Math.min(end + 1, text.length());
            headerLines++;
        }
        Map<String, Object> header;
        try {
            Object parsed = yaml.length() == 0 ? Map.of() : YAML.readValue(yaml.toString(), Object.class);
            if (!(parsed instanceof Map)) throw new MappingFormatException(path + ":1: the '#' header is not a YAML mapping", 1, null);
            header = (Map<String, Object>) parsed;
        } catch (IOException e) {
            // the YAML text keeps the file's lines one for one
            throw new MappingFormatException(path + ": the '#' YAML header does not parse: " + e.getMessage(), location(e).orElse(null), e);
        }
        Object cm = header.get("curie_map");
        if (!(cm instanceof Map)) throw new MappingFormatException(path + ": the header has no curie_map");
        Map<String, String> curieMap = new LinkedHashMap<>();
        ((Map<String, Object>) cm).forEach((k, v) -> curieMap.put(k, String.valueOf(v)));
        return new MappingSetFile(path, name(path), header, curieMap, rows(path, text.substring(pos), headerLines));
    }

    private static List<MappingRow> rows(String path, String table, int headerLines) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator('\t').withoutQuoteChar();
        List<MappingRow> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class).with(schema)
                .with(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS).with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .readValues(table)) {
            CsvSchema actual = (CsvSchema) it.getParserSchema();
            List<String> missing = new ArrayList<>(REQUIRED_COLUMNS);
            actual.forEach(c -> missing.remove(c.getName()));
            if (!missing.isEmpty()) {
                throw new MappingFormatException(path + ":" + (headerLines + 1) + ": missing column(s) " + missing, headerLines + 1, null);
            }
            while (it.hasNextValue()) {
                int line = headerLines + it.getCurrentLocation().getLineNr();
                Map<String, String> row = it.nextValue();
                if (row.values().stream().allMatch(v -> v == null || v.isBlank())) continue;
                rows.add(new MappingRow(line, row));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MappingFormatException m) throw m;
            Integer line = location(e).map(l -> headerLines + l).orElse(null);
            throw new MappingFormatException(path + (line == null ? "" : ":" + line) + ": not a readable SSSOM row: "
                    + firstLine(e.getMessage()), line, e);
        }
        return rows;
    }

    /** The table line (1-based) a Jackson error points at, if any. */
    private static Optional<Integer> location(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException j && j.getLocation() != null) return Optional.of(j.getLocation().getLineNr());
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        if (message == null) return "";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** {@code mappings/iso42001-eu-ai-act.sssom.tsv} → {@code iso42001-eu-ai-act}. */
    static String name(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.endsWith(".sssom.tsv") ? file.substring(0, file.length() - ".sssom.tsv".length()) : file;
    }
}
