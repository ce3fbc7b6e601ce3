package vn.ocop.plan;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.InvalidInputException;
import vn.ocop.OcopException;
import vn.ocop.OcopJson;
import vn.ocop.Problem;
import vn.ocop.area.Areas;
import vn.ocop.registry.Registry;
import vn.ocop.testing.JsonEdits;
import vn.ocop.testing.TraVinh;

/**
 * Fuzz tests of the plan reader ({@link Plan#read}) and of the reader of reported values
 * ({@link ReportedValue#readList}), which report every problem of a document at once, with Jazzer's JUnit
 * integration, in the project's fuzz setup (see {@code RubricLoaderFuzzTest}).
 *
 * <p>The property: whatever the bytes, a read either returns or throws a {@link PlanValidationException} with at
 * least one problem, each naming the file; a plan that reads is written and read back to an equal plan, and is
 * tracked against the Trà Vinh sample areas with nothing but an {@link OcopException} escaping. Anything else is a
 * finding.
 *
 * <p>Seed corpus: {@code src/test/resources/vn/ocop/plan/PlanReaderFuzzTestInputs/<method>/}. To fuzz:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl ocop-core -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='PlanReaderFuzzTest#readPlan' -Djazzer.max_duration=10m
 * </pre>
 */
class PlanReaderFuzzTest {
    static final byte[] SAMPLE = seed("readPlan/tra-vinh-plan-2024.json");
    static final List<String> WORDS = List.of("84", "842", "845", "2024-01-01", "2025-01-01", "2023-12-31",
            "LEVEL", "MORE_THAN", "RANGE", "INCREASE", "KEEP", "newRecognitions", "validProducts", "producerShare",
            "reported", "FIRST", "FLOW", "STOCK", "T1");
    static final Areas AREAS = TraVinh.areas();
    static final Registry EMPTY = Registry.of(List.of(), List.of(), List.of());

    static byte[] seed(String name) {
        try (InputStream in = PlanReaderFuzzTest.class.getResourceAsStream("PlanReaderFuzzTestInputs/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plan as raw bytes. */
    @FuzzTest(maxDuration = "2m")
    void readPlan(byte[] data) throws IOException {
        checkPlan(data);
    }

    /** Structure-aware: the Trà Vinh plan with a few edits ({@link JsonEdits}). */
    @FuzzTest(maxDuration = "2m")
    void readEditedPlan(FuzzedDataProvider data) throws IOException {
        checkPlan(JsonEdits.edited(SAMPLE, WORDS, data));
    }

    /** A list of reported values as raw bytes. */
    @FuzzTest(maxDuration = "2m")
    void readReportedValues(byte[] data) throws IOException {
        List<ReportedValue> values;
        try {
            values = ReportedValue.readList(new ByteArrayInputStream(data), "fuzz.json");
        } catch (PlanValidationException e) {
            located(e);
            return;
        }
        List<ReportedValue> back = ReportedValue.readList(
                new ByteArrayInputStream(OcopJson.mapper().writeValueAsBytes(values)), "again.json");
        if (!back.equals(values)) {
            throw new AssertionError("written and read back, the values differ: " + values);
        }
    }

    static void checkPlan(byte[] data) throws IOException {
        Plan plan;
        try {
            plan = Plan.read(new ByteArrayInputStream(data), "fuzz.json");
        } catch (PlanValidationException e) {
            located(e);
            return;
        }
        Plan back = Plan.read(new ByteArrayInputStream(OcopJson.mapper().writeValueAsBytes(plan)), "again.json");
        if (!back.equals(plan)) {
            throw new AssertionError("written and read back, the plan differs: " + plan);
        }
        try {
            Tracker.of(EMPTY, AREAS).progress(plan, LocalDate.of(2024, 8, 31));
        } catch (OcopException documented) {
            // a plan whose areas the sample register does not know
        }
    }

    static void located(InvalidInputException e) {
        if (e.problems().isEmpty()) {
            throw new AssertionError("rejected without a problem", e);
        }
        for (Problem p : e.problems()) {
            if (!"fuzz.json".equals(p.source())) {
                throw new AssertionError("a problem without its file: " + p, e);
            }
        }
    }
}
