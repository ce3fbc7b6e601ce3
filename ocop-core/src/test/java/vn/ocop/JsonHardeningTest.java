package vn.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.RubricLoader;
import vn.ocop.rubric.RubricSet;
import vn.ocop.rubric.RubricValidationException;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.EvaluationSheet;
import vn.ocop.testing.English;

/**
 * JSON is hardened for untrusted files, on both ways in: sheets and councils read with
 * {@link OcopJson#mapper()}, and rubric data read by {@link RubricLoader#loadSet} and {@link RubricLoader#loadEdition}.
 * Limits on nesting depth (64), string length (100,000 characters; keys 50,000, Jackson's default), number length
 * (40 characters) and document size (10,000,000 characters, for OcopJson and rubric files alike); duplicate keys, unknown properties, NaN and
 * Infinity rejected. A sheet or council that breaks a rule fails with Jackson's {@link JacksonException}; rubric data
 * with a {@link RubricValidationException} listing the problems.
 */
class JsonHardeningTest {
    static final ObjectMapper JSON = OcopJson.mapper();
    static final ObjectMapper PLAIN = new ObjectMapper();
    static final Edition QD26 = RubricCatalog.bundled().edition("QD-26-2026");

    static String sheet(String member, String set) {
        return "{\"edition\":\"QD-26-2026\",\"set\":" + set + ",\"member\":\"" + member
                + "\",\"answers\":{\"1.1\":\"a\",\"1.2\":\"b\"},\"knockOuts\":[]}";
    }

    static String sheet() {
        return sheet("Nguyễn Thị Lan", "1");
    }

    static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /**
     * Asserts that reading fails with a Jackson exception of the given kind, directly or wrapped by databind in a
     * {@code JsonMappingException} that gives the path (as it does inside a bean), and returns its message.
     */
    static String fails(org.assertj.core.api.ThrowableAssert.ThrowingCallable read,
            Class<? extends JacksonException> kind) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(read);
        assertThat(t).isInstanceOf(JacksonException.class);
        Throwable k = t;
        while (k != null && !kind.isInstance(k)) {
            k = k.getCause();
        }
        assertThat(k).as("%s in %s", kind.getSimpleName(), t).isNotNull();
        return t.getMessage();
    }

    static EvaluationSheet readSheet(String json) throws Exception {
        return JSON.readValue(json, EvaluationSheet.class);
    }

    static Council readCouncil(String json) throws Exception {
        return JSON.readValue(json, Council.class);
    }

    // ================================================================== sheets and councils: OcopJson.mapper()

    @Test
    void theMapperCarriesTheLimitsAndStrictFeatures() {
        StreamReadConstraints c = JSON.getFactory().streamReadConstraints();
        assertThat(c.getMaxNestingDepth()).isEqualTo(64);
        assertThat(c.getMaxStringLength()).isEqualTo(100_000);
        assertThat(c.getMaxNumberLength()).isEqualTo(40);
        assertThat(c.getMaxDocumentLength()).isEqualTo(10_000_000L);
        assertThat(JSON.getFactory().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isTrue();
        assertThat(JSON.getFactory().isEnabled(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature())).isFalse();
        assertThat(JSON.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
        assertThat(JSON.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
        assertThat(JSON.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)).isTrue();
        // every call returns a fresh copy with the same configuration
        assertThat(OcopJson.mapper()).isNotSameAs(OcopJson.mapper());
        assertThat(OcopJson.mapper().getFactory().streamReadConstraints().getMaxNestingDepth()).isEqualTo(64);
    }

    @Test
    void aValidSheetAndCouncilRead() throws Exception {
        EvaluationSheet s = readSheet(sheet());
        assertThat(s.member()).isEqualTo("Nguyễn Thị Lan");
        assertThat(s.answers()).hasSize(2);
        Council c = readCouncil("{\"members\":[" + sheet() + "," + sheet("B", "1") + "],\"knockOuts\":[\"KO1\"]}");
        assertThat(c.members()).hasSize(2);
    }

    @Test
    void nestingDepthIsLimitedTo64() throws Exception {
        assertThat(JSON.readTree(nested(64))).isNotNull();
        assertThat(fails(() -> JSON.readTree(nested(65)), StreamConstraintsException.class))
                .contains("nesting depth (65) exceeds the maximum allowed (64");
        // a typed read fails on the first token that does not fit, before any depth is reached …
        assertThatThrownBy(() -> readSheet(nested(100_000))).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> readCouncil(nested(100_000))).isInstanceOf(MismatchedInputException.class);
        // … and where the shape allows nesting, the limit stops it (no StackOverflowError, no time spent)
        String deepKnockOuts = "{\"members\":[" + sheet() + "],\"knockOuts\":" + nested(100_000) + "}";
        assertThatThrownBy(() -> readCouncil(deepKnockOuts)).isInstanceOf(JacksonException.class);
        assertThat(fails(() -> JSON.readValue(nested(100_000), Object.class), StreamConstraintsException.class))
                .contains("nesting depth");
    }

    @Test
    void stringsAreLimitedTo100000Characters() throws Exception {
        assertThat(readSheet(sheet("x".repeat(100_000), "1")).member()).hasSize(100_000);
        assertThat(fails(() -> readSheet(sheet("x".repeat(100_001), "1")), StreamConstraintsException.class))
                .contains("String value length (100001) exceeds the maximum allowed (100000");
        String longOption = "{\"members\":[" + sheet().replace("\"a\"", "\"" + "a".repeat(100_001) + "\"") + "]}";
        assertThat(fails(() -> readCouncil(longOption), StreamConstraintsException.class))
                .contains("String value length");
        // keys (criterion codes in "answers") have Jackson's own, lower limit on names: 50,000
        String longCode = "{\"members\":[" + sheet().replace("\"1.1\"", "\"" + "1".repeat(50_001) + "\"") + "]}";
        assertThat(fails(() -> readCouncil(longCode), StreamConstraintsException.class))
                .contains("Name length (50001) exceeds the maximum allowed (50000");
    }

    @Test
    void numbersAreLimitedTo40Characters() {
        // 40 digits are read (and are out of range for a set number); 41 are not read at all
        assertThatThrownBy(() -> readSheet(sheet("A", "1".repeat(40)))).isInstanceOf(JacksonException.class)
                .isNotInstanceOf(StreamConstraintsException.class).hasMessageContaining("out of range");
        assertThat(fails(() -> readSheet(sheet("A", "1".repeat(41))), StreamConstraintsException.class))
                .contains("Number value length (41) exceeds the maximum allowed (40");
        assertThat(fails(() -> readSheet(sheet("A", "1." + "0".repeat(40))), StreamConstraintsException.class))
                .contains("Number value length");
    }

    @Test
    void documentsAreLimitedTo10MillionCharacters() throws Exception {
        String text = sheet();
        String fits = " ".repeat(10_000_000 - text.length()) + text;
        assertThat(readSheet(fits).member()).isEqualTo("Nguyễn Thị Lan");
        String tooLong = " ".repeat(10_000_001 - text.length() + 1) + text;
        assertThat(fails(() -> readSheet(tooLong), StreamConstraintsException.class)).contains("Document length");
        assertThat(fails(() -> readCouncil("{\"members\":[" + sheet() + "]}" + " ".repeat(10_000_001)),
                StreamConstraintsException.class)).contains("Document length");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThat(fails(() -> readSheet(sheet().replace("\"member\":", "\"member\":\"B\",\"member\":")),
                JsonParseException.class)).contains("Duplicate field 'member'");
        assertThat(fails(() -> readSheet(sheet().replace("\"1.2\"", "\"1.1\"")), JsonParseException.class))
                .contains("Duplicate field '1.1'");
        assertThat(fails(() -> readCouncil("{\"members\":[" + sheet() + "],\"members\":[" + sheet() + "]}"),
                JsonParseException.class)).contains("Duplicate field 'members'");
        assertThat(fails(() -> readCouncil("{\"members\":[" + sheet().replace("\"set\":1", "\"set\":1,\"set\":2")
                + "]}"), JsonParseException.class)).contains("Duplicate field 'set'");
    }

    @Test
    void unknownPropertiesAreRejected() {
        assertThatThrownBy(() -> readSheet(sheet().replace("{\"edition\"", "{\"score\":100,\"edition\"")))
                .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("\"score\"");
        assertThatThrownBy(() -> readCouncil("{\"members\":[" + sheet() + "],\"secretary\":\"X\"}"))
                .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("\"secretary\"");
        assertThatThrownBy(() -> readCouncil("{\"members\":[" + sheet().replace("{\"edition\"", "{\"stars\":5,\"edition\"")
                + "]}")).isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("\"stars\"");
    }

    @Test
    void nanAndInfinityAreRejected() {
        for (String v : List.of("NaN", "Infinity", "-Infinity", "+Infinity", "-NaN")) {
            assertThatThrownBy(() -> readSheet(sheet("A", v))).as(v).isInstanceOf(JsonParseException.class)
                    .hasMessageMatching("(?s).*(Non-standard token|Unexpected character|unexpected character).*");
            assertThatThrownBy(() -> JSON.readTree("[" + v + "]")).as(v).isInstanceOf(JsonParseException.class);
        }
    }

    @Test
    void trailingContentNullPrimitivesAndWrongShapesAreRejected() {
        assertThatThrownBy(() -> readSheet(sheet() + " {}")).isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Trailing token");
        assertThatThrownBy(() -> readSheet(sheet("A", "null"))).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> readSheet(sheet().replace("\"answers\":{", "\"answers\":[").replace("},\"knockOuts\"",
                "],\"knockOuts\""))).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> readSheet(sheet().replace("\"a\"", "1"))).isInstanceOf(JacksonException.class)
                .hasMessageContaining("option code string");
        // a creator that refuses its arguments surfaces as a Jackson exception too
        assertThatThrownBy(() -> readCouncil("{\"members\":[]}")).isInstanceOf(JacksonException.class)
                .hasMessageContaining("ít nhất một phiếu đánh giá");
        assertThatThrownBy(() -> readCouncil("{\"members\":[null]}")).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> readSheet("{\"edition\":\"QD-26-2026\",\"set\":1,\"member\":\"A\"}"))
                .isInstanceOf(JacksonException.class).hasMessageContaining("answers");
    }

    /**
     * Reading bytes, Jackson detects the encoding; bytes that look like UTF-32 (here: leading NUL bytes) but are not
     * fail in its UTF-32 decoder with {@code java.io.CharConversionException}, an {@code IOException} that is not a
     * {@code JacksonException} (found by {@code SheetParsingFuzzTest}). Callers reading bytes or streams catch
     * {@code IOException}; text input ({@code String}, {@code Reader}) fails with {@code JacksonException} only.
     */
    @Test
    void bytesThatLookLikeUtf32FailWithAnIoExceptionThatIsNotAJacksonException() {
        byte[] bytes = ("\0\0\0\0\0\0\0\0" + sheet()).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JSON.readValue(bytes, EvaluationSheet.class))
                .isInstanceOf(java.io.CharConversionException.class).isNotInstanceOf(JacksonException.class)
                .hasMessageContaining("Invalid UTF-32 character");
        assertThatThrownBy(() -> JSON.readValue(new ByteArrayInputStream(bytes), Council.class))
                .isInstanceOf(java.io.IOException.class);
        assertThatThrownBy(() -> readSheet(new String(bytes, StandardCharsets.UTF_8))).isInstanceOf(JacksonException.class);
        // the rubric loader turns it into a problem like any other unreadable input
        assertThat(problems(() -> RubricLoader.loadSet(new ByteArrayInputStream(bytes), "draft.json", QD26)))
                .singleElement().asString().contains("draft.json, $: cannot read: Invalid UTF-32 character");
    }

    /**
     * A set number is a whole number: {@code 1.9} must not be read as set 1 (nor {@code "1"} or {@code 1e-9}):
     * {@code DeserializationFeature.ACCEPT_FLOAT_AS_INT} and scalar coercion are off.
     */
    @Test
    void setNumbersAreNotCoerced() {
        for (String v : List.of("1.9", "\"1\"", "1e-9", "26.5")) {
            assertThatThrownBy(() -> readSheet(sheet("A", v))).as(v).isInstanceOf(JacksonException.class);
        }
        assertThatThrownBy(() -> readSheet(sheet().replace("\"Nguyễn Thị Lan\"", "12")))
                .isInstanceOf(JacksonException.class);
    }

    // ================================================================== rubric data: RubricLoader

    static ObjectNode set1() throws Exception {
        try (InputStream in = JsonHardeningTest.class.getClassLoader()
                .getResourceAsStream("ocop-rubric/QD-26-2026/set-01.json")) {
            return (ObjectNode) PLAIN.readTree(in);
        }
    }

    static ObjectNode edition() throws Exception {
        try (InputStream in = JsonHardeningTest.class.getClassLoader()
                .getResourceAsStream("ocop-rubric/QD-26-2026/edition.json")) {
            ObjectNode e = (ObjectNode) PLAIN.readTree(in);
            ((ArrayNode) e.get("sets")).removeAll().add("set-01.json");
            return e;
        }
    }

    static RubricSet loadSet(String text) {
        return RubricLoader.loadSet(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "draft.json", QD26);
    }

    /** Loads an edition folder whose edition.json (or set-01.json) is the given text. */
    static Edition loadEdition(Path dir, String editionJson, String setJson) throws Exception {
        Files.writeString(dir.resolve("edition.json"), editionJson);
        Files.writeString(dir.resolve("set-01.json"), setJson);
        return RubricLoader.loadEdition(dir);
    }

    /** The problem messages of a load that must fail, checking that it fails with the documented exception, fast. */
    static List<String> problems(ThrowingSupplier load) {
        Throwable[] thrown = new Throwable[1];
        assertThatCode(() -> {
            try {
                load.get();
            } catch (Throwable t) {
                thrown[0] = t;
            }
        }).doesNotThrowAnyException();
        assertThat(thrown[0]).as("the load must fail").isInstanceOf(RubricValidationException.class);
        return ((RubricValidationException) thrown[0]).problems().stream().map(English::text).toList();
    }

    /** Whether a problem says that a file (in any folder) is not well-formed JSON, with line and column where the parser knew them. */
    static boolean malformed(String problem, String file) {
        return problem.matches("(?s)(.*/)?" + java.util.regex.Pattern.quote(file)
                + "(, line \\d+(, column \\d+)?)?, \\$: malformed JSON: .*");
    }

    @FunctionalInterface
    interface ThrowingSupplier {
        Object get() throws Exception;
    }

    @Test
    void theBundledFilesAndTheLimitsBoundariesLoad() throws Exception {
        assertThat(loadSet(set1().toString()).leafCriteria()).hasSize(32);
        ObjectNode s = set1();
        s.put("name", "x".repeat(100_000));                         // the longest string allowed
        ((ObjectNode) s.get("parts").get(0).get("groups").get(0).get("criteria").get(0)).put("max",
                new java.math.BigDecimal("3." + "0".repeat(38)));  // a number of 40 characters
        RubricSet loaded = loadSet(s.toString());
        assertThat(loaded.name()).hasSize(100_000);
        assertThat(loaded.criterion("1.1").max()).isEqualByComparingTo("3");
    }

    @Test
    void duplicateKeysInRubricDataAreAllReported(@TempDir Path dir) throws Exception {
        String text = set1().toString().replaceFirst("\"number\":", "\"number\":1,\"number\":")
                .replaceFirst("\"points\":1,", "\"points\":1,\"points\":2,");
        List<String> p = problems(() -> loadSet(text));
        assertThat(p).anyMatch(m -> m.contains("$.number: duplicate key 'number'"));
        assertThat(p).anyMatch(m -> m.contains("options[0].points: duplicate key 'points'"));
        String editionText = edition().toString().replaceFirst("\"title\":", "\"title\":\"x\",\"title\":");
        List<String> q = problems(() -> loadEdition(dir, editionText, set1().toString()));
        assertThat(q).anyMatch(m -> m.contains("edition.json, $.title: duplicate key 'title'"));
    }

    @Test
    void unknownKeysInRubricDataAreAllReported(@TempDir Path dir) throws Exception {
        ObjectNode s = set1();
        s.put("score", 100);
        ((ObjectNode) s.get("parts").get(1).get("groups").get(0).get("criteria").get(0).get("options").get(0))
                .put("bonus", 1);
        List<String> p = problems(() -> loadSet(s.toString()));
        assertThat(p).anyMatch(m -> m.contains("$.score: unknown key 'score'"));
        assertThat(p).anyMatch(m -> m.contains(".options[0].bonus: unknown key 'bonus'"));
        ObjectNode e = edition();
        ((ObjectNode) e.get("bands").get(0)).put("colour", "gold");
        List<String> q = problems(() -> loadEdition(dir, e.toString(), set1().toString()));
        assertThat(q).anyMatch(m -> m.contains("edition.json, $.bands[0].colour: unknown key 'colour'"));
    }

    @Test
    void nanAndInfinityInRubricDataAreRejected(@TempDir Path dir) throws Exception {
        for (String v : List.of("NaN", "Infinity", "-Infinity")) {
            String text = set1().toString().replaceFirst("\"points\":1,", "\"points\":" + v + ",");
            assertThat(problems(() -> loadSet(text))).as(v).singleElement().asString()
                    .startsWith("draft.json, line 1, column ").contains(", $: malformed JSON: ");
            String e = edition().toString().replaceFirst("\"from\":90", "\"from\":" + v);
            assertThat(problems(() -> loadEdition(dir, e, set1().toString()))).as(v)
                    .anyMatch(m -> malformed(m, "edition.json"));
        }
        // as strings they are not numbers either
        String text = set1().toString().replaceFirst("\"points\":1,", "\"points\":\"NaN\",");
        assertThat(problems(() -> loadSet(text))).anyMatch(m -> m.contains("expected a number"));
    }

    /** An exponent too large for {@code BigDecimal} is a problem of the file, not a {@code NumberFormatException}. */
    @Test
    void exponentsBeyondBigDecimalAreReportedAsProblems() throws Exception {
        String text = set1().toString().replaceFirst("\"points\":1,", "\"points\":999e9999999999999,");
        assertThat(problems(() -> loadSet(text)))
                .anyMatch(m -> malformed(m, "draft.json") && m.contains("number out of range"));
    }

    /**
     * Each JSON limit is reported as a problem of the file, like any other malformed JSON, although Jackson's
     * {@code StreamConstraintsException} may carry no location.
     */
    @Test
    void jsonLimitsInRubricDataAreReportedAsProblems(@TempDir Path dir) throws Exception {
        String set = set1().toString();
        // each breaker puts one over-the-limit value first in the root object (or pads the document)
        List<Function<String, String>> breakers = List.of(
                t -> "{\"x\":" + nested(65) + "," + t.substring(1),
                t -> "{\"x\":\"" + "x".repeat(100_001) + "\"," + t.substring(1),
                t -> "{\"x\":1" + "0".repeat(40) + "," + t.substring(1),
                t -> " ".repeat(10_000_001) + t);
        List<String> limits = List.of("nesting depth", "String value length", "Number value length", "Document length");
        for (int i = 0; i < breakers.size(); i++) {
            String limit = limits.get(i);
            String broken = breakers.get(i).apply(set);
            assertThat(problems(() -> loadSet(broken))).as(limit)
                    .anyMatch(m -> malformed(m, "draft.json") && m.contains(limit));
            String brokenEdition = breakers.get(i).apply(edition().toString());
            assertThat(problems(() -> loadEdition(dir, brokenEdition, set))).as("edition.json: " + limit)
                    .anyMatch(m -> malformed(m, "edition.json") && m.contains(limit));
        }
        // deep enough to overflow the stack of a recursive reader: stopped at depth 64, at once
        assertThat(problems(() -> loadSet(nested(1_000_000)))).anyMatch(m -> m.contains("nesting depth"));
    }

    /**
     * Hostile sizes are stopped at the limit, not after the whole input has been read: the loader fails with the
     * limit as a problem (no {@code StackOverflowError}, no {@code OutOfMemoryError}) having consumed only part of
     * each input, which is what keeps it cheap whatever the machine.
     */
    @Test
    void jsonLimitsStopHostileRubricFilesBeforeTheEnd() {
        List<String> hostile = List.of(nested(1_000_000), "{\"name\":\"" + "x".repeat(2_000_000) + "\"}",
                "{\"number\":" + "9".repeat(1_000_000) + "}", " ".repeat(20_000_000) + "{}");
        // a million digits fill Jackson's text buffer: the string limit stops them before the number limit is checked
        List<String> limits = List.of("nesting depth", "String value length", "exceeds the maximum allowed",
                "Document length");
        // the limit in bytes of ASCII input: none for depth (64 brackets), 100,000 characters, 10,000,000 characters
        List<Integer> limitBytes = List.of(64, 100_000, 100_000, 10_000_000);
        int parserBuffers = 64 * 1024;   // the parser reads ahead by buffers (8,000 bytes); a generous margin
        for (int i = 0; i < hostile.size(); i++) {
            byte[] bytes = hostile.get(i).getBytes(StandardCharsets.UTF_8);
            CountingStream in = new CountingStream(bytes);
            assertThat(problems(() -> RubricLoader.loadSet(in, "draft.json", QD26))).as(limits.get(i))
                    .singleElement().asString().matches(m -> malformed(m, "draft.json"), "malformed JSON").contains(limits.get(i));
            assertThat(in.consumed()).as("%s: bytes read of %d", limits.get(i), bytes.length)
                    .isLessThanOrEqualTo(limitBytes.get(i) + parserBuffers).isLessThan(bytes.length);
        }
    }

    /** A stream that tells how many of its bytes were read. */
    static final class CountingStream extends ByteArrayInputStream {
        CountingStream(byte[] bytes) {
            super(bytes);
        }

        long consumed() {
            return pos;
        }
    }

    /** A rubric file read with OcopJson (not the loader) gets the same limits: e.g. a tool pre-checking a draft. */
    @Test
    void aTreeReadWithTheMapperIsBoundedToo() {
        assertThat(fails(() -> JSON.readValue(nested(65), JsonNode.class), StreamConstraintsException.class))
                .contains("nesting depth");
    }
}
