package vn.ocop.area;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ocop.Problem;

/**
 * What a units file says, read by {@link UnitsReader} and not yet checked: its provenance, its periods with their
 * rows of units, its reforms with their rows of successions, each row with where it was. {@link UnitsBuilder}
 * checks it and builds the registry.
 */
final class RawUnits {
    /** The keys of the rows of a period, in the order of the levels. */
    static final String[] LEVEL_KEYS = {"provinces", "districts", "communes"};

    String title;
    LocalDate generated;
    String generator;
    final List<Located<UnitsProvenance.Source>> sources = new ArrayList<>();
    List<String> fixes = List.of();
    List<String> doubts = List.of();
    final List<RawPeriod> periods = new ArrayList<>();
    final List<RawReform> reforms = new ArrayList<>();

    /** A value and where it was. */
    static final class Located<T> {
        final T value;
        final String path;
        final int line;
        final int column;

        Located(T value, String path, int line, int column) {
            this.value = value;
            this.path = path;
            this.line = line;
            this.column = column;
        }
    }

    /** One row of units or successions: its strings, its optional extras, where it was, whether it is well-formed. */
    static final class Row {
        final List<String> cells = new ArrayList<>(4);
        boolean ok;
        int extrasIndex;
        List<String> listedIn;
        List<String> otherNames;
        String base;
        int index;
        int line;
        int column;

        String path() {
            return base + "[" + index + "]";
        }
    }

    static final class RawPeriod {
        String path;
        int line;
        int column;
        LocalDate from;
        LocalDate until;
        boolean sawFrom;
        boolean sawUntil;
        List<String> sources;
        Map<String, Located<Integer>> counts;
        final List<List<Row>> rows = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        final boolean[] saw = new boolean[3];
    }

    static final class RawReform {
        String path;
        int line;
        int column;
        LocalDate on;
        Map<String, Located<Integer>> counts;
        List<Row> provinces;
        List<Row> units;
    }

    /** A problem at a row, or at one of its cells when {@code cell >= 0}. */
    static Problem problem(String source, Row r, int cell, String message) {
        return new Problem(source, cell < 0 ? r.path() : r.path() + "[" + cell + "]", r.line, r.column, message);
    }

    /** A problem at a located value. */
    static Problem problem(String source, Located<?> at, String message) {
        return new Problem(source, at.path, at.line, at.column, message);
    }
}
