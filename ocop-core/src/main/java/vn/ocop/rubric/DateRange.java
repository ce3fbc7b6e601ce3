package vn.ocop.rubric;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A half-open range of dates {@code [from, until)}: {@code from} is the first day in the range, {@code until}
 * the first day after it; a null {@code until} means open-ended.
 *
 * <p>Immutable and thread-safe. Example: {@code DateRange.of(LocalDate.parse("2023-02-24"), LocalDate.parse("2026-05-22"))}
 * contains 2026-05-21 but not 2026-05-22.
 *
 * @param from first day, not null
 * @param until first day no longer in the range, null if open-ended; must be after {@code from}
 */
public record DateRange(LocalDate from, LocalDate until) {
    /**
     * Checks the components.
     *
     * @param from first day, not null
     * @param until first day no longer in the range, null if open-ended; must be after {@code from}
     * @throws IllegalArgumentException if {@code until} is not after {@code from}
     */
    public DateRange {
        Objects.requireNonNull(from, "from");
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("until " + until + " must be after from " + from);
        }
    }

    /**
     * @param from first day, not null
     * @param until first day after the range, after {@code from}, or null if open-ended
     * @return the range
     * @throws IllegalArgumentException if {@code until} is not after {@code from}
     */
    public static DateRange of(LocalDate from, LocalDate until) {
        return new DateRange(from, until);
    }

    /**
     * @param date a date, not null
     * @return whether {@code from <= date < until}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }

    /**
     * @param other another range, not null
     * @return whether the two ranges share at least one day
     */
    public boolean overlaps(DateRange other) {
        boolean thisStartsBeforeOtherEnds = other.until == null || from.isBefore(other.until);
        boolean otherStartsBeforeThisEnds = until == null || other.from.isBefore(until);
        return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    @Override
    public String toString() {
        return "[" + from + ", " + (until == null ? "…" : until.toString()) + ")";
    }
}
