package vn.ocop.rulecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import vn.ocop.Problem;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.EvaluationSheet;
import vn.ocop.testing.English;

/**
 * The project's own rule checks ({@code src/test/resources/rulecheck/**.json}, one dynamic test per case file), and
 * tests of the rule-check runner itself.
 */
class RuleCheckCasesTest {
    private static final RuleCheckRunner RUNNER = RuleCheckRunner.bundled();

    /** Every case file shipped with the project: the law's rules as data. */
    @TestFactory
    Stream<DynamicTest> ruleChecks() {
        return RuleCheckTests.fromClasspath("rulecheck");
    }

    @Test
    void shipsAtLeastThirtyCasesOnBothEditions() {
        List<DynamicTest> tests = RuleCheckTests.fromClasspath("rulecheck").toList();
        assertThat(tests).hasSizeGreaterThanOrEqualTo(30);
        assertThat(tests).extracting(DynamicTest::getDisplayName)
                .anyMatch(n -> n.startsWith("rulecheck/qd26-2026/"))
                .anyMatch(n -> n.startsWith("rulecheck/qd148-2023/"))
                .noneMatch(n -> n.contains("not a valid case file"));
    }

    // ------------------------------------------------------------------ the runner

    private static final String VALID = """
            {
              "title": "Mọi tiêu chí cao nhất",
              "checks": "Điều 3.3.a",
              "edition": "QD-26-2026",
              "set": 1,
              "members": [{"base": "allBest"}],
              "expected": {"totals": [100], "stars": %s}
            }
            """;

    private static Path write(Path dir, String name, String json) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f;
    }

    private static Throwable run(DynamicTest t) {
        try {
            t.getExecutable().execute();
            return null;
        } catch (Throwable e) {
            return e;
        }
    }

    @Test
    void aCaseWithAWrongExpectedValueFailsNamingTheFileAndTheDifference(@TempDir Path dir) throws IOException {
        write(dir, "wrong-star.json", VALID.formatted("4"));
        List<DynamicTest> tests = RuleCheckTests.fromDirectory(dir).toList();
        assertThat(tests).singleElement().extracting(DynamicTest::getDisplayName)
                .isEqualTo("wrong-star.json: Mọi tiêu chí cao nhất");
        Throwable t = run(tests.get(0));
        assertThat(t).isInstanceOf(AssertionError.class);
        assertThat(t.getMessage())
                .contains(dir.resolve("wrong-star.json").toString())
                .contains("Mọi tiêu chí cao nhất")
                .contains("Điều 3.3.a")
                .contains("stars: expected 4★, got 5★")
                .contains("ca kiểm tra quy tắc " + dir.resolve("wrong-star.json") + " không đạt")
                .contains("kết quả của thư viện: QD-26-2026 bộ 1");
    }

    @Test
    void aCaseWithAnUnknownCriterionFailsNamingTheFileAndTheCriterion(@TempDir Path dir) throws IOException {
        write(dir, "sub/unknown-criterion.json", VALID.formatted("5").replace("\"base\": \"allBest\"",
                "\"base\": \"allBest\", \"answers\": {\"13.9\": \"a\"}"));
        Throwable t = run(RuleCheckTests.fromDirectory(dir).findFirst().orElseThrow());
        assertThat(t).isInstanceOf(AssertionError.class);
        assertThat(t.getMessage()).contains("unknown-criterion.json").contains("UNKNOWN_CRITERION")
                .contains("13.9");
    }

    @Test
    void aCorrectCasePasses(@TempDir Path dir) throws IOException {
        write(dir, "ok.json", VALID.formatted("5"));
        assertThat(run(RuleCheckTests.fromDirectory(dir).findFirst().orElseThrow())).isNull();
        assertThat(RUNNER.differences(RuleCheckRunner.read(dir.resolve("ok.json")))).isEmpty();
    }

    @Test
    void malformedJsonIsAClearErrorNamingTheFileAndLine(@TempDir Path dir) throws IOException {
        Path f = write(dir, "broken.json", "{\n  \"title\": \"x\",\n  \"set\": 1,,\n}\n");
        assertThatThrownBy(() -> RuleCheckRunner.read(f)).isInstanceOf(RuleCheckException.class)
                .hasMessageStartingWith(f.toString()).satisfies(e -> assertThat(English.text(e)).contains("line 3"));
        // in a folder, the broken file becomes a failing test of its own; the good one still runs
        write(dir, "ok.json", VALID.formatted("5"));
        List<DynamicTest> tests = RuleCheckTests.fromDirectory(dir).toList();
        assertThat(tests).extracting(DynamicTest::getDisplayName)
                .containsExactly("broken.json: not a valid case file", "ok.json: Mọi tiêu chí cao nhất");
        assertThat(run(tests.get(0))).isInstanceOf(RuleCheckException.class).satisfies(e -> assertThat(English.text(e)).contains("broken.json"));
        assertThat(run(tests.get(1))).isNull();
    }

    @Test
    void unknownAndRepeatedKeysAreRejected(@TempDir Path dir) throws IOException {
        Path unknown = write(dir, "unknown.json", VALID.formatted("5").replace("\"checks\"", "\"checkz\""));
        assertThatThrownBy(() -> RuleCheckRunner.read(unknown)).isInstanceOf(RuleCheckException.class)
                .satisfies(e -> assertThat(English.text(e)).contains("unknown.json")).satisfies(e -> assertThat(English.text(e)).contains("unknown key 'checkz'"));
        Path nested = write(dir, "nested.json", VALID.formatted("5").replace("\"totals\"", "\"total\""));
        assertThatThrownBy(() -> RuleCheckRunner.read(nested)).isInstanceOf(RuleCheckException.class)
                .satisfies(e -> assertThat(English.text(e)).contains("$.expected.total: unknown key 'total'"));
        Path twice = write(dir, "twice.json", VALID.formatted("5").replace("\"set\": 1,", "\"set\": 1, \"set\": 2,"));
        assertThatThrownBy(() -> RuleCheckRunner.read(twice)).isInstanceOf(RuleCheckException.class)
                .satisfies(e -> assertThat(English.text(e)).contains("twice.json")).satisfies(e -> assertThat(English.text(e)).contains("duplicate key 'set'"));
    }

    @Test
    void contradictingOrMissingKeysAreClearErrors(@TempDir Path dir) throws IOException {
        Path both = write(dir, "both.json", VALID.formatted("5").replace("\"set\": 1,",
                "\"set\": 1, \"date\": \"2026-06-01\","));
        assertThatThrownBy(() -> RuleCheckRunner.read(both)).isInstanceOf(RuleCheckException.class)
                .satisfies(e -> assertThat(English.text(e)).contains("both.json")).satisfies(e -> assertThat(English.text(e)).contains("exactly one of 'edition'"));
        Path noChecks = write(dir, "no-checks.json", VALID.formatted("5").replace("\"checks\": \"Điều 3.3.a\",", ""));
        assertThatThrownBy(() -> RuleCheckRunner.read(noChecks)).isInstanceOf(RuleCheckException.class)
                .satisfies(e -> assertThat(English.text(e)).contains("'checks (the article or annex line the case checks)' is missing"));
        Path badStars = write(dir, "bad-stars.json", VALID.formatted("\"five\""));
        assertThatThrownBy(() -> RuleCheckRunner.read(badStars)).isInstanceOf(RuleCheckException.class)
                .satisfies(e -> assertThat(English.text(e)).contains("'stars' must be a star class 1 to 5 or \"rejected\""));
        Path badBase = write(dir, "bad-base.json", VALID.formatted("5").replace("allBest", "best"));
        assertThatThrownBy(() -> RuleCheckRunner.read(badBase)).isInstanceOf(RuleCheckException.class)
                .satisfies(e -> assertThat(English.text(e)).contains("$.members[0].base")).satisfies(e -> assertThat(English.text(e)).contains("allBest"));
        Path nothing = write(dir, "nothing.json", VALID.formatted("5").replace("\"totals\": [100], \"stars\": 5", ""));
        assertThatThrownBy(() -> RuleCheckRunner.read(nothing)).isInstanceOf(RuleCheckException.class)
                .satisfies(e -> assertThat(English.text(e)).contains("'expected' names nothing to check"));
    }

    /** Every problem of a part of the case is reported at once, each with the file, line, column and JSON path. */
    @Test
    void everyProblemOfAPartIsReportedWithItsPath(@TempDir Path dir) throws IOException {
        Path top = write(dir, "top.json", """
                {"set": 0, "edition": "QD-26-2026", "date": "2026-06-01",
                 "members": [{"base": "allBest"}], "expected": {"stars": 5}}
                """);
        assertThatThrownBy(() -> RuleCheckRunner.read(top)).isInstanceOfSatisfying(RuleCheckException.class,
                e -> assertThat(e.problems()).extracting(Problem::source, Problem::path).containsExactly(
                        tuple(top.toString(), "$.title"), tuple(top.toString(), "$.checks"),
                        tuple(top.toString(), "$"), tuple(top.toString(), "$.set")));
        Path sheet = write(dir, "sheet.json", """
                {"title": "t", "checks": "c", "edition": "QD-26-2026", "set": 1,
                 "members": [{"base": "allBest"},
                             {"base": "allBest", "answers": {"1.1": null}, "knockOuts": [null], "times": 0}],
                 "expected": {"stars": 5}}
                """);
        assertThatThrownBy(() -> RuleCheckRunner.read(sheet)).isInstanceOfSatisfying(RuleCheckException.class, e -> {
            assertThat(e.problems()).extracting(Problem::path).containsExactly("$.members[1].answers[\"1.1\"]",
                    "$.members[1].knockOuts[0]", "$.members[1].times");
            assertThat(e.problems()).extracting(Problem::message).containsExactly(
                    "answer for criterion '1.1' is null", "a code is null", "'times' must be at least 1, was 0");
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(3)); // the second sheet
            assertThat(e.getMessage()).startsWith(sheet.toString());
        });
    }

    @Test
    void anUnknownEditionIsADifferenceNamingTheFile(@TempDir Path dir) throws IOException {
        write(dir, "edition.json", VALID.formatted("5").replace("QD-26-2026", "QD-26-2025"));
        Throwable t = run(RuleCheckTests.fromDirectory(dir).findFirst().orElseThrow());
        assertThat(t).isInstanceOf(AssertionError.class);
        assertThat(t.getMessage()).contains("edition.json").contains("unknown rubric edition 'QD-26-2025'");
    }

    @Test
    void missingOrEmptyFoldersAreErrors(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> RuleCheckTests.fromDirectory(dir.resolve("nope")))
                .isInstanceOf(RuleCheckException.class).satisfies(e -> assertThat(English.text(e)).contains("not found"));
        write(dir, "README.md", "not a case");
        assertThatThrownBy(() -> RuleCheckTests.fromDirectory(dir))
                .isInstanceOf(RuleCheckException.class).satisfies(e -> assertThat(English.text(e)).contains("no rule-check case files"));
        assertThatThrownBy(() -> RuleCheckTests.fromClasspath("no/such/folder"))
                .isInstanceOf(RuleCheckException.class).satisfies(e -> assertThat(English.text(e)).contains("'no/such/folder' not found"));
    }

    @Test
    void aKnownIssueIsSkippedWhileItFailsAndFailsOnceItPasses(@TempDir Path dir) throws IOException {
        String known = "\"knownIssue\": \"upstream report R-99\",\n  \"edition\"";
        write(dir, "a-still-failing.json", VALID.formatted("4").replace("\"edition\"", known));
        write(dir, "b-fixed.json", VALID.formatted("5").replace("\"edition\"", known));
        List<DynamicTest> tests = RuleCheckTests.fromDirectory(dir).toList();
        assertThat(run(tests.get(0))).isInstanceOf(TestAbortedException.class)
                .satisfies(e -> assertThat(English.text(e)).contains("known issue: upstream report R-99")).satisfies(e -> assertThat(English.text(e)).contains("stars: expected 4★, got 5★"));
        assertThat(run(tests.get(1))).isInstanceOf(AssertionError.class)
                .satisfies(e -> assertThat(English.text(e)).contains("b-fixed.json passes now")).satisfies(e -> assertThat(English.text(e)).contains("remove 'knownIssue'"));
    }

    @Test
    void theCompactFormExpandsToFullSheets() {
        RuleCheckCase c = RuleCheckRunner.read(new java.io.ByteArrayInputStream("""
                {"title": "t", "checks": "c", "edition": "QD-26-2026", "set": 1,
                 "members": [{"base": "allLowest", "times": 2}, {"name": "Chủ tịch", "base": "allBest",
                              "answers": {"1.1": "b", "5.1": "a"}, "knockOuts": ["KO2"]}],
                 "agreed": {"base": "allBest"}, "knockOuts": ["KO1"],
                 "expected": {"stars": "rejected"}}
                """.getBytes(StandardCharsets.UTF_8)), "inline");
        Council council = RUNNER.council(c);
        assertThat(council.members()).extracting(EvaluationSheet::member)
                .containsExactly("Thành viên 1", "Thành viên 2", "Chủ tịch");
        EvaluationSheet lowest = council.members().get(0);
        assertThat(lowest.answers()).hasSize(31); // 32 criteria, 5.2 left out: 5.1 a says there is no story
        assertThat(lowest.answers()).noneMatch(a -> a.criterion().equals("5.2"));
        assertThat(lowest.answers()).anyMatch(a -> a.criterion().equals("2.4") && a.option().equals("no"));
        EvaluationSheet chair = council.members().get(2);
        assertThat(chair.answers()).anyMatch(a -> a.criterion().equals("1.1") && a.option().equals("b"))
                .anyMatch(a -> a.criterion().equals("4.3") && a.option().equals("e"))
                .noneMatch(a -> a.criterion().equals("5.2"));
        assertThat(chair.knockOuts()).containsExactly("KO2");
        assertThat(council.agreedSheet().member()).isEqualTo("Hội đồng");
        assertThat(council.knockOuts()).containsExactly("KO1");
        assertThat(RUNNER.differences(c)).isEmpty();
    }

    @Test
    void casesAreFoundInsideAJarOnTheClassPath(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("cases.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry("provincial-cases/"));
            j.closeEntry();
            j.putNextEntry(new JarEntry("provincial-cases/qd26/ok.json"));
            j.write(VALID.formatted("5").getBytes(StandardCharsets.UTF_8));
            j.closeEntry();
            j.putNextEntry(new JarEntry("provincial-cases/qd26/ca đúng.json"));
            j.write(VALID.formatted("5").getBytes(StandardCharsets.UTF_8));
            j.closeEntry();
            j.putNextEntry(new JarEntry("provincial-cases/qd26/wrong.json"));
            j.write(VALID.formatted("3").getBytes(StandardCharsets.UTF_8));
            j.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<DynamicTest> tests = RuleCheckTests.fromClasspath("/provincial-cases/", loader, RUNNER).toList();
            assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly(
                    "provincial-cases/qd26/ca đúng.json: Mọi tiêu chí cao nhất",
                    "provincial-cases/qd26/ok.json: Mọi tiêu chí cao nhất",
                    "provincial-cases/qd26/wrong.json: Mọi tiêu chí cao nhất");
            assertThat(run(tests.get(0))).isNull();
            assertThat(run(tests.get(1))).isNull();
            assertThat(tests.get(0).getTestSourceUri()).hasValueSatisfying(
                    u -> assertThat(u.getScheme()).isEqualTo("classpath"));
            assertThat(run(tests.get(2))).isInstanceOf(AssertionError.class)
                    .satisfies(e -> assertThat(English.text(e)).contains("provincial-cases/qd26/wrong.json"))
                    .satisfies(e -> assertThat(English.text(e)).contains("stars: expected 3★, got 5★"));
        }
    }

    @Test
    void expectedSheetProblemsMustMatch(@TempDir Path dir) throws IOException {
        write(dir, "problems.json", """
                {"title": "5.2 answered without a story", "checks": "Phụ lục II mục 1, tiêu chí 5.2",
                 "edition": "QD-26-2026", "set": 1,
                 "members": [{"base": "allBest", "answers": {"5.1": "a", "5.2": "c"}}],
                 "expected": {"sheetProblems": [{"kind": "MISSING_ANSWER", "criterion": "5.2"}]}}
                """);
        Throwable t = run(RuleCheckTests.fromDirectory(dir).findFirst().orElseThrow());
        assertThat(t).isInstanceOf(AssertionError.class);
        assertThat(t.getMessage()).contains("problems.json")
                .contains("sheetProblems: expected [MISSING_ANSWER 5.2], got [NOT_APPLICABLE");
    }
}
