package dev.crosswalk.server.rest;

import dev.crosswalk.server.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * Checks RDF bodies before Jena parses them: nesting depth (the parsers recurse, so a deep body
 * would overflow the stack) and, for JSON-LD, that no context is fetched from the network.
 */
final class RdfLimits {
    static final int MAX_DEPTH = 64;
    private static final ObjectMapper JSON = Json.mapper();

    private RdfLimits() {}

    /** Depth of {@code [ ]} and {@code ( )} nesting in Turtle, outside IRIs, strings and comments; 400 when too deep. */
    static void checkTurtle(String body) {
        int depth = 0;
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (c == '#') {
                while (i < n && body.charAt(i) != '\n') i++;
            } else if (c == '<') {
                while (i < n && body.charAt(i) != '>') i++;
            } else if (c == '"' || c == '\'') {
                boolean longString = body.startsWith(String.valueOf(c).repeat(3), i);
                String end = longString ? String.valueOf(c).repeat(3) : String.valueOf(c);
                i += end.length();
                while (i < n && !body.startsWith(end, i)) i += body.charAt(i) == '\\' ? 2 : 1;
                i += end.length() - 1;
            } else if (c == '[' || c == '(') {
                if (++depth > MAX_DEPTH) throw tooDeep("Turtle", "[ ] and ( )");
            } else if (c == ']' || c == ')') {
                depth--;
            }
            i++;
        }
    }

    /** Parses JSON-LD with the JSON limits, and refuses remote contexts (a string or @import where a context object should be). */
    static void checkJsonLd(String body) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "malformed-rdf", "Malformed JSON-LD", "The body is not valid JSON-LD: " + e.getOriginalMessage());
        }
        remoteContext(tree);
    }

    private static void remoteContext(JsonNode node) {
        if (node.isArray()) {
            node.forEach(RdfLimits::remoteContext);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                if (e.getKey().equals("@context") && references(e.getValue()) || e.getKey().equals("@import")) {
                    throw new ProblemException(400, "remote-context", "Remote JSON-LD context",
                            "JSON-LD contexts are not fetched from the network: put the context inline as an object.");
                }
                remoteContext(e.getValue());
            }
        }
    }

    private static boolean references(JsonNode context) {
        if (context.isTextual()) return true;
        if (context.isArray()) for (JsonNode c : context) if (c.isTextual()) return true;
        return false;
    }

    private static ProblemException tooDeep(String format, String what) {
        return new ProblemException(400, "too-complex", "Body too complex",
                "The " + format + " body nests " + what + " more than " + MAX_DEPTH + " levels deep.");
    }
}
