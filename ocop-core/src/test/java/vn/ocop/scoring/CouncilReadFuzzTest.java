package vn.ocop.scoring;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;

/**
 * Fuzz tests of {@link Council#read(java.io.InputStream, String)} and
 * {@link EvaluationSheet#read(java.io.InputStream, String)}: any bytes give a council or sheet, or the documented
 * {@link InvalidInputException} whose problems all name the source and render in both languages; nothing else
 * escapes. Regression mode runs in every {@code mvn test} on the seed corpus in
 * {@code src/test/resources/vn/ocop/scoring/CouncilReadFuzzTestInputs/<method>/}. To fuzz for real:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl ocop-core -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='CouncilReadFuzzTest#readCouncil' -Djazzer.max_duration=60s
 * </pre>
 */
class CouncilReadFuzzTest {
    @FuzzTest(maxDuration = "1m")
    void readCouncil(byte[] data) {
        try {
            Council c = Council.read(new ByteArrayInputStream(data), "fuzz.json");
            if (c.members().isEmpty()) {
                throw new AssertionError("a council without members was read");
            }
        } catch (InvalidInputException e) {
            check(e);
        }
    }

    @FuzzTest(maxDuration = "1m")
    void readSheet(byte[] data) {
        try {
            EvaluationSheet.read(new ByteArrayInputStream(data), "fuzz.json");
        } catch (InvalidInputException e) {
            check(e);
        }
    }

    private static void check(InvalidInputException e) {
        if (e.problems().isEmpty()) {
            throw new AssertionError("no problem", e);
        }
        for (Problem p : e.problems()) {
            // a keyed problem's text is the library's own (the input's values among its arguments may say anything);
            // a free text comes from a domain check and must not be a parser's dump either
            boolean parserText = p.key() == null
                    && (p.message().contains("Source:") || p.message().contains("com.fasterxml"));
            if (!p.source().equals("fuzz.json") || p.message().isBlank() || p.message(Locale.ENGLISH).isBlank()
                    || parserText) {
                throw new AssertionError("a problem that does not say where or what: " + p, e);
            }
        }
    }
}
