/**
 * The calendar and the periods of the OCOP process: which days state bodies work ({@link
 * vn.ocop.process.HolidayCalendar}: weekends and the fixed-date holidays of Bộ luật Lao động 2019 built in, the
 * lunar-calendar holidays and the days moved each year read as data with their sources), and the last day of a
 * period set by Decision 26/2026 ({@link vn.ocop.process.Deadline}), counted as Bộ luật Dân sự 2015 counts periods:
 * from the day after the event (Điều 147) to the end of the last day, moved to the next working day when that day
 * is a day off (Điều 148.5).
 *
 * <p>Also here: the two readings of the scope of Điều 12.3 ({@link vn.ocop.process.LateFilingReading}, the
 * transitional one by default), a dossier's components as a checklist with its completeness report
 * ({@link vn.ocop.process.Checklist}, Điều 6), and the registration slip number of Mẫu số 01
 * ({@link vn.ocop.process.RegistrationSlipNumber}).
 *
 * <pre>{@code
 * HolidayCalendar cal = HolidayCalendar.bundled();
 * Deadline d = cal.daysAfter(LocalDate.of(2026, 6, 6), 15, "Điều 8.4");
 * d.lastDay();          // 2026-06-22: the 15th day, 21/06, is a Sunday
 * d.text(Locale.ENGLISH);
 * }</pre>
 */
package vn.ocop.process;
