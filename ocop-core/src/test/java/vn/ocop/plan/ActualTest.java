package vn.ocop.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopException;

/** An actual value follows from what it rests on; sums say which areas they add up. */
class ActualTest {
    static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    static final LocalDate ON = LocalDate.of(2024, 8, 31);

    static Actual reported(long value) {
        return Actual.reported(ReportedValue.of("brands", "845", ON, value, "báo cáo"), false);
    }

    @Test
    void aCountedValueIsItsCountOrItsShare() {
        Actual count = Actual.counted(23, 7, false, FROM, ON);
        assertThat(count.value()).isEqualByComparingTo("23");
        assertThat(count.denominator()).as("a count has no denominator").isZero();
        assertThat(count.method()).isEqualTo(Actual.Method.COMPUTED);
        Actual share = Actual.counted(1, 3, true, null, ON);
        assertThat(share.value()).isEqualTo(new BigDecimal("33.33"));
        assertThat(Actual.counted(2, 3, true, null, ON).value()).isEqualTo(new BigDecimal("66.67"));
        Actual none = Actual.counted(0, 0, true, null, ON);
        assertThat(none.value()).isNull();
        assertThat(none.method()).isEqualTo(Actual.Method.NONE);
    }

    @Test
    void aReportedValueIsTheReportsOnItsDate() {
        Actual a = reported(3);
        assertThat(a.value()).isEqualByComparingTo("3");
        assertThat(a.on()).isEqualTo(ON);
        assertThat(a.numerator()).isZero();
        assertThat(a.method()).isEqualTo(Actual.Method.REPORTED);
        assertThat(Actual.notReported("845", FROM, ON, false).method()).isEqualTo(Actual.Method.NONE);
        assertThat(Actual.sumOfAllocations(BigDecimal.TEN, List.of("845", "849")).method())
                .isEqualTo(Actual.Method.SUM_OF_REPORTS);
    }

    @Test
    void aRollUpIsComputedWhenAllItsPartsAreAndHasNoValueWhenOneHasNone() {
        Actual computed = Actual.rolledUp(List.of(Actual.counted(2, 0, false, FROM, ON),
                Actual.counted(1, 0, false, FROM, ON)), List.of("90001", "90002"));
        assertThat(computed.method()).isEqualTo(Actual.Method.COMPUTED);
        assertThat(computed.value()).isEqualByComparingTo("3");
        assertThat(computed.numerator()).isEqualTo(3);
        assertThat(Actual.rolledUp(List.of(reported(1), reported(2)), List.of("a", "b")).method())
                .isEqualTo(Actual.Method.SUM_OF_REPORTS);
        assertThat(Actual.rolledUp(List.of(Actual.counted(2, 0, false, FROM, ON), reported(2)), List.of("a", "b"))
                .method()).isEqualTo(Actual.Method.SUM_OF_REPORTS);
        Actual missing = Actual.rolledUp(List.of(reported(1), Actual.notReported("b", null, ON, false)),
                List.of("a", "b"));
        assertThat(missing.method()).isEqualTo(Actual.Method.NONE);
        assertThat(missing.value()).isNull();
    }

    @Test
    void whatAValueRestsOnMustBeGiven() {
        assertThatThrownBy(() -> Actual.counted(1, 0, false, FROM, null)).isInstanceOf(OcopException.class);
        assertThatThrownBy(() -> Actual.counted(-1, 0, false, FROM, ON)).hasMessageContaining("negative");
        assertThatThrownBy(() -> Actual.sumOfAllocations(BigDecimal.ONE, List.of())).hasMessageContaining("areas");
        assertThatThrownBy(() -> Actual.notReported(null, FROM, ON, false)).isInstanceOf(NullPointerException.class);
    }
}
