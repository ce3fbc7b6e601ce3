package vn.ocop.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.OcopException;

/** Days elapsed of a period: the first day through the measurement date inclusive, 0 before, all after. */
class PaceTest {
    @ParameterizedTest(name = "{0} in 2024 → {1} days, {2} %")
    @CsvSource({"2023-12-15, 0, 0.0", "2023-12-31, 0, 0.0", "2024-01-01, 1, 0.3", "2024-08-31, 244, 66.7",
        "2024-12-30, 365, 99.7", "2024-12-31, 366, 100.0", "2025-03-01, 366, 100.0"})
    void elapsedDaysOf2024(LocalDate on, long days, BigDecimal percent) {
        Pace p = Pace.of(Plan.year(2024), on, BigDecimal.ONE);
        assertThat(p.periodDays()).isEqualTo(366);
        assertThat(p.elapsedDays()).isEqualTo(days);
        assertThat(p.elapsedPercent()).isEqualTo(percent);
        assertThat(p.isOver()).isEqualTo(days == 366);
    }

    @Test
    void aFiveYearPlan() {
        Pace p = Pace.of(Plan.years(2021, 2025), LocalDate.of(2023, 12, 31), new BigDecimal("1.5"));
        assertThat(p.periodDays()).isEqualTo(1826); // 2024 is a leap year
        assertThat(p.elapsedDays()).isEqualTo(1095);
        assertThat(p.elapsedPercent()).isEqualByComparingTo("60.0");
    }

    @Test
    void impossiblePaces() {
        assertThatThrownBy(() -> new Pace(0, 0, BigDecimal.ONE)).isInstanceOf(OcopException.class);
        assertThatThrownBy(() -> new Pace(366, 367, BigDecimal.ONE)).hasMessageContaining("367 of 366");
        assertThatThrownBy(() -> new Pace(366, -1, BigDecimal.ONE)).isInstanceOf(OcopException.class);
        assertThatThrownBy(() -> new Pace(366, 1, new BigDecimal("0.9"))).hasMessageContaining("at least 1");
        assertThat(Pace.DAYS_PER_MONTH.multiply(BigDecimal.valueOf(12))).isEqualByComparingTo("365.2425");
    }
}
