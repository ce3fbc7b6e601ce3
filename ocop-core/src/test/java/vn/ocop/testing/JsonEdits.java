package vn.ocop.testing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Structure-aware fuzzing of JSON documents: a valid document with a few edits chosen by the fuzzer (a value
 * replaced by a string, a number, a decimal, a boolean, null, an empty object or array, or one of the document's
 * own words; a key removed or renamed; an array element removed or repeated), so that inputs get past the JSON
 * syntax into the readers' own rules.
 */
public final class JsonEdits {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private JsonEdits() {
    }

    /**
     * @param valid a valid document, UTF-8
     * @param words values the document's rules care about (codes, dates, enumeration names)
     * @param data the fuzzer's data
     * @return the document with 1 to 6 edits, UTF-8
     */
    public static byte[] edited(byte[] valid, List<String> words, FuzzedDataProvider data) {
        try {
            JsonNode doc = PLAIN.readTree(valid);
            int edits = data.consumeInt(1, 6);
            for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
                edit(doc, words, data);
            }
            return PLAIN.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void edit(JsonNode root, List<String> words, FuzzedDataProvider data) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(data.consumeInt(0, containers.size() - 1));
        if (target instanceof ObjectNode o) {
            List<String> keys = new ArrayList<>();
            o.fieldNames().forEachRemaining(keys::add);
            if (keys.isEmpty()) {
                o.set(data.consumeString(8), value(words, data));
                return;
            }
            String key = keys.get(data.consumeInt(0, keys.size() - 1));
            switch (data.consumeInt(0, 3)) {
                case 0 -> o.remove(key);
                case 1 -> o.set(data.consumeString(12), o.remove(key));
                default -> o.set(key, value(words, data));
            }
        } else if (target instanceof ArrayNode a && !a.isEmpty()) {
            int i = data.consumeInt(0, a.size() - 1);
            switch (data.consumeInt(0, 2)) {
                case 0 -> a.remove(i);
                case 1 -> a.add(a.get(i).deepCopy());
                default -> a.set(i, value(words, data));
            }
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            for (Iterator<JsonNode> it = n.elements(); it.hasNext();) {
                collect(it.next(), out);
            }
        }
    }

    private static JsonNode value(List<String> words, FuzzedDataProvider data) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (data.consumeInt(0, 8)) {
            case 0 -> f.numberNode(data.consumeInt());
            case 1 -> f.textNode(data.consumeString(12));
            case 2 -> f.textNode(data.pickValue(words));
            case 3 -> f.booleanNode(data.consumeBoolean());
            case 4 -> f.nullNode();
            case 5 -> f.objectNode();
            case 6 -> f.arrayNode().add(data.consumeString(6));
            case 7 -> f.numberNode(new java.math.BigDecimal(data.consumeLong()).movePointLeft(data.consumeInt(0, 20)));
            default -> f.arrayNode();
        };
    }
}
