package vn.ocop.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopException;

/** A baseline says where it comes from, and cannot say something its value contradicts. */
class BaselineTest {
    static final LocalDate DAY = LocalDate.of(2023, 12, 31);
    static final ReportedValue REPORT = ReportedValue.of("brands", "84", LocalDate.of(2023, 11, 1), 9, "báo cáo");

    @Test
    void eachSourceWithWhatItRestsOn() {
        assertThat(Baseline.stated(BigDecimal.TEN).isAssumed()).isFalse();
        assertThat(Baseline.periodStart().value()).isEqualByComparingTo("0");
        assertThat(Baseline.computed(BigDecimal.ONE, DAY).date()).isEqualTo(DAY);
        assertThat(Baseline.reported(REPORT).value()).isEqualByComparingTo("9");
        assertThat(Baseline.assumedZero(Baseline.Source.NO_REPORT, DAY).isAssumed()).isTrue();
        assertThat(Baseline.assumedZero(Baseline.Source.NO_DENOMINATOR, DAY).isAssumed()).isTrue();
    }

    @Test
    void contradictionsAreRejected() {
        assertThatThrownBy(() -> new Baseline(BigDecimal.ONE, Baseline.Source.NO_REPORT, DAY, null))
                .isInstanceOf(OcopException.class).hasMessageContaining("is 0");
        assertThatThrownBy(() -> new Baseline(BigDecimal.ONE, Baseline.Source.PERIOD_START, null, null))
                .hasMessageContaining("is 0");
        assertThatThrownBy(() -> new Baseline(BigDecimal.ONE, Baseline.Source.COMPUTED, null, null))
                .hasMessageContaining("date");
        assertThatThrownBy(() -> new Baseline(BigDecimal.ONE, Baseline.Source.STATED, DAY, null))
                .hasMessageContaining("date");
        assertThatThrownBy(() -> new Baseline(BigDecimal.ONE, Baseline.Source.REPORTED, null, REPORT))
                .hasMessageContaining("not the reported 9");
        assertThatThrownBy(() -> new Baseline(BigDecimal.ONE, Baseline.Source.REPORTED, null, null))
                .hasMessageContaining("report");
        assertThatThrownBy(() -> new Baseline(BigDecimal.ONE.negate(), Baseline.Source.STATED, null, null))
                .hasMessageContaining("negative");
    }
}
