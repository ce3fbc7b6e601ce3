package vn.ocop.process;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.format.Formats;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * A day on which state bodies do not work: a weekly rest day, a public holiday, a make-up day off for a holiday
 * that fell on a rest day, or a working day swapped for a rest day by the government's announcement.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the day, not null
 * @param kind why it is off, not null
 * @param name Vietnamese name, e.g. "Tết Âm lịch", not null
 * @param nameEn English name, not null
 * @param source the law or announcement that makes it a day off, not null
 */
public record DayOff(LocalDate date, Kind kind, String name, String nameEn, String source) implements Localized {
    /** Why a day is off. */
    public enum Kind implements Localized {
        /** Saturday or Sunday, the weekly rest days of state bodies (Quyết định 188/1999/QĐ-TTg). */
        WEEKEND,
        /** A public holiday (Bộ luật Lao động 2019, Điều 112). */
        HOLIDAY,
        /** A day off in place of a holiday that fell on a weekly rest day (Bộ luật Lao động 2019, Điều 111.3). */
        MAKE_UP,
        /** A working day swapped for a rest day by the year's announcement ("hoán đổi ngày làm việc"). */
        SWAPPED;

        /**
         * @param locale the reader's locale, not null
         * @return the name in Vietnamese, or in English for an English locale
         */
        @Override
        public String text(Locale locale) {
            return Messages.of("process").text(locale, "dayOffKind." + name());
        }
    }

    /**
     * Checks the components.
     *
     * @param date the day, not null
     * @param kind why it is off, not null
     * @param name Vietnamese name, not null
     * @param nameEn English name, not null
     * @param source the law or announcement that makes it a day off, not null
     */
    public DayOff {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(source, "source");
    }

    /**
     * @param locale the reader's locale, not null
     * @return the day's name in Vietnamese, or in English for an English locale
     */
    @Override
    public String text(Locale locale) {
        return Formats.of(locale).english() ? nameEn : name;
    }
}
