package vn.ocop.area;

import java.time.LocalDate;
import java.util.List;

/**
 * One period of a registry: the dates its units exist ({@code [from, until)}, either end open) and the sources that
 * list them. Shared by all units of the period. Immutable.
 */
final class UnitPeriod {
    final int index;
    final LocalDate from;
    final LocalDate until;
    final List<String> sources;

    UnitPeriod(int index, LocalDate from, LocalDate until, List<String> sources) {
        this.index = index;
        this.from = from;
        this.until = until;
        this.sources = List.copyOf(sources);
    }

    boolean contains(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || date.isBefore(until));
    }

    /** Whether some day of the year is in the period. */
    boolean overlapsYear(int year) {
        return (from == null || from.getYear() <= year) && (until == null || until.isAfter(LocalDate.of(year, 1, 1)));
    }
}
