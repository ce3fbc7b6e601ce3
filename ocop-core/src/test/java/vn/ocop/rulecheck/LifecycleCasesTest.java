package vn.ocop.rulecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.ocop.Problem;
import vn.ocop.testing.English;

/** The lifecycle rule checks in src/test/resources/rulecheck-lifecycle, one test per case. */
class LifecycleCasesTest {
    private static final Path CASES = Path.of("src/test/resources/rulecheck-lifecycle");

    @TestFactory
    Stream<DynamicTest> lifecycleCases() {
        return LifecycleCheckTests.fromDirectory(CASES);
    }

    @Test
    void atLeastFifteenCases() {
        assertThat(LifecycleCheckTests.fromDirectory(CASES).count()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void aBrokenCaseReportsEveryProblemWithItsPath() {
        String json = "{\"title\":\"t\",\"checks\":\"c\",\"product\":\"P1\",\"events\":[{\"on\":\"2026-01-01\"},"
                + "{\"on\":\"2026-02-01\",\"recognise\":{\"id\":\"C\",\"stars\":9,\"authority\":\"KING\","
                + "\"edition\":\"QD-26-2026\",\"kind\":\"FIRST\"}}],\"expected\":[{\"on\":\"2026-03-01\"}],"
                + "\"extra\":1}";
        assertThatThrownBy(() -> LifecycleCase.read(json.getBytes(StandardCharsets.UTF_8), "x.json"))
                .isInstanceOfSatisfying(RuleCheckException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path)
                        .contains("$.extra", "$.events[0]", "$.events[1].recognise.authority", "$.expected[0]"))
                .satisfies(e -> {
                    List<Problem> problems = ((RuleCheckException) e).problems();
                    assertThat(English.messages(problems)).contains("an event does exactly one of recognise, "
                            + "fileReEvaluation, reEvaluationFailed, revoke; found none", "stars are 1 to 5, not 9",
                            "an expectation checks 'holding', 'status', 'overdueSince' or 'lastValidDay'");
                    assertThat(English.messages(problems)).anyMatch(m -> m.startsWith("unknown value 'KING'; one of ["));
                    assertThat(problems).extracting(Problem::message).contains("hạng sao từ 1 đến 5, không phải 9");
                    assertThat(problems).extracting(Problem::key).contains("loading:lifecycle.noAction",
                            "loading:lifecycle.stars", "loading:lifecycle.nothingChecked", "loading:lifecycle.unknownValue");
                });
    }

    @Test
    void aCaseTheEngineDisagreesWithFailsWithTheDifference() {
        String json = "{\"title\":\"t\",\"checks\":\"Điều 4.3\",\"product\":\"P1\",\"events\":[{\"on\":\"2026-06-01\","
                + "\"recognise\":{\"id\":\"C1\",\"stars\":3,\"authority\":\"PROVINCE\",\"edition\":\"QD-26-2026\","
                + "\"kind\":\"FIRST\"}}],\"expected\":[{\"on\":\"2029-06-02\",\"certificate\":\"C1\","
                + "\"status\":\"VALID\"}]}";
        assertThat(LifecycleCase.read(json.getBytes(StandardCharsets.UTF_8), "x.json").check())
                .containsExactly("$.expected[0]: C1 is EXPIRED on 2029-06-02, expected VALID");
    }
}
