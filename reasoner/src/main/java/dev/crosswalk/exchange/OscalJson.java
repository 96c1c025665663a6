package dev.crosswalk.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.vocab.CW;

/** The pieces both OSCAL documents share: metadata, namespaced props, links, single-line text, the JSON text. */
final class OscalJson {
    private OscalJson() {}

    static ObjectNode metadata(String title, String lastModified, String version) {
        ObjectNode m = OscalCatalogWriter.JSON.createObjectNode();
        m.put("title", line(title));
        m.put("last-modified", lastModified + "T00:00:00Z");
        m.put("version", version);
        m.put("oscal-version", OscalCatalogWriter.OSCAL_VERSION);
        return m;
    }

    /** A Crosswalk property (OSCAL's own property names are written inline). */
    static void prop(ArrayNode props, String name, String value) {
        props.addObject().put("name", name).put("ns", CW.NS).put("value", line(value));
    }

    static void link(ArrayNode links, String href, String rel, String text) {
        links.addObject().put("href", href).put("rel", rel).put("text", text);
    }

    /** One line, no surrounding blanks: OSCAL's string and markup-line types allow nothing else. */
    static String line(String text) {
        return text == null ? null : text.replaceAll("\\s+", " ").trim();
    }

    static String text(ObjectNode doc) {
        try {
            return OscalCatalogWriter.JSON.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
