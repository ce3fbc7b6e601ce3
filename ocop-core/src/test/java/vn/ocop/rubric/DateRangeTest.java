package vn.ocop.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link DateRange} as ThreeTen-Extra tests {@code LocalDateRange}: tables of ranges against the predicates, every
 * edge of the half-open interval {@code [from, until)} and the open end (an empty cell is {@code null}, "open").
 * The ranges are those the library meets: the life of Decision 148 ([2023-02-24, 2026-05-22)) and of 26/2026 (from
 * 2026-05-22, open).
 */
class DateRangeTest {
    @ParameterizedTest(name = "[{0}, {1}) contains {2}: {3}")
    @CsvSource({
        // closed range [2023-02-24, 2026-05-22)
        "2023-02-24, 2026-05-22, 2023-02-23, false",   // the day before from
        "2023-02-24, 2026-05-22, 2023-02-24, true",    // from is in
        "2023-02-24, 2026-05-22, 2024-02-29, true",    // inside
        "2023-02-24, 2026-05-22, 2026-05-21, true",    // the last day in
        "2023-02-24, 2026-05-22, 2026-05-22, false",   // until is out
        "2023-02-24, 2026-05-22, 2030-01-01, false",   // after
        // one-day range [2026-05-22, 2026-05-23)
        "2026-05-22, 2026-05-23, 2026-05-21, false",
        "2026-05-22, 2026-05-23, 2026-05-22, true",
        "2026-05-22, 2026-05-23, 2026-05-23, false",
        // open range [2026-05-22, …)
        "2026-05-22,           , 2026-05-21, false",
        "2026-05-22,           , 2026-05-22, true",
        "2026-05-22,           , 9999-12-31, true",
        "2026-05-22,           , +999999999-12-31, true"})
    void contains(LocalDate from, LocalDate until, LocalDate date, boolean expected) {
        assertThat(DateRange.of(from, until).contains(date)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}, {1}) overlaps [{2}, {3}): {4}")
    @CsvSource({
        // against the closed range [2023-02-24, 2026-05-22)
        "2023-02-24, 2026-05-22, 2020-01-01, 2023-02-24, false",   // abuts before: ends where this starts
        "2023-02-24, 2026-05-22, 2020-01-01, 2023-02-25, true",    // shares the first day
        "2023-02-24, 2026-05-22, 2026-05-21, 2027-01-01, true",    // shares the last day
        "2023-02-24, 2026-05-22, 2026-05-22, 2027-01-01, false",   // abuts after: starts where this ends
        "2023-02-24, 2026-05-22, 2026-05-22,           , false",   // the open range that follows (148 → 26/2026)
        "2023-02-24, 2026-05-22, 2024-01-01, 2024-01-02, true",    // one day inside
        "2023-02-24, 2026-05-22, 2023-02-24, 2026-05-22, true",    // equal
        "2023-02-24, 2026-05-22, 2020-01-01, 2030-01-01, true",    // encloses
        "2023-02-24, 2026-05-22, 2020-01-01,           , true",    // open range starting before
        "2023-02-24, 2026-05-22, 2027-01-01,           , false",   // open range starting after
        // two open ranges always overlap
        "2026-05-22,           , 2030-01-01,           , true",
        "2026-05-22,           , 2026-05-21, 2026-05-22, false",   // abuts the open range
        "2026-05-22,           , 2026-05-21, 2026-05-23, true"})
    void overlapsIsSymmetric(LocalDate from1, LocalDate until1, LocalDate from2, LocalDate until2, boolean expected) {
        DateRange a = DateRange.of(from1, until1);
        DateRange b = DateRange.of(from2, until2);
        assertThat(a.overlaps(b)).as("%s overlaps %s", a, b).isEqualTo(expected);
        assertThat(b.overlaps(a)).as("%s overlaps %s", b, a).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}, {1}) is {2}")
    @CsvSource({
        "2023-02-24, 2026-05-22, '[2023-02-24, 2026-05-22)'",
        "2026-05-22, 2026-05-23, '[2026-05-22, 2026-05-23)'",
        "2026-05-22,           , '[2026-05-22, …)'"})
    void toStringShowsTheHalfOpenInterval(LocalDate from, LocalDate until, String expected) {
        assertThat(DateRange.of(from, until)).hasToString(expected);
        assertThat(DateRange.of(from, until)).isEqualTo(new DateRange(from, until));
    }

    @ParameterizedTest(name = "[{0}, {1}) is rejected")
    @CsvSource({"2026-05-22, 2026-05-22", "2026-05-22, 2026-05-21", "2026-05-22, 2023-02-24"})
    void anEmptyOrReversedRangeIsAnArgumentError(LocalDate from, LocalDate until) {
        assertThatThrownBy(() -> DateRange.of(from, until)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("until " + until + " must be after from " + from);
    }

    @ParameterizedTest(name = "a range needs its first day")
    @CsvSource({"2026-05-22", "''"})
    void fromIsRequired(String until) {
        LocalDate u = until.isEmpty() ? null : LocalDate.parse(until);
        assertThatThrownBy(() -> DateRange.of(null, u)).isInstanceOf(NullPointerException.class).hasMessage("from");
    }
}
