package vn.ocop.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopException;

/**
 * The judgement of one line ({@link Tracker}, "How progress is judged") as a table: what a line rests on (goal kind,
 * target, baseline, actual, days elapsed of 366, at-risk factor) and what follows from it. Paces per average month of
 * 30.436875 days; every figure below is worked out by hand in the comment of its row.
 */
class AreaProgressTest {
    static final LocalDate ON = LocalDate.of(2024, 8, 31);

    @ParameterizedTest(name = "{0} {1} from {2}, actual {3}/{4}, {5} of 366 days, factor {6} → {7}")
    @CsvSource(nullValues = "-", value = {
        // goal, target, baseline, numerator, denominator (- count, 0+ share), elapsed, factor
        //   → status, achieved %, remaining, needed/month, expected, planned/month
        // 23 of 40 on day 244: expected 40·244/366 = 26.67; 17·366 = 6222 ≤ 1.5·40·122 = 7320; 17·30.436875/122
        "LEVEL, 40, 0, 23, -, 244, 1.5, AT_RISK, 57.5, 17, 4.24, 26.67, 3.33",
        // 3·366 = 1098 ≥ 4·244 = 976
        "LEVEL, 4, 0, 3, -, 244, 1.5, ON_TRACK, 75.0, 1, 0.25, 2.67, 0.33",
        // 3·366 = 1098 > 1.5·4·122 = 732
        "LEVEL, 4, 0, 1, -, 244, 1.5, BEHIND, 25.0, 3, 0.75, 2.67, 0.33",
        // the at-risk boundary is inclusive: 2·366 = 732 = 1.5·4·122; with factor 1, 732 > 488
        "LEVEL, 4, 0, 2, -, 244, 1.5, AT_RISK, 50.0, 2, 0.50, 2.67, 0.33",
        "LEVEL, 4, 0, 2, -, 244, 1, BEHIND, 50.0, 2, 0.50, 2.67, 0.33",
        // reached: nothing remains, no pace needed
        "LEVEL, 5, 0, 6, -, 244, 1.5, ACHIEVED, 120.0, 0, -, 3.33, 0.42",
        // the period is over: behind, no pace needed; increase of 2 from 1: (2 − 1)/2
        "INCREASE, 2, 1, 2, -, 366, 1.5, BEHIND, 50.0, 1, -, 3.00, 0.17",
        // a share: 1 of 3 is 33.33 %; 100·100/(50·3) = 66.67; (150 − 100)/3 = 16.67
        "LEVEL, 50, 0, 1, 3, 366, 1.5, BEHIND, 66.7, 16.67, -, 50.00, 4.16",
        // a share without a denominator has no value
        "LEVEL, 50, 0, 0, 0, 244, 1.5, NO_DATA, -, -, -, 33.33, 4.16",
        // before the period nothing is expected
        "LEVEL, 40, 0, 0, -, 0, 1.5, ON_TRACK, 0.0, 40, 3.33, 0.00, 3.33",
        // a goal of 0, or an increase of 0, has no percentage
        "LEVEL, 0, 0, 0, -, 244, 1.5, ACHIEVED, -, 0, -, 0.00, 0.00",
        "INCREASE, 0, 3, 3, -, 244, 1.5, ACHIEVED, -, 0, -, 3.00, 0.00"})
    void derivedValues(Target.Goal goal, BigDecimal target, BigDecimal baseline, long numerator, Long denominator,
            long elapsed, BigDecimal factor, Status status, BigDecimal achieved, BigDecimal remaining,
            BigDecimal needed, BigDecimal expected, BigDecimal planned) {
        boolean share = denominator != null;
        Actual actual = Actual.counted(numerator, share ? denominator : 0, share, LocalDate.of(2024, 1, 1), ON);
        AreaProgress a = AreaProgress.of(AreaProgress.Line.TOTAL, "84", "Tỉnh Trà Vinh", target,
                Baseline.stated(baseline), goal, actual, new Pace(366, elapsed, factor));
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.achievedPercent()).isEqualTo(achieved);
        assertThat(a.remaining()).isEqualTo(remaining);
        assertThat(a.neededPerMonth()).isEqualTo(needed);
        assertThat(a.expected()).isEqualTo(expected);
        assertThat(a.plannedPerMonth()).isEqualTo(planned);
        assertThat(a.goal()).isEqualByComparingTo(goal == Target.Goal.INCREASE ? baseline.add(target) : target);
    }

    @Test
    void aReportedValueMissingIsNoData() {
        AreaProgress a = AreaProgress.of(AreaProgress.Line.AREA, "845", "Huyện Cầu Kè", BigDecimal.valueOf(2),
                Baseline.periodStart(), Target.Goal.LEVEL, Actual.notReported("845", null, ON, false),
                new Pace(366, 244, new BigDecimal("1.5")));
        assertThat(a.status()).isEqualTo(Status.NO_DATA);
        assertThat(a.remaining()).isNull();
        assertThat(a.achievedPercent()).isNull();
        assertThat(a.expected()).isEqualByComparingTo("1.33");
    }

    @Test
    void theUnattributedLineIsNotJudgedAndOthersMustBe() {
        AreaProgress u = AreaProgress.unattributed(Actual.counted(2, 0, false, LocalDate.of(2024, 1, 1), ON));
        assertThat(u.status()).isNull();
        assertThat(u.goal()).isNull();
        assertThat(u.expected()).isNull();
        assertThat(u.remaining()).isNull();
        assertThat(u.actual().value()).isEqualByComparingTo("2");
        assertThatThrownBy(() -> AreaProgress.of(AreaProgress.Line.AREA, "845", null, BigDecimal.ONE, null,
                Target.Goal.LEVEL, u.actual(), new Pace(366, 1, BigDecimal.ONE))).isInstanceOf(OcopException.class)
                .hasMessageContaining("baseline");
    }
}
