package vn.ocop.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;

class ProblemFormatterTest {
    private final InvalidInputException e = new InvalidInputException("kế hoạch", List.of(
            new Problem("plan.json", "$.targets[0].value", 3, 14, "x"), new Problem("plan.json", "$.period", "y")));

    @Test
    void vietnamese() {
        assertThat(ProblemFormatter.of(Formats.VIETNAMESE_LOCALE).format(e)).isEqualTo("kế hoạch: 2 lỗi"
                + "\n  - plan.json, dòng 3, cột 14, $.targets[0].value: x"
                + "\n  - plan.json, $.period: y");
    }

    @Test
    void english() {
        assertThat(ProblemFormatter.of(Locale.ENGLISH).format(e)).isEqualTo("kế hoạch: 2 problem(s)"
                + "\n  - plan.json, line 3, column 14, $.targets[0].value: x"
                + "\n  - plan.json, $.period: y");
    }
}
