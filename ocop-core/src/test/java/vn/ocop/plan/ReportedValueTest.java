package vn.ocop.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopException;

/** A published value with its date and source; a list of them read from JSON, or the problem with its place. */
class ReportedValueTest {
    static List<ReportedValue> read(String json) {
        return ReportedValue.readList(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "r.json");
    }

    @Test
    void aListReadsInTheOrderOfTheFile() {
        List<ReportedValue> values = read("[{\"indicator\":\"brands\",\"area\":\"84\",\"date\":\"2024-06-30\","
                + "\"value\":1,\"source\":\"báo cáo 6 tháng\"},\n{\"indicator\":\"brands\",\"area\":\"84\","
                + "\"date\":\"2024-12-15\",\"value\":5,\"source\":\"báo cáo năm\"}]");
        assertThat(values).containsExactly(
                ReportedValue.of("brands", "84", LocalDate.of(2024, 6, 30), 1, "báo cáo 6 tháng"),
                ReportedValue.of("brands", "84", LocalDate.of(2024, 12, 15), 5, "báo cáo năm"));
    }

    @Test
    void aBadValueIsAProblemWithItsPlace() {
        assertThatThrownBy(() -> read("[{\"indicator\":\"brands\",\"area\":\"84\",\"date\":\"2024-06-30\","
                + "\"value\":1,\"source\":\"a\"},\n{\"indicator\":\"brands\",\"area\":\"84\",\"date\":\"2024-12-15\","
                + "\"value\":-5,\"source\":\"b\"}]"))
                .isInstanceOf(PlanValidationException.class)
                .satisfies(e -> assertThat(((PlanValidationException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.source()).isEqualTo("r.json");
                    assertThat(p.path()).isEqualTo("$[1]");
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message()).contains("must not be negative, was -5");
                }));
        assertThatThrownBy(() -> read("[{\"indicator\":\"brands\",\"area\":\"84\",\"date\":\"30/06/2024\","
                + "\"value\":1,\"source\":\"a\"}]")).isInstanceOf(PlanValidationException.class)
                .hasMessageContaining("$[0].date").hasMessageContaining("yyyy-MM-dd");
        // every value's problem at once: a negative value, a date in the wrong format, a null element, a stray key
        assertThatThrownBy(() -> read("[{\"indicator\":\"brands\",\"area\":\"84\",\"date\":\"2024-06-30\","
                + "\"value\":-1,\"source\":\"a\"},\n{\"indicator\":\"brands\",\"area\":\"84\",\"date\":\"15/12/2024\","
                + "\"value\":5,\"source\":\"b\"},\nnull,\n{\"indicator\":\"brands\",\"area\":\"84\","
                + "\"date\":\"2024-12-31\",\"value\":6,\"source\":\"c\",\"note\":\"x\"}]"))
                .isInstanceOf(PlanValidationException.class)
                .satisfies(e -> assertThat(((PlanValidationException) e).problems())
                        .extracting(vn.ocop.Problem::path, vn.ocop.Problem::line).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("$[0]", 1),
                                org.assertj.core.groups.Tuple.tuple("$[1].date", 2),
                                org.assertj.core.groups.Tuple.tuple("$[2]", 3),
                                org.assertj.core.groups.Tuple.tuple("$[3].note", 4)));
        assertThatThrownBy(() -> ReportedValue.of("brands", " ", LocalDate.of(2024, 1, 1), 1, "x"))
                .isInstanceOf(OcopException.class).hasMessageContaining("must not be blank");
    }
}
