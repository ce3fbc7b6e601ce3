package vn.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ocop.format.ProblemFormatter;

class InvalidInputExceptionTest {
    @Test
    void carriesEveryProblemAndNamesThemInItsMessage() {
        List<Problem> problems = List.of(new Problem("plan.json", "$.targets[0].value", 3, 14, "must not be negative"),
                new Problem("plan.json", "$.period", "missing required key 'period'"));
        InvalidInputException e = new InvalidInputException("plan", problems);
        assertThat(e.problems()).containsExactlyElementsOf(problems);
        assertThat(e.getMessage()).as("Vietnamese, the library's default").isEqualTo("kế hoạch: 2 lỗi"
                + "\n  - plan.json, dòng 3, cột 14, $.targets[0].value: must not be negative"
                + "\n  - plan.json, $.period: missing required key 'period'");
        assertThat(ProblemFormatter.of(Locale.ENGLISH).format(e)).isEqualTo("plan: 2 problem(s)"
                + "\n  - plan.json, line 3, column 14, $.targets[0].value: must not be negative"
                + "\n  - plan.json, $.period: missing required key 'period'");
        assertThat(e.context()).isEqualTo("plan");
        assertThat(e.context(Locale.ENGLISH)).isEqualTo("plan");
        assertThat(e.context(Locale.forLanguageTag("vi"))).isEqualTo("kế hoạch");
        assertThat(new InvalidInputException("my file.json", problems).context(Locale.forLanguageTag("vi")))
                .as("a context the library does not name").isEqualTo("my file.json");
        assertThat(e).isInstanceOf(OcopException.class);
        assertThatThrownBy(() -> e.problems().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theProblemsSurviveSerialisation() throws Exception {
        InvalidInputException e = new InvalidInputException("sheet", List.of(new Problem("a.json", "$", "empty document")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            InvalidInputException back = (InvalidInputException) in.readObject();
            assertThat(back.problems()).containsExactlyElementsOf(e.problems());
            assertThat(back.getMessage()).isEqualTo(e.getMessage());
        }
    }

    @Test
    void aKeyedProblemSaysItselfInEitherLanguageAndSurvivesSerialisation() throws Exception {
        Problem p = Problem.of("set.json", "$.parts", 2, 5, "loading:rubric.partsSum", new java.math.BigDecimal("99.5"));
        assertThat(p.message()).isEqualTo("tổng điểm các phần là 99,5, không phải 100");
        assertThat(p.message(Locale.ENGLISH)).isEqualTo("parts sum to 99.5, not 100");
        assertThat(p.key()).isEqualTo("loading:rubric.partsSum");
        assertThat(p.arguments()).containsExactly(new java.math.BigDecimal("99.5"));
        assertThat(p).hasToString("set.json, dòng 2, cột 5, $.parts: tổng điểm các phần là 99,5, không phải 100");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Problem back = (Problem) in.readObject();
            assertThat(back).isEqualTo(p);
            assertThat(back.message(Locale.ENGLISH)).isEqualTo("parts sum to 99.5, not 100");
        }
        assertThatThrownBy(() -> Problem.of("s", "$", "no-bundle-separator")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExceptionWithoutProblemsIsABug() {
        assertThatThrownBy(() -> new InvalidInputException("x", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void problemPositionsAreOneBasedOrUnknown() {
        assertThat(new Problem("s", "$", "m")).extracting(Problem::line, Problem::column).containsExactly(0, 0);
        assertThat(new Problem("s", "$", 2, 0, "m").toString()).isEqualTo("s, dòng 2, $: m");
        assertThatThrownBy(() -> new Problem("s", "$", -1, 0, "m")).isInstanceOf(IllegalArgumentException.class);
    }
}
