package vn.ocop.statistics;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.OcopJson;
import vn.ocop.internal.Text;
import vn.ocop.internal.json.JsonDocuments;

/**
 * Statistics as a report published them, entered number by number, and {@link #check()} for the slips such reports
 * are full of: parts that do not add up to their total, percentages that do not match their counts or do not add up
 * to 100, a part larger than what contains it, a "vượt X% so với kế hoạch" that no plan figure explains.
 *
 * <pre>{@code
 * ReportedStatistics thanhHoa = new ReportedStatistics("Báo Thanh Hóa, 2021", "38", null,
 *     List.of(new Breakdown("sản phẩm OCOP lũy kế theo hạng sao", 120L, true,
 *         List.of(Part.count("5★", 1), Part.count("4★", 30), Part.count("3★", 89)))),
 *     List.of(new Bound("chủ thể", 77, "sản phẩm", 120)), List.of());
 * thanhHoa.slips();   // empty: 1 + 30 + 89 = 120
 * }</pre>
 *
 * <p>Rules, and the judgement in them:
 * <ul>
 *   <li>a stated percentage matches its count when it is the exact percentage rounded up, down or to nearest at the
 *       decimals it is written with ({@link Percentages#matches});</li>
 *   <li>the percentages of a complete breakdown (parts meant to make up the total) may miss 100 by at most half a
 *       unit of their last decimal per rounded part (what rounding each part to nearest can explain); a count-only
 *       part contributes its percentage computed to 10 decimals;</li>
 *   <li>a stated change "X% over the base" with the base not stated yields the whole-number bases that explain it
 *       (Ninh Bình 2021: 28 products, "vượt 16,7%": a plan of 24), or a slip when none does.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe. Text is normalised to NFC.
 *
 * @param source where the figures were published, not blank
 * @param area the area code or name they are for, not blank
 * @param date the date they refer to, or null if the report does not say
 * @param breakdowns totals broken down into parts, not null
 * @param bounds "this cannot exceed that" relations between stated figures, not null
 * @param changes stated changes relative to a base (a plan, last year), not null
 */
public record ReportedStatistics(String source, String area, LocalDate date, List<Breakdown> breakdowns,
        List<Bound> bounds, List<Change> changes) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * A part of a breakdown: a count, a percentage, or both as published.
     *
     * @param label the category, not blank
     * @param count the published count, or null
     * @param percent the published percentage as written (its decimals count), or null
     */
    public record Part(String label, Long count, BigDecimal percent) {
        /**
         * Checks and normalises the components.
         *
         * @param label the category, not blank
         * @param count the published count, or null
         * @param percent the published percentage as written (its decimals count), or null
         */
        public Part {
            label = Text.nfc(Objects.requireNonNull(label, "label"));
            if (count == null && percent == null) {
                throw new OcopException("reported part '" + label + "': give a count, a percentage or both");
            }
            if ((count != null && count < 0) || (percent != null && percent.signum() < 0)) {
                throw new OcopException("reported part '" + label + "': values must not be negative");
            }
        }

        /**
         * @param label category
         * @param count published count
         * @return a count-only part
         */
        public static Part count(String label, long count) {
            return new Part(label, count, null);
        }

        /**
         * @param label category
         * @param percent published percentage as written, e.g. "67.3"
         * @return a percentage-only part
         */
        public static Part percent(String label, String percent) {
            return new Part(label, null, new BigDecimal(percent));
        }
    }

    /**
     * A total broken down into parts.
     *
     * @param what what is counted, not blank
     * @param total the published total, or null if the report gives none
     * @param complete whether the parts are meant to make up the total (every category listed)
     * @param parts the parts, at least one, not null
     */
    public record Breakdown(String what, Long total, boolean complete, List<Part> parts) {
        /**
         * Checks and normalises the components.
         *
         * @param what what is counted, not blank
         * @param total the published total, or null if the report gives none
         * @param complete whether the parts are meant to make up the total (every category listed)
         * @param parts the parts, at least one, not null
         */
        public Breakdown {
            what = Text.nfc(Objects.requireNonNull(what, "what"));
            parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
            if (parts.isEmpty()) {
                throw new OcopException("reported breakdown '" + what + "': no parts");
            }
        }
    }

    /**
     * A figure that cannot exceed another (producers of the products ≤ products; new this year ≤ cumulative).
     *
     * @param what the smaller figure's meaning, not blank
     * @param value its published value
     * @param limitWhat the larger figure's meaning, not blank
     * @param limit its published value
     */
    public record Bound(String what, long value, String limitWhat, long limit) {
        /**
         * Checks and normalises the components.
         *
         * @param what the smaller figure's meaning, not blank
         * @param value its published value
         * @param limitWhat the larger figure's meaning, not blank
         * @param limit its published value
         */
        public Bound {
            what = Text.nfc(Objects.requireNonNull(what, "what"));
            limitWhat = Text.nfc(Objects.requireNonNull(limitWhat, "limitWhat"));
        }
    }

    /**
     * A stated change: {@code actual} is {@code percent}% above (negative: below) {@code base}.
     *
     * @param what what is compared, not blank
     * @param actual the published value
     * @param percent the published change in percent as written, not null
     * @param base the published base, or null when the report does not give it
     */
    public record Change(String what, long actual, BigDecimal percent, Long base) {
        /**
         * Checks and normalises the components.
         *
         * @param what what is compared, not blank
         * @param actual the published value
         * @param percent the published change in percent as written, not null
         * @param base the published base, or null when the report does not give it
         */
        public Change {
            what = Text.nfc(Objects.requireNonNull(what, "what"));
            Objects.requireNonNull(percent, "percent");
            if (base != null && base <= 0) {
                throw new OcopException("reported change '" + what + "': the base must be positive, was " + base);
            }
        }

        /**
         * The whole-number bases {@code b} for which {@code 100 × (actual − b) / b} rounds (up, down or to nearest)
         * to the stated percentage; at most 1,000 of them.
         *
         * @return the bases, ascending
         */
        public List<Long> impliedBases() {
            BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(percent.scale(), 0));
            BigDecimal a100 = BigDecimal.valueOf(actual).multiply(HUNDRED);
            BigDecimal hiDiv = HUNDRED.add(percent).subtract(unit);
            BigDecimal loDiv = HUNDRED.add(percent).add(unit);
            long lo = Math.max(1, a100.divide(loDiv, 0, RoundingMode.FLOOR).longValueExact());
            long hi = hiDiv.signum() <= 0 ? lo + 1000 : a100.divide(hiDiv, 0, RoundingMode.CEILING).longValueExact();
            List<Long> out = new ArrayList<>();
            for (long b = lo; b <= hi && out.size() < 1000; b++) {
                if (fits(b)) {
                    out.add(b);
                }
            }
            return out;
        }

        boolean fits(long b) {
            BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(percent.scale(), 0));
            BigDecimal diff = BigDecimal.valueOf(actual - b).multiply(HUNDRED)
                    .subtract(percent.multiply(BigDecimal.valueOf(b))).abs();
            return diff.compareTo(unit.multiply(BigDecimal.valueOf(b))) < 0;
        }
    }

    /** Kinds of finding. */
    public enum Kind {
        /** The parts' counts do not add up to the published total. */
        PARTS_DO_NOT_ADD_UP,
        /** A percentage is not its count over the denominator, at the decimals written. */
        PERCENT_DOES_NOT_MATCH_COUNT,
        /** The percentages of a complete breakdown do not add up to 100 within rounding. */
        PERCENTS_DO_NOT_ADD_UP,
        /** A figure exceeds one that contains it. */
        BOUND_EXCEEDED,
        /** A stated change does not match its stated base. */
        CHANGE_DOES_NOT_MATCH,
        /** No whole-number base explains a stated change. */
        NO_BASE_FITS,
        /** Not a slip: a figure derived from the published ones (an implied total or base). */
        DERIVED
    }

    /**
     * One finding of {@link #check()}.
     *
     * @param kind the kind, not null
     * @param where the breakdown, bound or change concerned, not null
     * @param message what was found, with the numbers, not null
     */
    public record Finding(Kind kind, String where, String message) {
        /**
         * Checks the components.
         *
         * @param kind the kind, not null
         * @param where the breakdown, bound or change concerned, not null
         * @param message what was found, with the numbers, not null
         */
        public Finding {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(message, "message");
        }

        /** @return whether a slip (anything but {@link Kind#DERIVED}) */
        public boolean isSlip() {
            return kind != Kind.DERIVED;
        }

        @Override
        public String toString() {
            return kind + " " + where + ": " + message;
        }
    }

    /**
     * Checks and normalises the components.
     *
     * @param source where the figures were published, not blank
     * @param area the area code or name they are for, not blank
     * @param date the date they refer to, or null if the report does not say
     * @param breakdowns totals broken down into parts, not null
     * @param bounds "this cannot exceed that" relations between stated figures, not null
     * @param changes stated changes relative to a base (a plan, last year), not null
     */
    public ReportedStatistics {
        source = Text.nfc(Objects.requireNonNull(source, "source"));
        area = Text.nfc(Objects.requireNonNull(area, "area"));
        breakdowns = List.copyOf(breakdowns == null ? List.of() : breakdowns);
        bounds = List.copyOf(bounds == null ? List.of() : bounds);
        changes = List.copyOf(changes == null ? List.of() : changes);
    }

    /**
     * Reads published statistics from JSON with {@link OcopJson}.
     *
     * @param in UTF-8 JSON, not null; not closed
     * @param name name of the file for messages, not null
     * @return the statistics
     * @throws StatisticsValidationException with the problem found, with the file, line, column and JSON path
     */
    public static ReportedStatistics read(InputStream in, String name) {
        return JsonDocuments.read(in, name, ReportedStatistics.class, StatisticsValidationException::new);
    }

    /** @return the findings of {@link #check()} that are slips */
    public List<Finding> slips() {
        List<Finding> out = new ArrayList<>();
        for (Finding f : check()) {
            if (f.isSlip()) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Checks every breakdown, bound and change (class comment for the rules).
     *
     * @return the findings, slips and derived figures, in the order of the input
     */
    public List<Finding> check() {
        List<Finding> out = new ArrayList<>();
        for (Breakdown b : breakdowns) {
            Long denominator = checkCounts(b, out);
            if (denominator != null && denominator > 0) {
                checkPercentages(b, denominator, out);
            }
        }
        for (Bound b : bounds) {
            if (b.value() > b.limit()) {
                out.add(new Finding(Kind.BOUND_EXCEEDED, b.what(), b.what() + " " + b.value() + " exceeds "
                        + b.limitWhat() + " " + b.limit()));
            }
        }
        for (Change c : changes) {
            checkChange(c, out);
        }
        return out;
    }

    /** A change against its stated base, or the bases that explain it. */
    private static void checkChange(Change c, List<Finding> out) {
        if (c.base() != null) {
            if (!c.fits(c.base())) {
                BigDecimal exact = BigDecimal.valueOf(c.actual() - c.base()).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(c.base()), 2, RoundingMode.HALF_UP);
                out.add(new Finding(Kind.CHANGE_DOES_NOT_MATCH, c.what(), c.actual() + " against " + c.base()
                        + " is " + exact.toPlainString() + "%, not " + c.percent().toPlainString() + "%"));
            }
            return;
        }
        List<Long> bases = c.impliedBases();
        if (bases.isEmpty()) {
            out.add(new Finding(Kind.NO_BASE_FITS, c.what(), "no whole-number base makes " + c.actual() + " "
                    + c.percent().toPlainString() + "% above it"));
        } else {
            out.add(new Finding(Kind.DERIVED, c.what(), "implied base " + (bases.size() == 1 ? bases.get(0)
                    : bases.get(0) + " to " + bases.get(bases.size() - 1)) + " (" + c.actual() + " is "
                    + c.percent().toPlainString() + "% above it)"));
        }
    }

    /**
     * The counts of a breakdown against its total.
     *
     * @return the denominator of its percentages: the published total, or the sum of a complete breakdown given
     *         only by counts; null when there is neither
     */
    private static Long checkCounts(Breakdown b, List<Finding> out) {
        boolean allCounts = b.parts().stream().allMatch(p -> p.count() != null);
        long sum = 0;
        for (Part p : b.parts()) {
            sum += p.count() == null ? 0 : p.count();
        }
        if (allCounts && b.complete() && b.total() == null) {
            out.add(new Finding(Kind.DERIVED, b.what(), "implied total " + sum + " (sum of the parts)"));
            return sum;
        }
        if (allCounts && b.complete() && sum != b.total()) {
            out.add(new Finding(Kind.PARTS_DO_NOT_ADD_UP, b.what(), "the parts add up to " + sum + ", not "
                    + b.total() + " (" + b.parts().stream().map(p -> p.label() + " " + p.count())
                            .reduce((x, y) -> x + " + " + y).orElse("") + ")"));
        } else if (!(allCounts && b.complete()) && b.total() != null && sum > b.total()) {
            out.add(new Finding(Kind.PARTS_DO_NOT_ADD_UP, b.what(), "the counted parts add up to " + sum
                    + ", more than the total " + b.total()));
        }
        return b.total();
    }

    /** Each stated percentage against its count, and the percentages of a complete breakdown against 100. */
    private static void checkPercentages(Breakdown b, long denominator, List<Finding> out) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal tolerance = BigDecimal.ZERO;
        for (Part p : b.parts()) {
            if (p.percent() == null) { // a count-only part, at 10 decimals
                sum = sum.add(BigDecimal.valueOf(p.count()).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP));
                continue;
            }
            sum = sum.add(p.percent());
            tolerance = tolerance.add(BigDecimal.ONE.movePointLeft(Math.max(p.percent().scale(), 0))
                    .divide(BigDecimal.valueOf(2)));
            checkPart(b, p, denominator, out);
        }
        boolean anyPercent = b.parts().stream().anyMatch(p -> p.percent() != null);
        if (b.complete() && anyPercent && sum.subtract(HUNDRED).abs().compareTo(tolerance) > 0) {
            out.add(new Finding(Kind.PERCENTS_DO_NOT_ADD_UP, b.what(), "the percentages add up to "
                    + sum.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                    + "%, more than " + tolerance.stripTrailingZeros().toPlainString()
                    + " points from 100% that rounding each part to nearest can explain"));
        }
    }

    /** A stated percentage against its count, or the count it implies. */
    private static void checkPart(Breakdown b, Part p, long denominator, List<Finding> out) {
        String where = b.what() + " / " + p.label();
        if (p.count() == null) {
            out.add(new Finding(Kind.DERIVED, where, p.percent().toPlainString() + "% of " + denominator + " is "
                    + p.percent().multiply(BigDecimal.valueOf(denominator)).divide(HUNDRED, 1, RoundingMode.HALF_UP)
                            .toPlainString()));
        } else if (!Percentages.matches(p.percent(), p.count(), denominator)) {
            out.add(new Finding(Kind.PERCENT_DOES_NOT_MATCH_COUNT, where, p.count() + " of " + denominator + " is "
                    + Percentages.of(p.count(), denominator, Math.max(p.percent().scale(), 0) + 1,
                            RoundingMode.HALF_UP).toPlainString() + "%, not " + p.percent().toPlainString() + "%"));
        }
    }
}
