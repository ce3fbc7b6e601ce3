package vn.ocop.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * An actual value of an indicator for one area on one date, and how it was obtained ({@link #basis()}, with the
 * dates, report or areas it rests on). Derived values follow from these: the value of a count is its numerator, of a
 * share {@code 100 × numerator / denominator} rounded half-up to 2 decimals.
 *
 * <p>Immutable and thread-safe.
 */
public final class Actual {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** How an actual value was obtained, in short; the name for a reader is {@link #text(Locale)}. */
    public enum Method implements Localized {
        /** Computed from the registry. */
        COMPUTED,
        /** Taken from one reported value. */
        REPORTED,
        /** The sum of the reported values of the allocated (or rolled-up) sub-areas. */
        SUM_OF_REPORTS,
        /** No value could be obtained. */
        NONE;

        @Override
        public String text(Locale locale) {
            return Messages.of("plan").text(locale, "method." + name());
        }
    }

    /** What an actual value rests on. */
    public enum Basis {
        /** Counted in the registry: a flow from {@link #from()} through {@link #on()}, a stock on {@link #on()}. */
        COUNTED,
        /** Taken from one {@link #report()}. */
        REPORTED,
        /** No report for the area ({@link #areas()}) dated from {@link #from()} (if any) through {@link #on()}. */
        NOT_REPORTED,
        /** The sum of the reports of the allocated areas {@link #areas()}. */
        SUM_OF_ALLOCATIONS,
        /** The sum of the lines of the areas {@link #areas()} rolled up to a higher level. */
        ROLLED_UP
    }

    private final Basis basis;
    private final Method method;
    private final boolean share;
    private final long numerator;
    private final long denominator;
    private final BigDecimal sum;
    private final LocalDate from;
    private final LocalDate on;
    private final ReportedValue report;
    private final List<String> areas;
    private final Unplaced leftOut;

    private Actual(Basis basis, Method method, boolean share, long numerator, long denominator, BigDecimal sum,
            LocalDate from, LocalDate on, ReportedValue report, List<String> areas, Unplaced leftOut) {
        this.basis = Objects.requireNonNull(basis, "basis");
        this.share = share;
        this.numerator = numerator;
        this.denominator = share ? denominator : 0;
        this.from = from;
        this.on = basis == Basis.REPORTED ? null : on;
        this.report = basis == Basis.REPORTED ? Objects.requireNonNull(report, "report") : null;
        this.areas = List.copyOf(areas == null ? List.of() : areas);
        this.leftOut = leftOut;
        this.sum = basis == Basis.COUNTED ? null : basis == Basis.REPORTED ? report.value() : sum;
        this.method = basis == Basis.ROLLED_UP ? Objects.requireNonNull(method, "method") : methodOf(basis);
        check();
    }

    private Method methodOf(Basis b) {
        switch (b) {
            case COUNTED:
                return share && denominator == 0 ? Method.NONE : Method.COMPUTED;
            case REPORTED:
                return Method.REPORTED;
            case SUM_OF_ALLOCATIONS:
                return Method.SUM_OF_REPORTS;
            default:
                return Method.NONE;
        }
    }

    private void check() {
        if (numerator < 0 || denominator < 0) {
            throw new OcopException("actual: counts must not be negative (" + numerator + "/" + denominator + ")");
        }
        if (basis == Basis.COUNTED && on == null || basis == Basis.NOT_REPORTED && (on == null || areas.size() != 1)) {
            throw new OcopException("actual " + basis + ": the date (and, without a report, the area) must be given");
        }
        boolean summed = basis == Basis.SUM_OF_ALLOCATIONS || basis == Basis.ROLLED_UP;
        if (summed && areas.isEmpty() || basis == Basis.SUM_OF_ALLOCATIONS && sum == null
                || basis == Basis.ROLLED_UP && (sum == null) != (method == Method.NONE)) {
            throw new OcopException("actual " + basis + ": the areas added up and their sum must be given");
        }
    }

    /**
     * @param numerator the count, or the share's numerator, not negative
     * @param denominator the share's denominator (ignored for a count), not negative
     * @param share whether the value is a share
     * @param from the first day counted for a flow, null for a stock
     * @param on the day counted through (flow) or on (stock), not null
     * @return the value counted in the registry
     */
    static Actual counted(long numerator, long denominator, boolean share, LocalDate from, LocalDate on) {
        return new Actual(Basis.COUNTED, null, share, numerator, denominator, null, from, on, null, null, null);
    }

    static Actual reported(ReportedValue report, boolean share) {
        return new Actual(Basis.REPORTED, null, share, 0, 0, null, null, null, report, null, null);
    }

    static Actual notReported(String area, LocalDate from, LocalDate to, boolean share) {
        return new Actual(Basis.NOT_REPORTED, null, share, 0, 0, null, from, to, null, List.of(area), null);
    }

    static Actual sumOfAllocations(BigDecimal sum, List<String> areas) {
        return new Actual(Basis.SUM_OF_ALLOCATIONS, null, false, 0, 0, sum, null, null, null, areas, null);
    }

    /**
     * @param parts the actuals of the areas rolled up (counts), not empty
     * @param areas their codes, in the same order
     * @return their sum: computed when all are, no value when one has none, else a sum of reports
     */
    static Actual rolledUp(List<Actual> parts, List<String> areas) {
        BigDecimal sum = BigDecimal.ZERO;
        long numerator = 0;
        Method method = null;
        for (Actual a : parts) {
            numerator += a.numerator;
            sum = a.value() == null || sum == null ? null : sum.add(a.value());
            method = method == null || method == a.method ? a.method : Method.SUM_OF_REPORTS;
        }
        method = sum == null ? Method.NONE : method == Method.REPORTED ? Method.SUM_OF_REPORTS : method;
        return new Actual(Basis.ROLLED_UP, method, false, numerator, 0, sum, null, null, null, new ArrayList<>(areas),
                null);
    }

    /**
     * @param unplaced the records left out because they could not be placed inside or outside the area, not null
     * @return a copy of this counted value that names them
     */
    Actual withLeftOut(Unplaced unplaced) {
        return new Actual(basis, method, share, numerator, denominator, sum, from, on, report, areas,
                Objects.requireNonNull(unplaced, "unplaced"));
    }

    /** @return what the value rests on */
    public Basis basis() {
        return basis;
    }

    /** @return how the value was obtained, in short */
    public Method method() {
        return method;
    }

    /** @return whether the value is a share (a percentage) */
    public boolean share() {
        return share;
    }

    /**
     * @return the value: the count, or {@code 100 × numerator / denominator} rounded half-up to 2 decimals for a
     *         share; the report's value, or the sum; null when there is none ({@link Method#NONE})
     */
    public BigDecimal value() {
        if (basis != Basis.COUNTED) {
            return sum;
        }
        if (!share) {
            return BigDecimal.valueOf(numerator);
        }
        return denominator == 0 ? null : BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    /** @return the count, or the share's numerator, counted in the registry; 0 for a reported value */
    public long numerator() {
        return numerator;
    }

    /** @return the share's denominator; 0 for a count */
    public long denominator() {
        return denominator;
    }

    /** @return the first day counted (a flow), or the first report date accepted; null otherwise */
    public LocalDate from() {
        return from;
    }

    /** @return the day counted through or on, or the last report date looked for; the report's date when reported */
    public LocalDate on() {
        return report != null ? report.date() : on;
    }

    /** @return the report the value was taken from, or null */
    public ReportedValue report() {
        return report;
    }

    /** @return the areas added up, or the one area without a report; empty otherwise */
    public List<String> areas() {
        return areas;
    }

    /** @return the records left out of a value computed outside a plan, or null when none were */
    public Unplaced leftOut() {
        return leftOut;
    }

    /** @return the exact value as a fraction: {numerator, denominator}; null without a value */
    BigDecimal[] exact() {
        BigDecimal v = value();
        if (v == null) {
            return null;
        }
        if (basis == Basis.COUNTED && share) {
            return new BigDecimal[] {BigDecimal.valueOf(numerator).multiply(HUNDRED), BigDecimal.valueOf(denominator)};
        }
        return new BigDecimal[] {v, BigDecimal.ONE};
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Actual)) {
            return false;
        }
        Actual a = (Actual) o;
        return basis == a.basis && method == a.method && share == a.share && numerator == a.numerator
                && denominator == a.denominator && Objects.equals(sum, a.sum) && Objects.equals(from, a.from)
                && Objects.equals(on, a.on) && Objects.equals(report, a.report) && areas.equals(a.areas)
                && Objects.equals(leftOut, a.leftOut);
    }

    @Override
    public int hashCode() {
        return Objects.hash(basis, method, numerator, denominator, sum, from, on, areas);
    }

    @Override
    public String toString() {
        return "Actual[" + method + " " + value() + ", " + basis + "]";
    }
}
