package vn.ocop.area;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.OcopJson;
import vn.ocop.Problem;
import vn.ocop.testing.JsonEdits;

/**
 * Fuzz tests of the reader of a plan's areas ({@link Areas#read}), with Jazzer's JUnit integration, in the project's
 * fuzz setup (see {@code RubricLoaderFuzzTest}).
 *
 * <p>The property: whatever the bytes, {@code read} either returns or throws an {@link AreaValidationException} with
 * at least one problem, each naming the file; a register that reads is written and read back to the same units and
 * successions, and answers lookups on a few dates with nothing escaping. Anything else is a finding.
 *
 * <p>Seed corpus: {@code src/test/resources/vn/ocop/area/AreasReaderFuzzTestInputs/<method>/}. To fuzz:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl ocop-core -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='AreasReaderFuzzTest#readAreas' -Djazzer.max_duration=10m
 * </pre>
 */
class AreasReaderFuzzTest {
    static final byte[] SAMPLE = seed("readAreas/tra-vinh-areas.json");
    static final List<String> WORDS = List.of("84", "86", "842", "845", "2020-01-01", "2025-07-01", "PROVINCE",
            "DISTRICT", "COMMUNE", "COUNTRY", "Tỉnh Trà Vinh");
    static final List<LocalDate> DATES = List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 30),
            LocalDate.of(2025, 7, 1));

    static byte[] seed(String name) {
        try (InputStream in = AreasReaderFuzzTest.class.getResourceAsStream("AreasReaderFuzzTestInputs/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A register of areas as raw bytes. */
    @FuzzTest(maxDuration = "2m")
    void readAreas(byte[] data) throws IOException {
        check(data);
    }

    /** Structure-aware: the Trà Vinh areas with a few edits ({@link JsonEdits}). */
    @FuzzTest(maxDuration = "2m")
    void readEditedAreas(FuzzedDataProvider data) throws IOException {
        check(JsonEdits.edited(SAMPLE, WORDS, data));
    }

    static void check(byte[] data) throws IOException {
        Areas a;
        try {
            a = Areas.read(new ByteArrayInputStream(data), "fuzz.json");
        } catch (AreaValidationException e) {
            if (e.problems().isEmpty()) {
                throw new AssertionError("rejected without a problem", e);
            }
            for (Problem p : e.problems()) {
                if (!"fuzz.json".equals(p.source())) {
                    throw new AssertionError("a problem without its file: " + p, e);
                }
            }
            return;
        }
        Areas back = Areas.read(new ByteArrayInputStream(OcopJson.mapper().writeValueAsBytes(a)), "again.json");
        if (!back.units().equals(a.units()) || !back.successions().equals(a.successions())) {
            throw new AssertionError("written and read back, the areas differ: " + a);
        }
        for (Area u : a.units()) {
            for (LocalDate d : DATES) {
                a.exists(u.code(), d);
                a.parentOf(u.code(), d);
            }
        }
    }
}
