package vn.ocop.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import vn.ocop.Problem;

/**
 * Reads JSON into a Jackson tree while recording duplicate keys as problems (Jackson's own duplicate detection stops
 * at the first one; the loader must report all of them). Bounded by {@link JsonLimits}: nesting depth, string and
 * number length and document size are limited, NaN and Infinity are rejected. A document that cannot be read is one
 * problem, made by {@link JsonErrors} (with line and column where the parser knows them).
 */
public final class JsonTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final JsonFactory FACTORY = JsonLimits.factory();

    private JsonTree() {
    }

    /**
     * Parses a document.
     *
     * @param in the bytes (UTF-8), not null; not closed
     * @param source name for problems
     * @param problems receives duplicate-key problems
     * @return the root node, or null when the document is not well-formed (a problem is then recorded)
     */
    public static JsonNode read(InputStream in, String source, List<Problem> problems) {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                problems.add(Problem.of(source, "$", "loading:json.empty"));
                return null;
            }
            JsonNode root = value(p, t, "$", source, problems);
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                problems.add(Problem.of(source, "$", Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0),
                        "loading:json.trailing"));
            }
            return root;
        } catch (IOException e) {
            problems.add(JsonErrors.problem(e, source));
            return null;
        }
    }

    private static JsonNode value(JsonParser p, JsonToken t, String path, String source, List<Problem> problems)
            throws IOException {
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    JsonNode v = value(p, p.nextToken(), path + "." + name, source, problems);
                    if (o.has(name)) {
                        problems.add(Problem.of(source, path + "." + name, "loading:json.duplicateKey", name));
                    } else {
                        o.set(name, v);
                    }
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                int i = 0;
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    a.add(value(p, k, path + "[" + i++ + "]", source, problems));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                try {
                    return NODES.numberNode(p.getDecimalValue());
                } catch (NumberFormatException e) { // e.g. 999e9999999999999: the exponent does not fit
                    throw new JsonParseException(p, "number out of range: " + p.getText());
                }
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonParseException(p, "unexpected token " + t + " at " + path);
        }
    }
}
