package vn.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {
    @Test
    void carriesEveryProblemAndNamesThemInItsMessage() {
        List<Problem> problems = List.of(new Problem("plan.json", "$.targets[0].value", 3, 14, "must not be negative"),
                new Problem("plan.json", "$.period", "missing required key 'period'"));
        InvalidInputException e = new InvalidInputException("plan", problems);
        assertThat(e.problems()).containsExactlyElementsOf(problems);
        assertThat(e.getMessage()).isEqualTo("plan: 2 problem(s)"
                + "\n  - plan.json line 3, column 14 $.targets[0].value: must not be negative"
                + "\n  - plan.json $.period: missing required key 'period'");
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
    void anExceptionWithoutProblemsIsABug() {
        assertThatThrownBy(() -> new InvalidInputException("x", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void problemPositionsAreOneBasedOrUnknown() {
        assertThat(new Problem("s", "$", "m")).extracting(Problem::line, Problem::column).containsExactly(0, 0);
        assertThat(new Problem("s", "$", 2, 0, "m").toString()).isEqualTo("s line 2 $: m");
        assertThatThrownBy(() -> new Problem("s", "$", -1, 0, "m")).isInstanceOf(IllegalArgumentException.class);
    }
}
