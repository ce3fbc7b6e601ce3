package vn.ocop.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;

/** Rubric problems are invalid input: every problem, with its place, kept across serialisation. */
class RubricValidationExceptionTest {
    @Test
    void aBrokenSetFileGivesEveryProblemWithLineAndColumnAndTheyAreSerialised() throws Exception {
        Edition qd26 = RubricCatalog.bundled().edition("QD-26-2026");
        byte[] broken = "{\n  \"number\": 1,\n  \"name\": }".getBytes(StandardCharsets.UTF_8);
        RubricValidationException e = (RubricValidationException) org.assertj.core.api.Assertions.catchThrowable(
                () -> RubricLoader.loadSet(new ByteArrayInputStream(broken), "draft.json", qd26));
        assertThat(e).isInstanceOf(InvalidInputException.class);
        assertThat(e.context()).isEqualTo(RubricValidationException.CONTEXT);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("draft.json");
            assertThat(p.message(java.util.Locale.ENGLISH)).startsWith("malformed JSON");
            assertThat(p.message()).startsWith("JSON sai cú pháp");
        });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            RubricValidationException back = (RubricValidationException) in.readObject();
            assertThat(back.problems()).isEqualTo(e.problems());
            assertThat(back.getMessage()).isEqualTo(e.getMessage());
        }
    }

    @Test
    void atLeastOneProblem() {
        assertThatThrownBy(() -> new RubricValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RubricValidationException(List.of(new Problem("f", "$", "m"))).problems()).hasSize(1);
    }
}
