package dev.crosswalk.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** A JSON document read into a tree that remembers the line each object starts on, for line-level errors. */
final class LocatedJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final JsonNode root;
    private final Map<JsonNode, Integer> lines;

    private LocatedJson(JsonNode root, Map<JsonNode, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** Parses {@code bytes}; a syntax error is an {@link InvalidImportException} at its line and column. */
    static LocatedJson parse(byte[] bytes) {
        Map<JsonNode, Integer> lines = new IdentityHashMap<>();
        try (JsonParser p = FACTORY.createParser(bytes)) {
            if (p.nextToken() == null) throw new InvalidImportException(List.of(ImportProblem.at(1, null, "The file is empty.")));
            JsonNode root = read(p, lines);
            if (p.nextToken() != null) {
                throw new InvalidImportException(List.of(ImportProblem.at(p.currentTokenLocation().getLineNr(),
                        p.currentTokenLocation().getColumnNr(), "Not readable as JSON: content after the end of the document.")));
            }
            return new LocatedJson(root, lines);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InvalidImportException(List.of(at == null ? ImportProblem.file("Not readable as JSON: " + e.getOriginalMessage())
                    : ImportProblem.at(at.getLineNr(), at.getColumnNr(), "Not readable as JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InvalidImportException(List.of(ImportProblem.file("Not readable as JSON: " + e.getMessage())));
        }
    }

    JsonNode root() {
        return root;
    }

    /** The line an object of this document starts on; null for values that are not objects. */
    Integer line(JsonNode node) {
        return lines.get(node);
    }

    private static JsonNode read(JsonParser p, Map<JsonNode, Integer> lines) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                lines.put(o, p.currentTokenLocation().getLineNr());
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    o.set(name, read(p, lines));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) a.add(read(p, lines));
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            default -> {
                return NODES.nullNode();
            }
        }
    }
}
