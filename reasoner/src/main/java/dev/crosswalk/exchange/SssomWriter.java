package dev.crosswalk.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.lookup.MappingSetSummary;
import dev.crosswalk.vocab.CW;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes rows as one SSSOM TSV mapping set: the '#' YAML header (curie_map of exactly the prefixes used, set
 * metadata, the declared extension slots) and the table, in the columns of docs/mapping-conventions.md.
 */
public final class SssomWriter {
    static final String AGENT = "https://w3id.org/crosswalk/agent/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES));  // one header line per value: the reader strips "# " per line

    private final Catalog catalog;
    private final String version;

    public SssomWriter(Catalog catalog, String version) {
        this.catalog = catalog;
        this.version = version;
    }

    /** The rows of {@code pairs} as one mapping set. */
    public String write(List<FrameworkPair> pairs, PredicateStyle style) {
        List<CrosswalkRow> rows = pairs.stream().flatMap(p -> p.rows().stream()).toList();
        boolean chained = rows.stream().anyMatch(CrosswalkRow::inferred);
        Map<String, String> prefixes = new TreeMap<>();
        List<List<String>> table = new ArrayList<>();
        List<String> columns = columns(style, chained);
        table.add(columns);
        for (CrosswalkRow r : rows) table.add(cells(r, style, chained, prefixes));
        StringBuilder out = new StringBuilder(header(pairs, rows, prefixes, chained));
        for (List<String> line : table) out.append(String.join("\t", line)).append('\n');
        return out.toString();
    }

    private static List<String> columns(PredicateStyle style, boolean chained) {
        List<String> c = new ArrayList<>(List.of("subject_id", "subject_label", "predicate_id"));
        if (style == PredicateStyle.SKOS) c.add("predicate_modifier");
        c.addAll(List.of("object_id", "object_label", "mapping_justification", "confidence", "author_id", "mapping_date",
                "relation", "strength", "rationale", "comment", "subject_source_version", "object_source_version", "record_id"));
        if (chained) c.add("derived_from");
        return c;
    }

    private List<String> cells(CrosswalkRow r, PredicateStyle style, boolean chained, Map<String, String> prefixes) {
        List<String> c = new ArrayList<>();
        c.add(curie(r.subject(), prefixes));
        c.add(cell(r.subjectLabel()));
        c.add(use(style.predicate(r.relation()), prefixes));
        if (style == PredicateStyle.SKOS) c.add(cell(style.modifier(r.relation())));
        c.add(curie(r.object(), prefixes));
        c.add(cell(r.objectLabel()));
        c.add(curie(r.justification(), prefixes));
        c.add(BigDecimal.valueOf(r.confidence()).toPlainString());
        c.add(r.authors().stream().map(a -> curie(a, prefixes)).collect(Collectors.joining("|")));
        c.add(cell(r.date()));
        c.add(r.relation().label());
        c.add(Integer.toString(r.strength()));
        c.add(cell(r.rationale()));
        c.add(cell(r.comment()));
        c.add(cell(r.subjectReads()));
        c.add(cell(r.objectReads()));
        c.add(curie(r.mapping(), prefixes));
        if (chained) c.add(r.derivedFrom().stream().map(m -> curie(m, prefixes)).collect(Collectors.joining("|")));
        return c;
    }

    /** A CURIE for an IRI, recording the prefix it uses: provisions by framework, the rest by a fixed table. */
    private String curie(String iri, Map<String, String> prefixes) {
        if (iri == null) return "";
        if (iri.equals(CrosswalkRow.NO_TERM)) return use("sssom:NoTermFound", prefixes);
        var p = catalog.provisionByIri(iri);
        if (p.isPresent()) {
            String ns = CW.ID + p.get().frameworkId() + "/";
            prefixes.put(p.get().frameworkId(), ns);
            return p.get().frameworkId() + ":" + iri.substring(ns.length());
        }
        for (Map.Entry<String, String> e : KNOWN.entrySet()) {
            if (iri.startsWith(e.getValue())) {
                prefixes.put(e.getKey(), e.getValue());
                return e.getKey() + ":" + iri.substring(e.getValue().length());
            }
        }
        return iri;
    }

    private static String use(String curie, Map<String, String> prefixes) {
        String prefix = curie.substring(0, curie.indexOf(':'));
        prefixes.put(prefix, KNOWN.get(prefix));
        return curie;
    }

    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("cwmap", CW.MAPPING);
        KNOWN.put("cwagent", AGENT);
        KNOWN.put("cw", CW.NS);
        KNOWN.put("semapv", CW.SEMAPV);
        KNOWN.put("sssom", "https://w3id.org/sssom/");
        KNOWN.put("skos", PredicateStyle.SKOS_NS);
    }

    /** Tabs and line breaks would break the table; cells never contain them. */
    private static String cell(String v) {
        return v == null ? "" : v.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ').trim();
    }

    private String header(List<FrameworkPair> pairs, List<CrosswalkRow> rows, Map<String, String> prefixes, boolean chained) {
        MappingSetSummary exact = pairs.size() == 1 ? pairs.get(0).exactSet() : null;
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("curie_map", new LinkedHashMap<>(prefixes));
        h.put("mapping_set_id", exact != null ? exact.iri() : "https://w3id.org/crosswalk/export/" + name(pairs) + (chained ? "/inferred" : ""));
        h.put("mapping_set_version", version);
        h.put("mapping_set_title", exact != null ? exact.title() : title(pairs, chained));
        h.put("mapping_set_description", exact != null && exact.description() != null ? exact.description() : description(pairs, chained));
        h.put("license", license(pairs));
        TreeSet<String> creators = new TreeSet<>();
        rows.forEach(r -> r.authors().forEach(a -> creators.add(curie(a, prefixes))));
        h.put("creator_id", List.copyOf(creators));
        h.put("mapping_date", exact != null && exact.date() != null ? exact.date()
                : rows.stream().map(CrosswalkRow::date).filter(d -> d != null).max(String::compareTo).orElse(null));
        if (chained) h.put("mapping_tool", "Crosswalk " + version + " (reasoner/rules/chaining.rules)");
        h.put("curie_map", new LinkedHashMap<>(prefixes));  // again: creator CURIEs may have added a prefix
        List<Map<String, String>> ext = new ArrayList<>(List.of(slot("relation", CW.NS + "relation", "string"),
                slot("strength", CW.NS + "strength", "integer"), slot("rationale", CW.NS + "rationale", "string")));
        if (chained) ext.add(slot("derived_from", PROV + "wasDerivedFrom", "anyURI"));
        h.put("extension_definitions", ext);
        try {
            return Arrays.stream(YAML.writeValueAsString(h).split("\n")).map(l -> "# " + l + "\n").collect(Collectors.joining());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> slot(String name, String property, String type) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("slot_name", name);
        m.put("property", property);
        m.put("type_hint", "http://www.w3.org/2001/XMLSchema#" + type);
        return m;
    }

    private static String name(List<FrameworkPair> pairs) {
        if (pairs.size() == 1) return pairs.get(0).from() + "-" + pairs.get(0).to();
        var froms = pairs.stream().map(FrameworkPair::from).distinct().toList();
        var tos = pairs.stream().map(FrameworkPair::to).distinct().toList();
        return froms.size() == 1 ? froms.get(0) + "-all" : tos.size() == 1 ? "all-" + tos.get(0) : "all";
    }

    private String title(List<FrameworkPair> pairs, boolean chained) {
        String body = pairs.size() == 1 ? frameworkTitle(pairs.get(0).from()) + " to " + frameworkTitle(pairs.get(0).to())
                : "Crosswalk mappings (" + pairs.size() + " framework pairs)";
        return body + (chained ? ", with chained mappings" : "");
    }

    private String frameworkTitle(String id) {
        return catalog.framework(id).map(f -> f.title()).orElse(id);
    }

    private static String description(List<FrameworkPair> pairs, boolean chained) {
        String sets = pairs.stream().flatMap(p -> p.sets().stream()).map(MappingSetSummary::id).distinct().collect(Collectors.joining(", "));
        return "Exported by Crosswalk from the curated mapping sets " + (sets.isEmpty() ? "(none)" : sets) + ", each row read as "
                + "subject relation object (NIST IR 8477); rows of a set whose direction is the reverse of this export's are read "
                + "backward with the converse relation and say so in their comment."
                + (chained ? " Rows with mapping_justification semapv:MappingChaining are inferred by chaining curated rows"
                + " (derived_from lists them in order); they exist only for pairs no curated row relates." : "");
    }

    private static String license(List<FrameworkPair> pairs) {
        var licenses = pairs.stream().flatMap(p -> p.sets().stream()).map(MappingSetSummary::license).filter(l -> l != null)
                .collect(Collectors.toCollection(TreeSet::new));
        // every packaged set is CC BY 4.0; a mix would need a choice no exporter should make silently
        if (licenses.size() > 1) throw new InvalidExportException("The selected mapping sets have different licences " + licenses
                + ": export them one pair at a time.");
        return licenses.isEmpty() ? "https://creativecommons.org/licenses/by/4.0/" : licenses.first();
    }
}
