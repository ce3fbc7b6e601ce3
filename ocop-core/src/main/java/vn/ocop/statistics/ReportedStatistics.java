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
import vn.ocop.internal.Numbers;
import vn.ocop.internal.Text;
import vn.ocop.internal.json.JsonDocuments;

/**
 * Statistics as a report published them, entered number by number, and {@link #check()} for the slips such reports
 * are full of: parts that do not add up to their total, percentages that do not match their counts, that no whole
 * count of the total can give, that do not add up to 100 or that another total explains better, a part larger than
 * what contains it, a "vượt X% so với kế hoạch" that no plan figure explains.
 *
 * <pre>{@code
 * ReportedStatistics thanhHoa = new ReportedStatistics("Báo Thanh Hóa, 2021", "38", null,
 *     List.of(new Breakdown("sản phẩm OCOP lũy kế theo hạng sao", 120L, true,
 *         List.of(Part.count("5★", 1), Part.count("4★", 30), Part.count("3★", 89)))),
 *     List.of(new Bound("chủ thể", 77, "sản phẩm", 120)), List.of());
 * thanhHoa.slips();   // empty: 1 + 30 + 89 = 120
 * StatisticsFormatter.of(Locale.forLanguageTag("vi")).findings(thanhHoa.check());   // each finding in words
 * }</pre>
 *
 * <p>Figures may be written as reports write them, in Vietnamese or English ({@link Part#of}, and strings in JSON):
 * "41,54", "41,54 %", "1.234" (a thousand two hundred and thirty-four: Vietnamese first where the marks are
 * ambiguous).
 *
 * <p>Rules, and the judgement in them:
 * <ul>
 *   <li>a stated percentage matches its count when it is the exact percentage rounded up, down or to nearest at the
 *       decimals it is written with ({@link Percentages#matches}); a percentage without a count must be what some
 *       whole count of the total gives at those decimals ("12,34 % of 57" cannot be: 7 is 12,28 %, 8 is 14,04 %);</li>
 *   <li>the percentages of a complete breakdown (parts meant to make up the total) may miss 100 by at most half a
 *       unit of their last decimal per rounded part (what rounding each part to nearest can explain); a count-only
 *       part contributes its percentage computed to 10 decimals;</li>
 *   <li>the whole-number totals that explain every percentage of a breakdown at once (each part a whole count, the
 *       counts of a complete breakdown adding up to the total) are searched up to 100 × 10^decimals: named when the
 *       breakdown gives no total, and when the stated total does not explain them but another does;</li>
 *   <li>a stated change "X% over the base" with the base not stated yields the whole-number bases that explain it
 *       (Ninh Bình 2021: 28 products, "vượt 16,7%": a plan of 24), or a slip when none does.</li>
 * </ul>
 * Each {@link Finding} carries its figures (the stated one, the expected one, the base, the count, the bases that
 * fit); {@code vn.ocop.format.StatisticsFormatter} says it in Vietnamese or English.
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
    /** The largest count, total or value accepted (a thousand million million): larger is not a published figure. */
    public static final long MAX_FIGURE = 1_000_000_000_000_000L;

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
         * @throws OcopException if neither is given, a value is negative, the percentage exceeds 100 or the count
         *         {@link #MAX_FIGURE}
         */
        public Part {
            label = Text.nfc(Objects.requireNonNull(label, "label"));
            if (count == null && percent == null) {
                throw new OcopException("reported part '" + label + "': give a count, a percentage or both");
            }
            if ((count != null && count < 0) || (percent != null && percent.signum() < 0)) {
                throw new OcopException("reported part '" + label + "': values must not be negative");
            }
            figure("reported part '" + label + "'", count);
            if (percent != null && percent.compareTo(HUNDRED) > 0) {
                throw new OcopException("reported part '" + label + "': a percentage of the total cannot exceed 100, was "
                        + percent.toPlainString());
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
         * @param percent published percentage as written, e.g. "67,3", "67,3 %" or "67.3"
         * @return a percentage-only part
         * @throws OcopException if the percentage is not a number as reports write them
         */
        public static Part percent(String label, String percent) {
            return of(label, null, percent);
        }

        /**
         * A part from its figures as the report writes them ({@link ReportedStatistics}: "1.234", "41,54 %").
         *
         * @param label category
         * @param count the published count, or null
         * @param percent the published percentage, or null
         * @return the part
         * @throws OcopException naming the figure that is not a number as reports write them, or a count with
         *         decimals
         */
        public static Part of(String label, String count, String percent) {
            try {
                BigDecimal c = count == null ? null : Numbers.parse(count, false);
                if (c != null && c.stripTrailingZeros().scale() > 0) {
                    throw new IllegalArgumentException("'" + count + "' is not a whole count");
                }
                return new Part(label, c == null ? null : c.longValueExact(),
                        percent == null ? null : Numbers.parse(percent, true));
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new OcopException("reported part '" + label + "': " + e.getMessage());
            }
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
         * @throws OcopException if there is no part, or the total is negative or above {@link #MAX_FIGURE}
         */
        public Breakdown {
            what = Text.nfc(Objects.requireNonNull(what, "what"));
            parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
            if (parts.isEmpty()) {
                throw new OcopException("reported breakdown '" + what + "': no parts");
            }
            if (total != null && total < 0) {
                throw new OcopException("reported breakdown '" + what + "': the total must not be negative");
            }
            figure("reported breakdown '" + what + "'", total);
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
         * @throws OcopException if a figure is negative or above {@link #MAX_FIGURE}
         */
        public Bound {
            what = Text.nfc(Objects.requireNonNull(what, "what"));
            limitWhat = Text.nfc(Objects.requireNonNull(limitWhat, "limitWhat"));
            if (value < 0 || limit < 0) {
                throw new OcopException("reported bound '" + what + "': figures must not be negative");
            }
            figure("reported bound '" + what + "'", value);
            figure("reported bound '" + what + "'", limit);
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
         * @throws OcopException if the base is not positive, the value negative, the change −100% or less, or a
         *         figure above {@link #MAX_FIGURE}
         */
        public Change {
            what = Text.nfc(Objects.requireNonNull(what, "what"));
            Objects.requireNonNull(percent, "percent");
            if (base != null && base <= 0) {
                throw new OcopException("reported change '" + what + "': the base must be positive, was " + base);
            }
            if (actual < 0 || percent.compareTo(HUNDRED.negate()) <= 0) {
                throw new OcopException("reported change '" + what + "': the value must not be negative nor the change"
                        + " −100% or less, were " + actual + " and " + percent.toPlainString() + "%");
            }
            figure("reported change '" + what + "'", actual);
            figure("reported change '" + what + "'", base);
        }

        /**
         * The whole-number bases {@code b} for which {@code 100 × (actual − b) / b} rounds (up, down or to nearest)
         * to the stated percentage; at most 1,000 of them, among at most 1,000,000 candidates.
         *
         * @return the bases, ascending
         */
        public List<Long> impliedBases() {
            BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(percent.scale(), 0));
            BigDecimal a100 = BigDecimal.valueOf(actual).multiply(HUNDRED);
            BigDecimal hiDiv = HUNDRED.add(percent).subtract(unit);
            BigDecimal loDiv = HUNDRED.add(percent).add(unit);
            BigDecimal lo = a100.divide(loDiv, 0, RoundingMode.FLOOR).max(BigDecimal.ONE);
            BigDecimal cap = lo.add(BigDecimal.valueOf(1_000_000));
            BigDecimal hi = hiDiv.signum() <= 0 ? cap : a100.divide(hiDiv, 0, RoundingMode.CEILING).min(cap);
            List<Long> out = new ArrayList<>();
            if (hi.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0) {
                return out;
            }
            for (long b = lo.longValueExact(); b <= hi.longValueExact() && out.size() < 1000; b++) {
                if (fits(b)) {
                    out.add(b);
                }
            }
            return out;
        }

        boolean fits(long b) {
            BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(percent.scale(), 0));
            BigDecimal diff = BigDecimal.valueOf(actual).subtract(BigDecimal.valueOf(b)).multiply(HUNDRED)
                    .subtract(percent.multiply(BigDecimal.valueOf(b))).abs();
            return diff.compareTo(unit.multiply(BigDecimal.valueOf(b))) < 0;
        }
    }

    /** Kinds of finding, each a slip or a figure derived from the published ones ({@link #slip()}). */
    public enum Kind {
        /** A complete breakdown's counts do not add up to its total: stated the total, expected their sum. */
        PARTS_DO_NOT_ADD_UP(true),
        /** The counted parts of an incomplete breakdown exceed its total: stated the total, expected their sum. */
        PARTS_EXCEED_TOTAL(true),
        /** A percentage is not its count over the base: stated, expected (to one more decimal), base, count. */
        PERCENT_DOES_NOT_MATCH_COUNT(true),
        /**
         * No whole count of the base gives a percentage at its decimals: stated, expected the nearest possible
         * percentage, base, count the nearest count.
         */
        PERCENT_IMPOSSIBLE(true),
        /** The percentages of a complete breakdown do not add up to 100 within rounding: stated their sum. */
        PERCENTS_DO_NOT_ADD_UP(true),
        /** The stated total does not explain the percentages of a breakdown, other totals do: base, bases. */
        PERCENTS_FIT_OTHER_BASES(true),
        /** No whole-number total up to the limit searched explains the percentages of a breakdown: base, searched. */
        NO_BASE_FITS_PERCENTS(true),
        /** A figure exceeds one that contains it: stated the figure, expected at most the limit. */
        BOUND_EXCEEDED(true),
        /** A stated change does not match its stated base: stated, expected (2 decimals), base, count the value. */
        CHANGE_DOES_NOT_MATCH(true),
        /** No whole-number base explains a stated change: stated, count the value. */
        NO_BASE_FITS(true),
        /** Not a slip: the total of a complete breakdown given only by its parts' counts: expected the sum. */
        IMPLIED_TOTAL(false),
        /** Not a slip: the count a percentage stands for: stated, expected the exact figure, base, count. */
        IMPLIED_COUNT(false),
        /** Not a slip: the bases that explain a stated change: stated, count the value, bases. */
        IMPLIED_BASES(false),
        /** Not a slip: the totals that explain a breakdown given without one: bases, searched. */
        IMPLIED_TOTALS(false);

        private final boolean slip;

        Kind(boolean slip) {
            this.slip = slip;
        }

        /** @return whether a finding of this kind is a slip of the report (not a derived figure) */
        public boolean slip() {
            return slip;
        }
    }

    /**
     * One finding of {@link #check()}: its kind and its figures, for a program to use without reading words;
     * {@code vn.ocop.format.StatisticsFormatter} says it in Vietnamese or English. Which figures a kind has is on
     * the {@link Kind}; the others are null (empty for the bases).
     *
     * @param kind the kind, not null
     * @param where the breakdown, bound or change concerned (its {@code what}), not null
     * @param part the part of a breakdown concerned (its label), or the larger figure of a bound; or null
     * @param stated the published figure checked, or null
     * @param expected what the other figures give instead, or null
     * @param base the base or total it is measured against, or null
     * @param count the count concerned (a part's, an implied one, a change's value), or null
     * @param bases the whole-number bases that explain the figures, smallest first (at most ten), not null
     * @param searchedTo the largest base searched, or null when none was
     */
    public record Finding(Kind kind, String where, String part, BigDecimal stated, BigDecimal expected, Long base,
            Long count, List<Long> bases, Long searchedTo) {
        /**
         * Checks the components.
         *
         * @param kind the kind, not null
         * @param where the breakdown, bound or change concerned, not null
         * @param part the part concerned, or null
         * @param stated the published figure checked, or null
         * @param expected what the other figures give instead, or null
         * @param base the base or total it is measured against, or null
         * @param count the count concerned, or null
         * @param bases the bases that explain the figures; null means none
         * @param searchedTo the largest base searched, or null
         */
        public Finding {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(where, "where");
            bases = List.copyOf(bases == null ? List.of() : bases);
        }

        /** @return whether a slip of the report ({@link Kind#slip()}), not a derived figure */
        public boolean isSlip() {
            return kind.slip();
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(kind.name()).append(' ').append(where);
            append(sb, "part", part);
            append(sb, "stated", stated == null ? null : stated.toPlainString());
            append(sb, "expected", expected == null ? null : expected.toPlainString());
            append(sb, "base", base);
            append(sb, "count", count);
            append(sb, "bases", bases.isEmpty() ? null : bases);
            append(sb, "searchedTo", searchedTo);
            return sb.toString();
        }

        private static void append(StringBuilder sb, String name, Object value) {
            if (value != null) {
                sb.append(", ").append(name).append(' ').append(value);
            }
        }
    }

    /** Refuses a figure above {@link #MAX_FIGURE}, naming what it is. */
    private static void figure(String what, Long value) {
        if (value != null && value > MAX_FIGURE) {
            throw new OcopException(what + ": " + value + " is larger than any published figure ("
                    + MAX_FIGURE + ")");
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
        return new FigureChecks(this).findings();
    }
}
