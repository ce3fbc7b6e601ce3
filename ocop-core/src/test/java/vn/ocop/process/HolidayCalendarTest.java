package vn.ocop.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ocop.Problem;
import vn.ocop.testing.English;

/** The calendar of days off and the periods of Bộ luật Dân sự 2015, Điều 147 and 148. */
class HolidayCalendarTest {
    private final HolidayCalendar cal = HolidayCalendar.bundled();

    @Test
    void revocationPeriodEndingOnASundayEndsOnTheNextWorkingDay() {
        // Điều 8.4 (15 days) from 2026-06-06: day 15 is Sunday 2026-06-21; Bộ luật Dân sự 2015, Điều 148.5
        Deadline d = cal.daysAfter(LocalDate.of(2026, 6, 6), 15, "Điều 8.4");
        assertThat(d.nominalLastDay()).isEqualTo(LocalDate.of(2026, 6, 21));
        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(d.movedByDayOff()).isTrue();
        assertThat(d.isMetBy(LocalDate.of(2026, 6, 22))).isTrue();
        assertThat(d.isMetBy(LocalDate.of(2026, 6, 23))).isFalse();
        assertThat(d.calendarComplete()).isFalse(); // 2026 lists an unconfirmed make-up working day
        assertThat(d.text(Locale.ENGLISH)).contains("2026-06-22").contains("Article 148.5");
        assertThat(d.text(Locale.forLanguageTag("vi"))).contains("22/06/2026").contains("21/06/2026");
    }

    @Test
    void reEvaluationDecisionPeriodEndingOnASundayEndsOnMonday() {
        // Điều 7.6.g (45 days) from 2026-06-04: day 45 is Sunday 2026-07-19
        Deadline d = cal.daysAfter(LocalDate.of(2026, 6, 4), 45, "Điều 7.6.g");
        assertThat(d.nominalLastDay()).isEqualTo(LocalDate.of(2026, 7, 19));
        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2026, 7, 20));
    }

    @Test
    void fixedHolidaysAndTheirMakeUpDaysAreBuiltIn() {
        HolidayCalendar b = HolidayCalendar.builtIn();
        assertThat(b.isWorkingDay(LocalDate.of(2027, 4, 30))).isFalse(); // Điều 112.1.c
        assertThat(b.isWorkingDay(LocalDate.of(2027, 5, 1))).isFalse(); // Saturday and 112.1.d
        assertThat(b.dayOff(LocalDate.of(2027, 5, 3)).orElseThrow().kind()).isEqualTo(DayOff.Kind.MAKE_UP);
        assertThat(b.isWorkingDay(LocalDate.of(2027, 5, 4))).isTrue();
        assertThat(b.covers(2026)).isFalse();
    }

    @Test
    void bundledYearDataAddsLunarHolidaysAndSwaps() {
        assertThat(cal.covers(2026)).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse(); // Tết
        assertThat(cal.dayOff(LocalDate.of(2026, 4, 27)).orElseThrow().kind()).isEqualTo(DayOff.Kind.MAKE_UP);
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue(); // Saturday worked
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse(); // swapped
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 9, 1))).isFalse();
    }

    @Test
    void communeWorkingDaysSkipTet() {
        // Điều 7.2: 15 working days from Friday 2026-02-06; Tết 16–20/02 and the weekends are skipped
        Deadline d = cal.workingDaysAfter(LocalDate.of(2026, 2, 6), 15, "Điều 7.2");
        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(HolidayCalendar.builtIn().workingDaysAfter(LocalDate.of(2026, 2, 6), 15, "Điều 7.2").lastDay())
                .isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void brokenDataReportsEveryProblemWithItsPath() {
        String json = "{\"format\":\"ocop-holidays/1\",\"years\":[{\"year\":2030,\"sources\":[{\"id\":\"a\","
                + "\"citation\":\"x\"}],\"daysOff\":[{\"date\":\"2031-01-05\",\"kind\":\"HOLIDAY\",\"name\":\"n\","
                + "\"nameEn\":\"n\",\"source\":\"a\"},{\"date\":\"2030-02-05\",\"kind\":\"WEEKEND\",\"name\":\"n\","
                + "\"nameEn\":\"n\",\"source\":\"b\"}],\"workingDays\":[{\"date\":\"2030-03-05\",\"name\":\"w\","
                + "\"source\":\"a\"}]}]}";
        assertThatThrownBy(() -> HolidayCalendar.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "h.json"))
                .isInstanceOfSatisfying(CalendarDataException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path)
                        .contains("$.years[0].daysOff[0].date", "$.years[0].daysOff[1].kind",
                                "$.years[0].daysOff[1].source", "$.years[0].workingDays[0].date"))
                .satisfies(e -> {
                    List<Problem> problems = ((CalendarDataException) e).problems();
                    assertThat(English.messages(problems)).contains("2031-01-05 is not in 2030",
                            "a day off is HOLIDAY, MAKE_UP or SWAPPED (weekends are built in), not 'WEEKEND'",
                            "unknown source 'b'; the year's sources are [a]",
                            "2030-03-05 is a working day already; list only rest days or holidays on which state "
                                    + "bodies work");
                    assertThat(problems).extracting(Problem::message).contains("ngày 05/01/2031 không thuộc năm 2030",
                            "không có nguồn 'b'; các nguồn của năm: [a]");
                    assertThat(problems).extracting(Problem::key).contains("loading:calendar.notInYear",
                            "loading:calendar.kind", "loading:calendar.unknownSource", "loading:calendar.workingAlready");
                });
    }
}
