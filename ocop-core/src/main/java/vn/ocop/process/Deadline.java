package vn.ocop.process;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * The last day of a period set by the law (the 45 days of a re-evaluation, the 15 days of a revocation, the 15
 * working days of the commune, the last day of a filing window), counted on a {@link HolidayCalendar}.
 *
 * <p>A period counted in days starts the day after its event (Bộ luật Dân sự 2015, Điều 147) and ends at the end
 * of its last day (Điều 148.1); when that day is a weekly rest day or a holiday, the period ends at the end of the
 * next working day (Điều 148.5): {@link #nominalLastDay()} is the day counted, {@link #lastDay()} the day the
 * period really ends. A period in working days ends on a working day, so both are the same.
 *
 * <p>{@link #calendarComplete()} is false when a year the period spans has no calendar data, or data missing an
 * announcement: a lunar-calendar holiday or a swapped day may then be unknown, and the last day may be early.
 *
 * <p>Immutable and thread-safe.
 *
 * @param nominalLastDay the last day counted, not null
 * @param lastDay the day the period ends (the next working day when the counted day is off), not null
 * @param citation the article that sets the period, e.g. "Điều 8.4", not null
 * @param calendarComplete whether the calendar knows every day off of the years the period spans
 */
public record Deadline(LocalDate nominalLastDay, LocalDate lastDay, String citation, boolean calendarComplete)
        implements Localized {
    private static final Messages TEXT = Messages.of("process");

    /**
     * Checks the components.
     *
     * @param nominalLastDay the last day counted, not null
     * @param lastDay the day the period ends, not before the counted day, not null
     * @param citation the article that sets the period, not null
     * @param calendarComplete whether the calendar knows every day off of the years the period spans
     * @throws IllegalArgumentException if the period ends before the day counted
     */
    public Deadline {
        Objects.requireNonNull(nominalLastDay, "nominalLastDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(citation, "citation");
        if (lastDay.isBefore(nominalLastDay)) {
            throw new IllegalArgumentException("a period ends on its last day counted or later, not on " + lastDay
                    + " before " + nominalLastDay);
        }
    }

    /** @return whether the counted last day was a day off, so the period ends on the next working day */
    public boolean movedByDayOff() {
        return !lastDay.equals(nominalLastDay);
    }

    /**
     * @param date the day something was done, not null
     * @return whether it was done within the period (on or before {@link #lastDay()})
     */
    public boolean isMetBy(LocalDate date) {
        return !Objects.requireNonNull(date, "date").isAfter(lastDay);
    }

    /** @return the first day the period is over */
    public LocalDate overdueFrom() {
        return lastDay.plusDays(1);
    }

    /**
     * @param locale the reader's locale, not null
     * @return e.g. "đến hết 22/06/2026 (Điều 8.4; 21/06/2026 là ngày nghỉ: Bộ luật Dân sự 2015, Điều 148.5)", in
     *         Vietnamese, or in English for an English locale
     */
    @Override
    public String text(Locale locale) {
        String s = movedByDayOff()
                ? TEXT.text(locale, "deadline.moved", lastDay, citation, nominalLastDay)
                : TEXT.text(locale, "deadline.plain", lastDay, citation);
        return calendarComplete ? s : s + TEXT.text(locale, "deadline.incompleteCalendar");
    }
}
