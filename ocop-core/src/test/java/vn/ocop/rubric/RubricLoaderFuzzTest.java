package vn.ocop.rubric;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.OcopException;
import vn.ocop.scoring.Answer;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.EvaluationSheet;
import vn.ocop.scoring.Evaluator;

/**
 * Fuzz tests of the rubric loader, with Jazzer's JUnit integration.
 *
 * <p>The property: whatever the bytes, {@link RubricLoader#loadSet} and {@link RubricLoader#loadEdition} either
 * return or throw an {@link OcopException} (in practice {@link RubricValidationException}), in bounded time; and a
 * set or edition that loads can be given to {@link Evaluator#of} and score a sheet, again with nothing but
 * {@link OcopException} escaping. Anything else (a {@code NullPointerException}, an {@code ArithmeticException}, a
 * {@code StackOverflowError}, a time-out) is a finding.
 *
 * <p>In the normal {@code mvn test} run Jazzer runs in regression mode: each method runs once on every file of its
 * seed corpus {@code src/test/resources/vn/ocop/rubric/RubricLoaderFuzzTestInputs/<method>/} (real set and edition
 * files, malformed and hostile JSON, earlier findings). To fuzz for real (one method per run; findings are written
 * to that directory, the generated corpus to {@code .cifuzz-corpus/}):
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl ocop-core -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='RubricLoaderFuzzTest#loadSet' -Djazzer.max_duration=10m
 * </pre>
 */
class RubricLoaderFuzzTest {
    static final Edition QD26 = RubricCatalog.bundled().edition("QD-26-2026");
    static final ObjectMapper PLAIN = new ObjectMapper();
    static final byte[] SET_01 = bundled("QD-26-2026/set-01.json");
    static final byte[] SET_26 = bundled("QD-26-2026/set-26.json");
    static final byte[] EDITION = bundled("QD-26-2026/edition.json");

    static byte[] bundled(String name) {
        try (InputStream in = RubricLoaderFuzzTest.class.getClassLoader().getResourceAsStream("ocop-rubric/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ targets

    /** One set file, as raw bytes, loaded into QD-26-2026. */
    @FuzzTest(maxDuration = "2m")
    void loadSet(byte[] data) {
        checkSet(data);
    }

    /** An edition.json, as raw bytes, whose sets are the bundled set 1 and set 26 files of QD-26-2026. */
    @FuzzTest(maxDuration = "2m")
    void loadEdition(byte[] data) {
        checkEdition(data, Map.of("set-01.json", SET_01, "set-26.json", SET_26));
    }

    /**
     * Structure-aware: the bundled set 1 of QD-26-2026 with a few edits chosen by the fuzzer (a value replaced by
     * a number of any size and scale, a string, a boolean, null, an empty object or array; a key removed or
     * renamed; an array element repeated), so that inputs get past the JSON syntax into the rubric rules.
     */
    @FuzzTest(maxDuration = "2m")
    void loadEditedSet(FuzzedDataProvider data) throws IOException {
        JsonNode set = PLAIN.readTree(data.consumeBoolean() ? SET_01 : SET_26);
        int edits = data.consumeInt(1, 6);
        for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
            edit(set, data);
        }
        checkSet(PLAIN.writeValueAsBytes(set));
    }

    // ------------------------------------------------------------------ findings

    /**
     * Inputs found by fuzzing, kept as a regression suite in
     * {@code src/test/resources/vn/ocop/rubric/RubricLoaderFuzzTestFindings/<method>/}; each must end in problems:
     * <ul>
     * <li>{@code npe-*}: a JSON limit (nesting depth, string or number length), whose Jackson exception
     * ({@code StreamConstraintsException}) may carry no location: a problem "malformed JSON: …";</li>
     * <li>{@code arithmetic-huge-exponent}, {@code oom-negative-points-huge-exponent}: {@code 1E+999999999}, which
     * would cost seconds in {@code BigDecimal.add} and then overflow: "number out of range";</li>
     * <li>{@code nfe-huge-exponent-in-bands}: {@code 999e9999999999999}, whose exponent {@code BigDecimal} cannot
     * hold (Jackson throws a {@code NumberFormatException}): "malformed JSON: …: number out of range";</li>
     * <li>{@code arithmetic-evaluator-points-scale}: 0.0000000000000000000001 points, which the evaluator's
     * fixed-point tables cannot hold: "too many decimal places".</li>
     * </ul>
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("findings")
    @Timeout(5)
    void knownFindings(String method, Path file) throws IOException {
        byte[] data = Files.readAllBytes(file);
        if (method.equals("loadSet")) {
            checkSet(data);
        } else {
            checkEdition(data, Map.of("set-01.json", SET_01, "set-26.json", SET_26));
        }
    }

    static Stream<Arguments> findings() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (String method : List.of("loadSet", "loadEdition")) {
            Path dir = Path.of(RubricLoaderFuzzTest.class.getResource("RubricLoaderFuzzTestFindings/" + method).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                files.sorted().forEach(f -> out.add(Arguments.of(method, f)));
            }
        }
        return out.stream();
    }

    // ------------------------------------------------------------------ properties

    /** Loads a set; only OcopException may escape, and a set that loads must be usable. */
    static void checkSet(byte[] data) {
        RubricSet set;
        try {
            set = RubricLoader.loadSet(new ByteArrayInputStream(data), "fuzz.json", QD26);
        } catch (OcopException documented) {
            return;
        }
        use(QD26, set);
    }

    /** Loads an edition; only OcopException may escape, and every set of an edition that loads must be usable. */
    static void checkEdition(byte[] editionJson, Map<String, byte[]> setFiles) {
        Edition e;
        try {
            e = RubricLoader.loadEdition("fuzz/", name -> name.equals("edition.json")
                    ? new ByteArrayInputStream(editionJson)
                    : setFiles.containsKey(name) ? new ByteArrayInputStream(setFiles.get(name)) : null);
        } catch (OcopException documented) {
            return;
        }
        for (RubricSet s : e.sets()) {
            use(e, s);
        }
        for (StarBand b : e.bands()) {
            e.band(b.from());
        }
    }

    /** Builds an evaluator and scores a sheet at every criterion's first option. */
    static void use(Edition edition, RubricSet set) {
        try {
            Evaluator ev = Evaluator.of(edition, set);
            EvaluationSheet.Builder b = EvaluationSheet.builder(edition.id(), set.number(), "fuzz");
            for (Criterion c : set.leafCriteria()) {
                b.answer(c.code(), c.answerOptions().isEmpty() ? Answer.NONE : c.answerOptions().get(0).code());
            }
            EvaluationSheet sheet = b.build();
            ev.scoreDraft(sheet);
            ev.evaluate(Council.of(sheet));
        } catch (OcopException documented) {
            // e.g. a set number outside 1 to 26 or a sheet the set rejects
        }
    }

    // ------------------------------------------------------------------ structure-aware edits

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
            case 1 -> DecimalNode.valueOf(new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt()));
            case 2 -> DecimalNode.valueOf(new BigDecimal(BigInteger.valueOf(data.consumeInt(-1000, 1000)),
                    data.consumeInt(-6, 6)));
            case 3 -> f.textNode(data.consumeString(40));
            case 4 -> f.booleanNode(data.consumeBoolean());
            case 5 -> f.nullNode();
            case 6 -> f.objectNode();
            default -> f.arrayNode();
        };
    }
}
