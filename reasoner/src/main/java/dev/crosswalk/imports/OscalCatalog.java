package dev.crosswalk.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A framework as an OSCAL catalog in JSON ({@code {"catalog": {...}}}): every group and control,
 * nested at any depth, becomes a provision whose parent is the group or control around it.
 * <ul>
 * <li>local id: the OSCAL {@code id}; notation: the {@code label} prop, else the id;</li>
 * <li>title: {@code title};</li>
 * <li>paraphrase: the prop named {@code paraphrase}, else the prose of the part named {@code overview},
 *     else of the part named {@code statement} (its sub-parts included); a group with none of them reads
 *     "Groups the controls of &lt;title&gt;.";</li>
 * <li>source: the first link whose href is an IRI (a {@code #uuid} href resolved through the back-matter
 *     resource's rlinks); else the catalog's {@code urn:uuid:} IRI.</li>
 * </ul>
 */
final class OscalCatalog {
    static final String NOTATION = "^\\S(.{0,78}\\S)?$";
    private static final Pattern ID = Pattern.compile("^[A-Za-z_][A-Za-z0-9._-]{0,79}$");
    private static final Pattern UUID = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private final LocatedJson json;
    private final Map<String, String> resources = new HashMap<>();
    private final List<FrameworkRows.Row> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Integer> lineOfId = new HashMap<>();

    private OscalCatalog(LocatedJson json) {
        this.json = json;
    }

    static FrameworkRows read(byte[] bytes) {
        LocatedJson json = LocatedJson.parse(bytes);
        JsonNode catalog = json.root().path("catalog");
        if (!catalog.isObject()) {
            throw new InvalidImportException(List.of(ImportProblem.at(json.line(json.root()), null,
                    "Not an OSCAL catalog: the document has no \"catalog\" object.")));
        }
        OscalCatalog reader = new OscalCatalog(json);
        reader.backMatter(catalog.path("back-matter"));
        reader.items(catalog.path("groups"), null, true);
        reader.items(catalog.path("controls"), null, false);
        if (reader.rows.isEmpty() && reader.problems.isEmpty()) {
            reader.problems.add(ImportProblem.at(json.line(catalog), null, "The catalog has no groups or controls."));
        }
        List<FrameworkRows.Row> rows = Hierarchy.checked(reader.rows, null, reader.problems);
        if (rows.isEmpty()) throw new InvalidImportException(reader.problems);
        String uuid = catalog.path("uuid").asText("");
        return new FrameworkRows(rows, UUID.matcher(uuid).matches() ? "urn:uuid:" + uuid.toLowerCase() : null,
                Map.of(), NOTATION, List.copyOf(reader.problems));
    }

    private void backMatter(JsonNode backMatter) {
        for (JsonNode r : backMatter.path("resources")) {
            String uuid = r.path("uuid").asText("");
            for (JsonNode link : r.path("rlinks")) {
                String href = link.path("href").asText("");
                if (Iris.valid(href)) {
                    resources.putIfAbsent(uuid, href);
                    break;
                }
            }
        }
    }

    /** The groups (or controls) in {@code array}, with what they contain, under {@code parent}. */
    private void items(JsonNode array, String parent, boolean groups) {
        for (JsonNode item : array) {
            Integer line = json.line(item);
            if (!item.isObject()) {
                problems.add(ImportProblem.at(line, null, "A " + (groups ? "group" : "control") + " must be a JSON object."));
                continue;
            }
            String id = text(item, "id");
            String title = text(item, "title");
            if (id == null) {
                problems.add(ImportProblem.at(line, null, "A " + (groups ? "group" : "control")
                        + (title == null ? "" : " ('" + title + "')") + " has no id: Crosswalk needs one to name the provision."));
                continue;
            }
            if (!ID.matcher(id).matches()) {
                problems.add(ImportProblem.at(line, null, "id '" + id + "' must be 1 to 80 letters, digits and . _ - starting with "
                        + "a letter or _ (it becomes part of the provision's IRI)."));
                continue;
            }
            if (lineOfId.putIfAbsent(id, line) != null) {
                problems.add(ImportProblem.at(line, null, "id '" + id + "' is used on line " + lineOfId.get(id) + " too."));
                continue;
            }
            String notation = prop(item, "label").orElse(id);
            String paraphrase = prop(item, "paraphrase").or(() -> prose(item, "overview")).or(() -> prose(item, "statement"))
                    .orElse(groups && title != null ? "Groups the controls of " + title + "." : null);
            rows.add(new FrameworkRows.Row(line == null ? 0 : line, id, notation, title, parent, paraphrase, source(item)));
            if (groups) items(item.path("groups"), id, true);
            items(item.path("controls"), id, false);
        }
    }

    private String source(JsonNode item) {
        for (JsonNode link : item.path("links")) {
            String href = link.path("href").asText("");
            if (href.startsWith("#") && resources.containsKey(href.substring(1))) return resources.get(href.substring(1));
            if (Iris.valid(href)) return href;
        }
        return null;
    }

    private static Optional<String> prop(JsonNode item, String name) {
        for (JsonNode p : item.path("props")) {
            if (name.equals(p.path("name").asText()) && !p.path("value").asText("").isBlank()) {
                return Optional.of(p.path("value").asText().trim());
            }
        }
        return Optional.empty();
    }

    /** The prose of the first part named {@code name}, its sub-parts' prose included, whitespace collapsed. */
    private static Optional<String> prose(JsonNode item, String name) {
        for (JsonNode part : item.path("parts")) {
            if (!name.equals(part.path("name").asText())) continue;
            StringBuilder text = new StringBuilder();
            collect(part, text);
            String out = text.toString().replaceAll("\\s+", " ").trim();
            if (!out.isEmpty()) return Optional.of(out);
        }
        return Optional.empty();
    }

    private static void collect(JsonNode part, StringBuilder text) {
        String prose = part.path("prose").asText("");
        if (!prose.isBlank()) text.append(prose).append(' ');
        for (JsonNode sub : part.path("parts")) collect(sub, text);
    }

    private static String text(JsonNode item, String field) {
        String v = item.path(field).asText("").trim();
        return v.isEmpty() ? null : v;
    }
}
