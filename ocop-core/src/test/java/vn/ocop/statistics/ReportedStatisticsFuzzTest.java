package vn.ocop.statistics;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import vn.ocop.Problem;
import vn.ocop.format.StatisticsFormatter;
import vn.ocop.testing.JsonEdits;

/**
 * Fuzz tests of the reader of published statistics ({@link ReportedStatistics#read}, figures as reports write
 * them: "1.234", "41,54 %") and of their checks, with Jazzer's JUnit integration, in the project's fuzz setup (see
 * {@code RubricLoaderFuzzTest}).
 *
 * <p>The property: whatever the bytes, {@code read} either returns or throws a
 * {@link StatisticsValidationException} with at least one problem, each naming the file; statistics that read are
 * checked and every finding is written in Vietnamese and English with nothing escaping. Anything else is a finding.
 *
 * <p>Seed corpus: {@code src/test/resources/vn/ocop/statistics/ReportedStatisticsFuzzTestInputs/<method>/}. To fuzz:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl ocop-core -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='ReportedStatisticsFuzzTest#readStatistics' -Djazzer.max_duration=10m
 * </pre>
 */
class ReportedStatisticsFuzzTest {
    static final byte[] SAMPLE = seed("readStatistics/slips.json");
    static final List<String> WORDS = List.of("1.234", "41,54 %", "41,54", "12,34", "100 %", "0", "-5", "9.999.999",
            "57", "2024-12-31");
    static final StatisticsFormatter VI = StatisticsFormatter.of(Locale.forLanguageTag("vi"));
    static final StatisticsFormatter EN = StatisticsFormatter.of(Locale.ENGLISH);

    static byte[] seed(String name) {
        try (InputStream in = ReportedStatisticsFuzzTest.class.getResourceAsStream(
                "ReportedStatisticsFuzzTestInputs/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Published statistics as raw bytes. */
    @FuzzTest(maxDuration = "2m")
    void readStatistics(byte[] data) {
        check(data);
    }

    /** Structure-aware: statistics with slips of every kind, with a few edits ({@link JsonEdits}). */
    @FuzzTest(maxDuration = "2m")
    void readEditedStatistics(FuzzedDataProvider data) {
        check(JsonEdits.edited(SAMPLE, WORDS, data));
    }

    static void check(byte[] data) {
        ReportedStatistics s;
        try {
            s = ReportedStatistics.read(new ByteArrayInputStream(data), "fuzz.json");
        } catch (StatisticsValidationException e) {
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
        List<ReportedStatistics.Finding> findings = s.check();
        VI.findings(findings);
        EN.findings(findings);
        s.slips();
    }
}
