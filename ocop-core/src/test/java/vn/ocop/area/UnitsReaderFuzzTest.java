package vn.ocop.area;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import vn.ocop.OcopException;

/**
 * Fuzz tests of the units reader ({@link AdministrativeUnitRegistry#read}), with Jazzer's JUnit integration, in the
 * project's fuzz setup (see {@code RubricLoaderFuzzTest}).
 *
 * <p>The property: whatever the bytes, {@code read} either returns or throws an {@link OcopException} (in practice
 * {@link UnitDataException}), in bounded time; and a registry that reads answers every lookup (codes, names,
 * structure, successions, correspondence, descriptions) with nothing but {@link OcopException} escaping. Anything
 * else is a finding.
 *
 * <p>In the normal {@code mvn test} run Jazzer runs in regression mode on the seed corpus
 * {@code src/test/resources/vn/ocop/area/UnitsReaderFuzzTestInputs/<method>/}. To fuzz for real:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl ocop-core -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='UnitsReaderFuzzTest#readUnits' -Djazzer.max_duration=10m
 * </pre>
 */
class UnitsReaderFuzzTest {
    static final ObjectMapper PLAIN = new ObjectMapper();
    static final byte[] TINY = UnitsReaderTest.TINY.getBytes(StandardCharsets.UTF_8);
    static final List<LocalDate> DATES = List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 30),
            LocalDate.of(2025, 7, 1), LocalDate.of(2030, 1, 1));

    /** A units document as raw bytes. */
    @FuzzTest(maxDuration = "2m")
    void readUnits(byte[] data) {
        check(data);
    }

    /**
     * Structure-aware: the small valid document of {@link UnitsReaderTest} with a few edits chosen by the fuzzer (a
     * value replaced by a string, a number, a boolean, null, an empty object or array; a key removed or renamed; an
     * array element removed or repeated), so that inputs get past the JSON syntax into the rules between rows.
     */
    @FuzzTest(maxDuration = "2m")
    void readEditedUnits(FuzzedDataProvider data) throws IOException {
        JsonNode doc = PLAIN.readTree(TINY);
        int edits = data.consumeInt(1, 6);
        for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
            edit(doc, data);
        }
        check(PLAIN.writeValueAsBytes(doc));
    }

    /** Reads; only OcopException may escape, and a registry that reads must answer its lookups. */
    static void check(byte[] data) {
        AdministrativeUnitRegistry r;
        try {
            r = AdministrativeUnitRegistry.read(new ByteArrayInputStream(data), "fuzz.json");
        } catch (OcopException documented) {
            return;
        }
        r.provenance();
        r.reformDates();
        for (LocalDate d : DATES) {
            for (AreaLevel level : AreaLevel.values()) {
                for (AdministrativeUnit u : r.units(level, d)) {
                    use(r, u);
                }
            }
        }
    }

    static void use(AdministrativeUnitRegistry r, AdministrativeUnit u) {
        u.describe(Locale.ENGLISH);
        u.describe(Locale.forLanguageTag("vi"));
        u.province();
        u.answersTo(u.name());
        r.versions(u.code(), 2025);
        r.children(u);
        r.unitsOf(u);
        r.successorsOf(u);
        r.predecessorsOf(u);
        for (LocalDate d : DATES) {
            r.find(u.code(), d);
            r.correspondingOn(u, d);
            r.findByName(u.name(), d, u.parent().orElse(null));
            try {
                r.getByName(u.shortName(), d);
            } catch (OcopException documented) {
                // unknown or ambiguous: documented
            }
        }
    }

    static void edit(JsonNode root, FuzzedDataProvider data) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(data.consumeInt(0, containers.size() - 1));
        if (target instanceof ObjectNode o) {
            List<String> keys = new ArrayList<>();
            o.fieldNames().forEachRemaining(keys::add);
            if (keys.isEmpty()) {
                o.set(data.consumeString(8), value(data));
                return;
            }
            String key = keys.get(data.consumeInt(0, keys.size() - 1));
            switch (data.consumeInt(0, 3)) {
                case 0 -> o.remove(key);
                case 1 -> o.set(data.consumeString(12), o.remove(key));
                default -> o.set(key, value(data));
            }
        } else if (target instanceof ArrayNode a && !a.isEmpty()) {
            int i = data.consumeInt(0, a.size() - 1);
            switch (data.consumeInt(0, 2)) {
                case 0 -> a.remove(i);
                case 1 -> a.add(a.get(i).deepCopy());
                default -> a.set(i, value(data));
            }
        }
    }

    static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            for (Iterator<JsonNode> it = n.elements(); it.hasNext();) {
                collect(it.next(), out);
            }
        }
    }

    static JsonNode value(FuzzedDataProvider data) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (data.consumeInt(0, 7)) {
            case 0 -> f.numberNode(data.consumeInt());
            case 1 -> f.textNode(data.consumeString(12));
            case 2 -> f.textNode(data.pickValue(List.of("2025-07-01", "2025-06-30", "00004", "00013", "01", "84",
                    "Xã Mới", "WHOLE", "PART", "list", "conversion")));
            case 3 -> f.booleanNode(data.consumeBoolean());
            case 4 -> f.nullNode();
            case 5 -> f.objectNode();
            case 6 -> f.arrayNode().add(data.consumeString(6));
            default -> f.arrayNode();
        };
    }
}
