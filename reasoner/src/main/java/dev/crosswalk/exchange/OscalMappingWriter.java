package dev.crosswalk.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.lookup.MappingSetSummary;
import dev.crosswalk.mapping.Relation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Framework pairs as one OSCAL 1.2 mapping-collection: per pair a mapping of the curated rows (method human) and, when
 * asked, one of the chained rows (method automation); one map per row with relationship from OSCAL's allowed values;
 * provisions an explicit "nothing in the other framework meets this" row names go into the gap summaries, never a map.
 */
public final class OscalMappingWriter {
    private final Catalog catalog;
    private final String version;
    private final String lastModified;

    public OscalMappingWriter(Catalog catalog, String version, String lastModified) {
        this.catalog = catalog;
        this.version = version;
        this.lastModified = lastModified;
    }

    /** OSCAL's relationship value for an IR 8477 relation; none for no-relationship. */
    static String relationship(Relation r) {
        return switch (r) {
            case EQUAL -> "equal-to";
            case SUBSET_OF -> "subset-of";
            case SUPERSET_OF -> "superset-of";
            case INTERSECTS_WITH -> "intersects-with";
            case NO_RELATIONSHIP -> throw new IllegalArgumentException("no-relationship has no OSCAL relationship: it is a gap");
        };
    }

    public String write(List<FrameworkPair> pairs, String collectionIri) {
        return OscalJson.text(collection(pairs, collectionIri));
    }

    /** The document ({@code {"mapping-collection": ...}}); {@link NoMappingsException} when no row relates two provisions. */
    public ObjectNode collection(List<FrameworkPair> pairs, String collectionIri) {
        List<ObjectNode> mappings = new ArrayList<>();
        for (FrameworkPair p : pairs) {
            mapping(p, false).ifPresent(mappings::add);
            mapping(p, true).ifPresent(mappings::add);
        }
        if (mappings.isEmpty()) {
            throw new NoMappingsException("An OSCAL mapping needs at least one related pair of provisions; the selection has only"
                    + " no-relationship rows.");
        }
        boolean human = mappings.stream().anyMatch(m -> m.path("method").asText().equals("human"));
        boolean automation = mappings.stream().anyMatch(m -> m.path("method").asText().equals("automation"));
        ObjectNode c = OscalCatalogWriter.JSON.createObjectNode();
        c.put("uuid", OscalIds.uuid(collectionIri));
        c.set("metadata", metadata(pairs, collectionIri));
        ObjectNode prov = c.putObject("provenance");
        prov.put("method", human && automation ? "hybrid" : human ? "human" : "automation");
        prov.put("matching-rationale", "semantic");
        prov.put("status", "complete");
        prov.put("mapping-description", "Curated crosswalk rows of Crosswalk's mapping sets, each read as source relation target"
                + " (NIST IR 8477 set relations, semantic matching)" + (automation ? "; mappings with method automation hold rows"
                + " inferred by chaining curated rows, for pairs no curated row relates." : "."));
        // OSCAL JSON writes a group of one as the object itself, of two or more as an array (Metaschema SINGLETON_OR_ARRAY)
        if (mappings.size() == 1) c.set("mappings", mappings.get(0));
        else c.putArray("mappings").addAll(mappings);
        ObjectNode doc = OscalCatalogWriter.JSON.createObjectNode();
        doc.set("mapping-collection", c);
        return doc;
    }

    private ObjectNode metadata(List<FrameworkPair> pairs, String collectionIri) {
        String title = pairs.size() == 1 ? "Crosswalk: " + title(pairs.get(0).from()) + " to " + title(pairs.get(0).to())
                : "Crosswalk mappings: " + pairs.stream().map(p -> p.from() + " to " + p.to()).collect(Collectors.joining(", "));
        ObjectNode m = OscalJson.metadata(title, lastModified, version);
        ArrayNode links = m.putArray("links");
        OscalJson.link(links, collectionIri, "canonical", "This export");
        pairs.stream().flatMap(p -> p.sets().stream()).map(MappingSetSummary::iri).distinct()
                .forEach(iri -> OscalJson.link(links, iri, "reference", "Crosswalk mapping set"));
        m.put("remarks", "Exported by Crosswalk " + version + ". Sources and targets are controls of the catalogs at each mapping's"
                + " source-resource and target-resource (the same API's oscal-catalog export). Each map's remarks hold the curator's"
                + " rationale; the strength (1-10) and the Crosswalk mapping it comes from are Crosswalk-namespaced props.");
        return m;
    }

    private String title(String framework) {
        return catalog.framework(framework).map(f -> f.title()).orElse(framework);
    }

    private Optional<ObjectNode> mapping(FrameworkPair p, boolean chained) {
        List<CrosswalkRow> rows = p.rows().stream().filter(r -> r.inferred() == chained).toList();
        List<CrosswalkRow> related = rows.stream().filter(r -> r.relation() != Relation.NO_RELATIONSHIP).toList();
        if (related.isEmpty()) return Optional.empty();
        String iri = "https://w3id.org/crosswalk/export/" + p.from() + "-" + p.to() + (chained ? "/inferred" : "/curated");
        ObjectNode m = OscalCatalogWriter.JSON.createObjectNode();
        m.put("uuid", OscalIds.uuid(iri));
        m.put("method", chained ? "automation" : "human");
        m.put("matching-rationale", "semantic");
        m.put("status", "complete");
        m.set("source-resource", resource(p.from()));
        m.set("target-resource", resource(p.to()));
        ArrayNode maps = m.putArray("maps");
        related.forEach(r -> maps.add(map(r)));
        if (!p.sets().isEmpty()) {
            ArrayNode props = m.putArray("props");
            p.sets().forEach(s -> OscalJson.prop(props, "mapping-set", s.id()));
        }
        if (!chained) {
            gaps(m, "source-gap-summary", iri, rows.stream().filter(r -> r.nothingMeets() && r.object().equals(CrosswalkRow.NO_TERM))
                    .map(CrosswalkRow::subject).toList());
            gaps(m, "target-gap-summary", iri, rows.stream().filter(r -> r.nothingMeets() && r.subject().equals(CrosswalkRow.NO_TERM))
                    .map(CrosswalkRow::object).toList());
            List<String> unrelated = rows.stream().filter(r -> r.relation() == Relation.NO_RELATIONSHIP && !r.nothingMeets())
                    .map(r -> ref(r.subject()) + " and " + ref(r.object())).toList();
            if (!unrelated.isEmpty()) {
                m.put("remarks", "Stated to have no relationship (a no-relationship row, not a gap: both may map elsewhere): "
                        + String.join("; ", unrelated) + ".");
            }
        } else {
            m.put("remarks", "Inferred by chaining curated mappings (each map's remarks give the chain); a chain is as strong as its"
                    + " weakest step and as confident as its least certain one.");
        }
        return Optional.of(m);
    }

    private static ObjectNode resource(String framework) {
        ObjectNode r = OscalCatalogWriter.JSON.createObjectNode();
        r.put("type", "catalog");
        r.put("href", OscalIds.catalogHref(framework));
        return r;
    }

    private ObjectNode map(CrosswalkRow r) {
        ObjectNode m = OscalCatalogWriter.JSON.createObjectNode();
        m.put("uuid", OscalIds.uuid(r.mapping() + (r.reversed() ? "#reverse" : "")));
        m.put("matching-rationale", "semantic");
        m.put("relationship", relationship(r.relation()));
        m.set("sources", items(r.subject()));
        m.set("targets", items(r.object()));
        m.putObject("confidence-score").put("percentage", r.confidence());
        ArrayNode props = m.putArray("props");
        OscalJson.prop(props, "strength", Integer.toString(r.strength()));
        OscalJson.prop(props, "relation", r.relation().label());
        if (r.mappingSet() != null) OscalJson.prop(props, "mapping-set", r.mappingSet());
        if (r.subjectReads() != null) OscalJson.prop(props, "source-wording", r.subjectReads());
        if (r.objectReads() != null) OscalJson.prop(props, "target-wording", r.objectReads());
        r.derivedFrom().forEach(d -> OscalJson.prop(props, "derived-from", d));
        OscalJson.link(m.putArray("links"), r.mapping(), "canonical", r.inferred() ? "Crosswalk chain" : "Crosswalk mapping row");
        String remarks = (r.rationale() == null ? "" : r.rationale()) + (r.comment() == null ? "" : " " + r.comment());
        if (!remarks.isBlank()) m.put("remarks", remarks.trim());
        return m;
    }

    private ArrayNode items(String iri) {
        ArrayNode a = OscalCatalogWriter.JSON.createArrayNode();
        a.addObject().put("type", "control").put("id-ref", OscalIds.controlId(provision(iri)));
        return a;
    }

    private void gaps(ObjectNode mapping, String member, String mappingIri, List<String> provisions) {
        Set<String> ids = new LinkedHashSet<>();
        provisions.forEach(p -> ids.add(OscalIds.controlId(provision(p))));
        if (ids.isEmpty()) return;
        ObjectNode g = mapping.putObject(member);
        g.put("uuid", OscalIds.uuid(mappingIri + "#" + member));
        ObjectNode select = g.putArray("unmapped-controls").addObject();
        select.put("with-child-controls", "no");
        ArrayNode with = select.putArray("with-ids");
        ids.forEach(with::add);
    }

    private Provision provision(String iri) {
        return catalog.provisionByIri(iri).orElseThrow(() -> new IllegalStateException("No provision " + iri + " in the catalog"));
    }

    private String ref(String iri) {
        return catalog.provisionByIri(iri).map(Provision::ref).orElse(iri);
    }
}
