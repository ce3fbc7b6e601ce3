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
 * target, baseline, actual, days elapsed of 366, at-risk factor) and what follows from it, for every way plans write
 * targets (a level, more than a value, a range, an increase, a level to keep) and for a line without a baseline.
 * Paces per average month of 30.436875 days; every figure below is worked out by hand in the comment of its row.
 */
class AreaProgressTest {
    static final LocalDate ON = LocalDate.of(2024, 8, 31);
    static final LocalDate BASE_DAY = LocalDate.of(2023, 12, 31);

    @ParameterizedTest(name = "{0} {1} from {2}, actual {3}/{4}, {5} of 366 days, factor {6} → {7}")
    @CsvSource(nullValues = "-", value = {
        // goal, target, baseline (- none), numerator, denominator (- count, 0+ share), elapsed, factor
        //   → status, achieved %, remaining, needed/month, expected, planned/month, goal
        // 23 of 40 on day 244: expected 40·244/366 = 26.67; 17·366 = 6222 ≤ 1.5·40·122 = 7320; 17·30.436875/122
        "LEVEL, 40, 0, 23, -, 244, 1.5, AT_RISK, 57.5, 17, 4.24, 26.67, 3.33, 40",
        // 3·366 = 1098 ≥ 4·244 = 976
        "LEVEL, 4, 0, 3, -, 244, 1.5, ON_TRACK, 75.0, 1, 0.25, 2.67, 0.33, 4",
        // 3·366 = 1098 > 1.5·4·122 = 732
        "LEVEL, 4, 0, 1, -, 244, 1.5, BEHIND, 25.0, 3, 0.75, 2.67, 0.33, 4",
        // the at-risk boundary is inclusive: 2·366 = 732 = 1.5·4·122; with factor 1, 732 > 488
        "LEVEL, 4, 0, 2, -, 244, 1.5, AT_RISK, 50.0, 2, 0.50, 2.67, 0.33, 4",
        "LEVEL, 4, 0, 2, -, 244, 1, BEHIND, 50.0, 2, 0.50, 2.67, 0.33, 4",
        // reached: nothing remains, no pace needed
        "LEVEL, 5, 0, 6, -, 244, 1.5, ACHIEVED, 120.0, 0, -, 3.33, 0.42, 5",
        // the period is over: behind, no pace needed; increase of 2 from 1: (2 − 1)/2
        "INCREASE, 2, 1, 2, -, 366, 1.5, BEHIND, 50.0, 1, -, 3.00, 0.17, 3",
        // a share: 1 of 3 is 33.33 %; 100·100/(50·3) = 66.67; (150 − 100)/3 = 16.67
        "LEVEL, 50, 0, 1, 3, 366, 1.5, BEHIND, 66.7, 16.67, -, 50.00, 4.16, 50",
        // a share without a denominator has no value
        "LEVEL, 50, 0, 0, 0, 244, 1.5, NO_DATA, -, -, -, 33.33, 4.16, 50",
        // before the period nothing is expected
        "LEVEL, 40, 0, 0, -, 0, 1.5, ON_TRACK, 0.0, 40, 3.33, 0.00, 3.33, 40",
        // a goal of 0, or an increase of 0, has no percentage
        "LEVEL, 0, 0, 0, -, 244, 1.5, ACHIEVED, -, 0, -, 0.00, 0.00, 0",
        "INCREASE, 0, 3, 3, -, 244, 1.5, ACHIEVED, -, 0, -, 3.00, 0.00, 3",
        // "trên 50 sản phẩm": at least 51; 50/51 = 98.04 %; 51·30.436875/366 = 4.24
        "MORE_THAN, 50, 0, 50, -, 366, 1.5, BEHIND, 98.0, 1, -, 51.00, 4.24, 51",
        "MORE_THAN, 50, 0, 51, -, 366, 1.5, ACHIEVED, 100.0, 0, -, 51.00, 4.24, 51",
        // "trên 30 %": 3 of 10 is 30 %, not more; 4 of 10 is
        "MORE_THAN, 30, 0, 3, 10, 366, 1.5, BEHIND, 100.0, 0.00, -, 30.00, 2.49, 30",
        "MORE_THAN, 30, 0, 4, 10, 366, 1.5, ACHIEVED, 133.3, 0, -, 30.00, 2.49, 30",
        // "từ 40 đến 50": achieved at the floor, 45/40 = 112.5 %
        "RANGE, 40, 0, 45, -, 244, 1.5, ACHIEVED, 112.5, 0, -, 26.67, 3.33, 40",
        // "duy trì 100 %": kept so far, the level itself expected, no pace
        "KEEP, 100, -, 10, 10, 244, 1.5, ON_TRACK, 100.0, 0, -, 100.00, -, 100",
        "KEEP, 100, -, 9, 10, 244, 1.5, BEHIND, 90.0, 10.00, -, 100.00, -, 100",
        "KEEP, 100, 100, 10, 10, 366, 1.5, ACHIEVED, 100.0, 0, -, 100.00, -, 100",
        // no baseline: four fifths of a 50 % share with a fifth of the period left is not judged against a pace;
        // what remains: 10 points in 73 days, 10·30.436875/73 = 4.17 a month
        "LEVEL, 50, -, 4, 10, 293, 1.5, NO_BASELINE, 80.0, 10.00, 4.17, -, -, 50",
        "LEVEL, 50, -, 6, 10, 293, 1.5, ACHIEVED, 120.0, 0, -, -, -, 50",
        "LEVEL, 50, -, 4, 10, 366, 1.5, BEHIND, 80.0, 10.00, -, -, -, 50",
        // an increase without a baseline has no goal
        "INCREASE, 2, -, 5, -, 244, 1.5, NO_BASELINE, -, -, -, -, -, -"})
    void derivedValues(Target.Goal goal, BigDecimal target, BigDecimal baseline, long numerator, Long denominator,
            long elapsed, BigDecimal factor, Status status, BigDecimal achieved, BigDecimal remaining,
            BigDecimal needed, BigDecimal expected, BigDecimal planned, BigDecimal goalLevel) {
        boolean share = denominator != null;
        Actual actual = Actual.counted(numerator, share ? denominator : 0, share, LocalDate.of(2024, 1, 1), ON);
        BigDecimal ceiling = goal == Target.Goal.RANGE ? BigDecimal.valueOf(50) : null;
        AreaProgress a = AreaProgress.of(AreaProgress.Line.TOTAL, "84", "Tỉnh Trà Vinh", target, ceiling,
                baseline == null ? Baseline.none(BASE_DAY) : Baseline.stated(baseline), null, goal, actual,
                new Pace(366, elapsed, factor), null);
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.achievedPercent()).isEqualTo(achieved);
        assertThat(a.remaining()).isEqualTo(remaining);
        assertThat(a.neededPerMonth()).isEqualTo(needed);
        assertThat(a.expected()).isEqualTo(expected);
        assertThat(a.plannedPerMonth()).isEqualTo(planned);
        assertThat(a.goal()).isEqualTo(goalLevel);
        assertThat(a.notes().contains(Note.NO_BASELINE)).isEqualTo(baseline == null && goal != Target.Goal.KEEP);
    }

    @Test
    void aRangeReportsItsCeiling() {
        Pace pace = new Pace(366, 244, new BigDecimal("1.5"));
        AreaProgress below = range(45, pace);
        assertThat(below.ceiling()).isEqualByComparingTo("50");
        assertThat(below.ceilingReached()).isFalse();
        assertThat(below.notes()).containsExactly(Note.CEILING);
        assertThat(range(50, pace).ceilingReached()).isTrue();
        assertThat(range(20, pace).status()).isEqualTo(Status.AT_RISK);   // 20·366 = 1.5·40·122: judged on the floor
        assertThatThrownBy(() -> AreaProgress.of(AreaProgress.Line.TOTAL, "84", null, BigDecimal.TEN, null,
                Baseline.periodStart(), null, Target.Goal.RANGE, Actual.counted(1, 0, false, null, ON), pace, null))
                .hasMessageContaining("a ceiling exactly for the total of a range");
    }

    private static AreaProgress range(long actual, Pace pace) {
        return AreaProgress.of(AreaProgress.Line.TOTAL, "84", null, BigDecimal.valueOf(40), BigDecimal.valueOf(50),
                Baseline.periodStart(), null, Target.Goal.RANGE, Actual.counted(actual, 0, false,
                        LocalDate.of(2024, 1, 1), ON), pace, null);
    }

    @Test
    void aGoalBelowItsBaselineAndAStatedBaselineReplacedAreNoted() {
        Pace pace = new Pace(366, 244, new BigDecimal("1.5"));
        Actual share = Actual.counted(3, 10, true, null, ON);
        // the plan states 35 %, the registry gives 40 % on the baseline date, and the target is 30 %
        AreaProgress a = AreaProgress.of(AreaProgress.Line.TOTAL, "84", null, BigDecimal.valueOf(30), null,
                Baseline.computed(BigDecimal.valueOf(40), BASE_DAY), BigDecimal.valueOf(35), Target.Goal.LEVEL, share,
                pace, null);
        assertThat(a.notes()).containsExactly(Note.BASELINE_COMPUTED, Note.BASELINE_REPLACES_STATED,
                Note.GOAL_BELOW_BASELINE);
        assertThat(a.status()).isEqualTo(Status.ACHIEVED);
        // the same figures stated by the plan itself: only the fall is noted
        AreaProgress stated = AreaProgress.of(AreaProgress.Line.TOTAL, "84", null, BigDecimal.valueOf(30), null,
                Baseline.stated(BigDecimal.valueOf(40)), BigDecimal.valueOf(40), Target.Goal.LEVEL, share, pace, null);
        assertThat(stated.notes()).containsExactly(Note.GOAL_BELOW_BASELINE);
    }

    @Test
    void aRollUpBetterThanOneOfItsPartsSaysSo() {
        Pace pace = new Pace(366, 244, new BigDecimal("1.5"));
        AreaProgress ahead = line("90001", 10, 9, pace);    // 9·366 ≥ 10·244: on track
        AreaProgress late = line("90002", 10, 1, pace);     // far behind
        AreaProgress sum = AreaProgress.of(AreaProgress.Line.ROLL_UP, "845", "Huyện Cầu Kè", BigDecimal.valueOf(20),
                null, Baseline.sum(BigDecimal.ZERO), null, Target.Goal.LEVEL,
                Actual.rolledUp(java.util.List.of(ahead.actual(), late.actual()), java.util.List.of("90001", "90002")),
                pace, java.util.List.of(ahead, late));
        assertThat(ahead.status()).isEqualTo(Status.ON_TRACK);
        assertThat(late.status()).isEqualTo(Status.BEHIND);
        assertThat(sum.status()).isEqualTo(Status.AT_RISK);   // 10 of 20: (10·366 = 3660 ≤ 1.5·20·122 = 3660)
        assertThat(sum.worstPart()).isSameAs(late);
        assertThat(sum.notes()).containsExactly(Note.PARTS_WORSE);
        assertThat(ahead.notes()).isEmpty();
    }

    private static AreaProgress line(String area, long target, long actual, Pace pace) {
        return AreaProgress.of(AreaProgress.Line.AREA, area, null, BigDecimal.valueOf(target), null,
                Baseline.periodStart(), null, Target.Goal.LEVEL, Actual.counted(actual, 0, false,
                        LocalDate.of(2024, 1, 1), ON), pace, null);
    }

    @Test
    void aReportedValueMissingIsNoData() {
        AreaProgress a = AreaProgress.of(AreaProgress.Line.AREA, "845", "Huyện Cầu Kè", BigDecimal.valueOf(2), null,
                Baseline.periodStart(), null, Target.Goal.LEVEL, Actual.notReported("845", null, ON, false),
                new Pace(366, 244, new BigDecimal("1.5")), null);
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
        assertThatThrownBy(() -> AreaProgress.of(AreaProgress.Line.AREA, "845", null, BigDecimal.ONE, null, null,
                null, Target.Goal.LEVEL, u.actual(), new Pace(366, 1, BigDecimal.ONE), null))
                .isInstanceOf(OcopException.class).hasMessageContaining("baseline");
        assertThat(u.notes()).isEmpty();
    }
}
