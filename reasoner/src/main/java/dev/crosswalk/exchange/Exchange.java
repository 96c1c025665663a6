package dev.crosswalk.exchange;

import dev.crosswalk.catalog.Provision;
import dev.crosswalk.lookup.MappingSetSummary;
import java.util.List;

/** The exchange formats of the reference data: SSSOM, OSCAL catalog and mapping, and RDF of one provision. */
public final class Exchange {
    private final ExchangeData data;
    private final CrosswalkRows rows;
    private final String lastModified;

    public Exchange(ExchangeData data) {
        this.data = data;
        this.rows = new CrosswalkRows(data);
        // the day the data last changed (its newest mapping set): the same data always exports the same document;
        // data without a dated mapping set has no such day, and then the export says today
        this.lastModified = data.mappingSets().stream().map(MappingSetSummary::date).filter(d -> d != null)
                .max(String::compareTo).orElse(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    }

    public ExchangeData data() {
        return data;
    }

    /** The framework pairs and rows a selection names. */
    public List<FrameworkPair> select(Selection s) {
        return rows.select(s);
    }

    public String sssom(Selection s, PredicateStyle style) {
        return new SssomWriter(data.catalog(), data.version()).write(rows.select(s), style);
    }

    public String oscalMapping(Selection s) {
        String iri = "https://w3id.org/crosswalk/export/oscal-mapping?" + key(s);
        return new OscalMappingWriter(data.catalog(), data.version(), lastModified).write(rows.select(s), iri);
    }

    public String oscalCatalog(String framework) {
        if (framework == null || framework.isBlank()) {
            throw new InvalidExportException("An OSCAL catalog is one framework: give framework=<id>, e.g. framework=iso42001.");
        }
        return new OscalCatalogWriter(data.catalog(), data.version(), lastModified).write(framework.trim());
    }

    /** Turtle or JSON-LD of a provision with its mappings. */
    public String provision(Provision p, String format) {
        return new ProvisionRdf(data.catalog(), data.reference()).write(p, format);
    }

    private static String key(Selection s) {
        StringBuilder sb = new StringBuilder();
        if (s.framework() != null) sb.append("framework=").append(s.framework()).append('&');
        if (s.from() != null) sb.append("from=").append(s.from()).append('&');
        if (s.to() != null) sb.append("to=").append(s.to()).append('&');
        return sb.append("inferred=").append(s.inferred()).toString();
    }
}
