package vn.ocop.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the law does not fix by date and the government announces for one year: the lunar-calendar holidays (Tết
 * Âm lịch, Giỗ Tổ Hùng Vương), the day next to Quốc khánh, make-up days off, and the working days swapped with rest
 * days ("hoán đổi"), each with the announcement it comes from. Read from the calendar data
 * ({@link HolidayCalendar#read}).
 *
 * <p>A year whose announcements could not all be found lists what is missing in {@link #unconfirmed()}: its
 * calendar is then incomplete, and deadlines that depend on it say so ({@link Deadline#calendarComplete()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the year, not null
 * @param sources the announcements and laws the days come from, not null
 * @param daysOff the days off of the year beyond the weekends and the fixed-date holidays, not null
 * @param workingDays rest days on which state bodies work (swapped with a day off), not null
 * @param unconfirmed what the announcements of the year would say but no source found, not null
 */
public record HolidayYear(int year, List<Source> sources, List<DayOff> daysOff, List<WorkingDay> workingDays,
        List<String> unconfirmed) {
    /**
     * Checks and copies the components.
     *
     * @param year the year
     * @param sources the announcements and laws the days come from, not null
     * @param daysOff the days off beyond the weekends and the fixed-date holidays, not null
     * @param workingDays rest days on which state bodies work, not null
     * @param unconfirmed what no source found, not null
     * @throws IllegalArgumentException if a day is not in the year
     */
    public HolidayYear {
        sources = List.copyOf(sources);
        daysOff = List.copyOf(daysOff);
        workingDays = List.copyOf(workingDays);
        unconfirmed = List.copyOf(unconfirmed);
        for (DayOff d : daysOff) {
            if (d.date().getYear() != year) {
                throw new IllegalArgumentException("day off " + d.date() + " is not in " + year);
            }
        }
        for (WorkingDay w : workingDays) {
            if (w.date().getYear() != year) {
                throw new IllegalArgumentException("working day " + w.date() + " is not in " + year);
            }
        }
    }

    /** @return whether every announcement of the year was found */
    public boolean complete() {
        return unconfirmed.isEmpty();
    }

    /**
     * An announcement or law a year's days come from.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id days refer to, not null
     * @param citation the document, e.g. "Thông báo số 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ", not null
     * @param seenAt where the project read it (a page reporting it), or null
     */
    public record Source(String id, String citation, String seenAt) {
        /**
         * Checks the components.
         *
         * @param id the id days refer to, not null
         * @param citation the document, not null
         * @param seenAt where the project read it, or null
         */
        public Source {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(citation, "citation");
        }
    }

    /**
     * A rest day on which state bodies work, in exchange for a day off ("làm bù").
     *
     * <p>Immutable and thread-safe.
     *
     * @param date the day, not null
     * @param name what it is, e.g. "Làm bù cho thứ Sáu 02/01/2026", not null
     * @param source the announcement, not null
     */
    public record WorkingDay(LocalDate date, String name, String source) {
        /**
         * Checks the components.
         *
         * @param date the day, not null
         * @param name what it is, not null
         * @param source the announcement, not null
         */
        public WorkingDay {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(source, "source");
        }
    }
}
