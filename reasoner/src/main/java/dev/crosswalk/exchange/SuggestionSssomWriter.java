package dev.crosswalk.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.catalog.Timelines;
import dev.crosswalk.suggest.Suggestions;
import dev.crosswalk.vocab.CW;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the engine's suggestions as one SSSOM TSV mapping set in the columns of docs/mapping-conventions.md, every
 * field filled so the project's own import reads it: the SEMAPV justification of its evidence, confidence = score,
 * author the suggestion agent, a rationale saying it is an unreviewed machine suggestion, the evidence in the comment.
 */
public final class SuggestionSssomWriter {
    public static final String AGENT = "cwagent:crosswalk-suggest";
    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES));
    private static final List<String> COLUMNS = List.of("subject_id", "subject_label", "predicate_id", "object_id", "object_label",
            "mapping_justification", "confidence", "author_id", "mapping_date", "relation", "strength", "rationale", "comment",
            "subject_source_version", "object_source_version", "similarity_score", "similarity_measure");

    private final Catalog catalog;
    private final String version;

    public SuggestionSssomWriter(Catalog catalog, String version) {
        this.catalog = catalog;
        this.version = version;
    }

    /** The suggestions as a mapping set dated {@code date}: one row per candidate, sources in catalog order. */
    public String write(Suggestions s, LocalDate date) {
        StringBuilder out = new StringBuilder(header(s, date));
        out.append(String.join("\t", COLUMNS)).append('\n');
        for (Suggestions.Source src : s.provisions()) {
            for (Suggestions.Candidate c : src.candidates()) out.append(String.join("\t", row(s, src, c, date))).append('\n');
        }
        return out.toString();
    }

    private List<String> row(Suggestions s, Suggestions.Source src, Suggestions.Candidate c, LocalDate date) {
        Provision subject = catalog.provisionByIri(src.iri()).orElseThrow();
        Provision object = catalog.provisionByIri(c.iri()).orElseThrow();
        List<String> r = new ArrayList<>();
        r.add(curie(subject));
        r.add(cell(subject.title()));
        r.add("cw:" + c.relation().predicateIri().substring(CW.NS.length()));
        r.add(curie(object));
        r.add(cell(object.title()));
        r.add(c.justification());
        r.add(BigDecimal.valueOf(c.score()).toPlainString());
        r.add(AGENT);
        r.add(date.toString());
        r.add(c.relation().label());
        r.add(Integer.toString(c.strength()));
        r.add(cell(rationale(c)));
        r.add(cell(evidence(c)));
        r.add(reads(subject));
        r.add(reads(object));
        r.add(c.evidence().lexical() > 0 ? BigDecimal.valueOf(c.evidence().lexical()).toPlainString() : "");
        r.add(c.evidence().lexical() > 0 ? "BM25 (Lucene) of titles and paraphrases, saturated: bm25 / (bm25 + " + s.weights().lexicalK() + ")" : "");
        return r;
    }

    private static String rationale(Suggestions.Candidate c) {
        return String.format(Locale.ROOT, "Machine suggestion (crosswalk suggest, score %.2f), not reviewed: a curator must confirm the "
                + "relation and strength and replace this text with what the two provisions share and what they do not.", c.score());
    }

    /** The evidence in words: the lexical match and every chain, step by step, with the set of each row. */
    private static String evidence(Suggestions.Candidate c) {
        List<String> parts = new ArrayList<>();
        Suggestions.Evidence e = c.evidence();
        if (e.lexical() > 0) {
            parts.add(String.format(Locale.ROOT, "lexical similarity %.2f (BM25 %.2f; shared terms: %s)", e.lexical(), e.bm25(),
                    String.join(", ", e.sharedTerms())));
        }
        for (Suggestions.Chain ch : e.chains()) {
            parts.add("chain (" + (ch.sound() ? ch.relation().label() : "composition implies nothing") + ", strength " + ch.strength() + "): "
                    + ch.steps().stream().map(st -> st.from() + " " + st.relation().label() + " " + st.to() + " [" + st.mappingSet() + "]")
                    .collect(Collectors.joining("; ")));
        }
        return String.join(" | ", parts);
    }

    /** A side with one wording per timeline must say which it reads: the amended one where there is one (the default timeline). */
    private static String reads(Provision p) {
        if (p.wordings().isEmpty()) return "";
        return p.wording(Timelines.AMENDED).map(w -> w.timeline()).orElse(p.wordings().get(0).timeline());
    }

    private static String curie(Provision p) {
        return p.frameworkId() + ":" + p.iri().substring((CW.ID + p.frameworkId() + "/").length());
    }

    private static String cell(String v) {
        return v == null ? "" : v.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ').trim();
    }

    private String header(Suggestions s, LocalDate date) {
        Map<String, Object> h = new LinkedHashMap<>();
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("cw", CW.NS);
        prefixes.put("cwagent", SssomWriter.AGENT);
        prefixes.put("semapv", CW.SEMAPV);
        prefixes.put("sssom", "https://w3id.org/sssom/");
        prefixes.put(s.from(), CW.ID + s.from() + "/");
        prefixes.put(s.to(), CW.ID + s.to() + "/");
        h.put("curie_map", prefixes);
        h.put("mapping_set_id", "https://w3id.org/crosswalk/suggestions/" + s.from() + "-" + s.to() + "-suggested");
        h.put("mapping_set_version", version);
        h.put("mapping_set_title", "Suggested mappings from " + title(s.from()) + " to " + title(s.to()) + " (machine suggestions, not reviewed)");
        h.put("mapping_set_description", "Candidates of crosswalk suggest for a curator to review: per provision of " + s.from() + " the "
                + s.top() + " best-scored provisions of " + s.to() + " by chains of curated rows through other frameworks and BM25 "
                + "similarity of titles and paraphrases (docs/suggestions.md). Pairs a loaded set already relates are left out."
                + (s.excludedSets().isEmpty() ? "" : " Sets hidden from the engine: " + String.join(", ", s.excludedSets()) + ".")
                + " Keep the rows you accept, set relation, predicate_id, strength and confidence, write the rationale in your own"
                + " words, put your author_id and mapping_justification semapv:ManualMappingCuration (or semapv:MappingReview), then"
                + " import the file.");
        h.put("license", "https://creativecommons.org/licenses/by/4.0/");
        h.put("creator_id", List.of(AGENT));
        h.put("mapping_date", date.toString());
        h.put("mapping_tool", "Crosswalk suggest (Lucene 9.12 BM25, chaining by the ontology's composition table)");
        h.put("mapping_tool_version", version);
        h.put("extension_definitions", List.of(slot("relation", "relation", "string"), slot("strength", "strength", "integer"),
                slot("rationale", "rationale", "string")));
        try {
            return Arrays.stream(YAML.writeValueAsString(h).split("\n")).map(l -> "# " + l + "\n").collect(Collectors.joining());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> slot(String name, String local, String type) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("slot_name", name);
        m.put("property", CW.NS + local);
        m.put("type_hint", "http://www.w3.org/2001/XMLSchema#" + type);
        return m;
    }

    private String title(String id) {
        return catalog.framework(id).map(f -> f.title()).orElse(id);
    }
}
