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
        assertThat(Baseline.stated(BigDecimal.TEN).isKnown()).isTrue();
        assertThat(Baseline.periodStart().value()).isEqualByComparingTo("0");
        assertThat(Baseline.computed(BigDecimal.ONE, DAY).date()).isEqualTo(DAY);
        assertThat(Baseline.reported(REPORT).value()).isEqualByComparingTo("9");
        // no baseline is never 0: it has no value at all, only the day it was looked for
        assertThat(Baseline.none(DAY).isKnown()).isFalse();
        assertThat(Baseline.none(DAY).value()).isNull();
        assertThat(Baseline.none(DAY).date()).isEqualTo(DAY);
    }

    @Test
    void contradictionsAreRejected() {
        assertThatThrownBy(() -> new Baseline(BigDecimal.ZERO, Baseline.Source.NONE, DAY, null))
                .isInstanceOf(OcopException.class).hasMessageContaining("a value is given exactly when");
        assertThatThrownBy(() -> new Baseline(null, Baseline.Source.STATED, null, null))
                .hasMessageContaining("a value is given exactly when");
        assertThatThrownBy(() -> new Baseline(null, Baseline.Source.NONE, null, null)).hasMessageContaining("date");
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
