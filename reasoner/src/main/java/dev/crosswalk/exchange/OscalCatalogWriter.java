package dev.crosswalk.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Framework;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.catalog.Timelines;
import dev.crosswalk.catalog.Wording;
import dev.crosswalk.vocab.CW;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A framework as an OSCAL 1.2 catalog: its top-level provisions grouped by kind (clauses, articles, annexes ...), every
 * provision a control nested under its parent, with the official title, the notation as label, a source link and our
 * one-sentence paraphrase as a Crosswalk-namespaced part, never the text of the standard.
 */
public final class OscalCatalogWriter {
    static final String OSCAL_VERSION = "1.2.2";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Catalog catalog;
    private final String version;
    private final String lastModified;

    /** {@code lastModified} is an ISO date: the day the reference data last changed, so the same data exports the same bytes. */
    public OscalCatalogWriter(Catalog catalog, String version, String lastModified) {
        this.catalog = catalog;
        this.version = version;
        this.lastModified = lastModified;
    }

    public String write(String frameworkId) {
        return OscalJson.text(catalog(frameworkId));
    }

    /** The catalog document ({@code {"catalog": ...}}). */
    public ObjectNode catalog(String frameworkId) {
        Framework f = catalog.requireFramework(frameworkId);
        ObjectNode c = JSON.createObjectNode();
        c.put("uuid", OscalIds.uuid(f.iri()));
        c.set("metadata", metadata(f));
        Map<String, ArrayNode> groups = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (Provision p : catalog.provisions(f.id())) {
            if (p.parentIri() != null) continue;
            groups.computeIfAbsent(p.type(), t -> JSON.createArrayNode()).add(control(p, ids));
        }
        ArrayNode gs = c.putArray("groups");
        groups.forEach((type, controls) -> {
            ObjectNode g = gs.addObject();
            g.put("id", f.id() + "-" + plural(type).toLowerCase().replace(' ', '-'));
            g.put("class", type);
            g.put("title", plural(type));
            g.set("controls", controls);
        });
        if (gs.isEmpty()) c.remove("groups");
        ObjectNode doc = JSON.createObjectNode();
        doc.set("catalog", c);
        return doc;
    }

    private ObjectNode metadata(Framework f) {
        ObjectNode m = OscalJson.metadata(f.title(), lastModified, version);
        ArrayNode props = m.putArray("props");
        OscalJson.prop(props, "framework-id", f.id());
        if (f.version() != null) OscalJson.prop(props, "framework-version", f.version());
        if (f.publisher() != null) OscalJson.prop(props, "publisher", f.publisher());
        ArrayNode links = m.putArray("links");
        if (f.source() != null) OscalJson.link(links, f.source(), "reference", "Official source");
        OscalJson.link(links, f.iri(), "canonical", "Crosswalk framework IRI");
        m.put("remarks", "Exported by Crosswalk " + version + ". Identifiers and titles are as the checked reference lists give them;"
                + " each control's part named 'paraphrase' (namespace " + CW.NS + ") is Crosswalk's own one-sentence summary"
                + " of what the provision asks, never the text of the " + (f.publisher() == null ? "source" : f.publisher())
                + " document: read the official source for the requirement itself.");
        return m;
    }

    private ObjectNode control(Provision p, Set<String> ids) {
        ObjectNode c = JSON.createObjectNode();
        String id = OscalIds.controlId(p);
        if (!ids.add(id)) throw new IllegalStateException("Two provisions of " + p.frameworkId() + " share the OSCAL id " + id);
        c.put("id", id);
        c.put("class", p.type());
        c.put("title", OscalJson.line(p.title()));
        ArrayNode props = c.putArray("props");
        props.addObject().put("name", "label").put("value", p.notation());
        props.addObject().put("name", "sort-id").put("value", String.format("%s-%05d", p.frameworkId(), p.sortKey()));
        if (p.confidence() < 1.0) OscalJson.prop(props, "confidence", Double.toString(p.confidence()));
        if (p.timelines().size() == 1) OscalJson.prop(props, "timeline", p.timelines().get(0));
        ArrayNode links = c.putArray("links");
        if (p.source() != null) OscalJson.link(links, p.source(), "reference", "Official source");
        if (p.eli() != null && !p.eli().equals(p.source())) OscalJson.link(links, p.eli(), "reference", "ELI");
        OscalJson.link(links, p.iri(), "canonical", "Crosswalk provision IRI");
        ArrayNode parts = c.putArray("parts");
        if (p.paraphrase() != null) paraphrase(parts, id + "_paraphrase", null, null, p.paraphrase());
        for (Wording w : p.wordings()) {
            String title = (Timelines.ORIGINAL.equals(w.timeline()) ? "Original wording" : "Wording as amended")
                    + (w.validFrom() == null ? "" : ", from " + w.validFrom());
            paraphrase(parts, id + "_paraphrase_" + w.timeline(), w.timeline(), title, w.paraphrase());
        }
        if (parts.isEmpty()) c.remove("parts");
        List<Provision> children = catalog.children(p);
        if (!children.isEmpty()) {
            ArrayNode kids = c.putArray("controls");
            children.forEach(k -> kids.add(control(k, ids)));
        }
        return c;
    }

    private static void paraphrase(ArrayNode parts, String id, String cls, String title, String prose) {
        ObjectNode part = parts.addObject();
        part.put("id", id);
        part.put("name", "paraphrase");
        part.put("ns", CW.NS);
        if (cls != null) part.put("class", cls);
        if (title != null) part.put("title", title);
        part.put("prose", prose.trim());
    }

    /** "ControlObjective" → "Control objectives", "Annex" → "Annexes". */
    static String plural(String type) {
        String words = type.replaceAll("([a-z])([A-Z])", "$1 $2");
        words = words.charAt(0) + words.substring(1).toLowerCase();
        return words + (words.endsWith("x") || words.endsWith("s") ? "es" : "s");
    }
}
