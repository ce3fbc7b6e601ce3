package vn.ocop.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * Progress of one target in one area: the whole plan area, an allocated sub-area, a roll-up of sub-areas, or the
 * records that could not be attributed. A line holds its target, baseline, actual and the {@link Pace} of the
 * measurement; the goal, the expectation, the status, the percentage achieved, what remains and the paces follow
 * from these by the rules of {@link Tracker}.
 *
 * <p>Rounding: {@link #achievedPercent()} to 1 decimal, {@link #expected()}, the {@link #remaining()} of a share and
 * the paces to 2 decimals, all half-up from the exact values; {@link #status()} is judged on the exact values.
 *
 * <p>Immutable and thread-safe.
 */
public final class AreaProgress {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Kinds of line; the name for a reader is {@link #text(Locale)}. */
    public enum Line implements Localized {
        /** The plan's whole area. */
        TOTAL,
        /** An allocated sub-area. */
        AREA,
        /** Allocated sub-areas added up to a higher level. */
        ROLL_UP,
        /** Records inside the plan's area that could not be attributed to one allocated area. */
        UNATTRIBUTED;

        @Override
        public String text(Locale locale) {
            return Messages.of("plan").text(locale, "line." + name());
        }
    }

    private final Line line;
    private final String area;
    private final String areaName;
    private final BigDecimal target;
    private final Baseline baseline;
    private final Target.Goal goalKind;
    private final Actual actual;
    private final Pace pace;

    private AreaProgress(Line line, String area, String areaName, BigDecimal target, Baseline baseline,
            Target.Goal goalKind, Actual actual, Pace pace) {
        this.line = Objects.requireNonNull(line, "line");
        this.area = area;
        this.areaName = areaName;
        this.target = target;
        this.baseline = baseline;
        this.goalKind = goalKind;
        this.actual = Objects.requireNonNull(actual, "actual");
        this.pace = pace;
        boolean judged = line != Line.UNATTRIBUTED;
        if (judged != (area != null) || judged != (target != null) || judged != (baseline != null)
                || judged != (goalKind != null) || judged != (pace != null)) {
            throw new OcopException("progress line " + line + ": an area's line has its area, target, baseline, goal"
                    + " and pace; the unattributed line has none of them");
        }
    }

    /**
     * @param line the kind of line (not {@link Line#UNATTRIBUTED}), not null
     * @param area the area's code, not null
     * @param areaName the area's name, or null when the register does not know the code
     * @param target the plan's value for the area (an increase for {@link Target.Goal#INCREASE}), not null
     * @param baseline the baseline in force, not null
     * @param goalKind how the target is read, not null
     * @param actual the actual value, not null
     * @param pace the measurement's place in the period, not null
     * @return the line
     */
    static AreaProgress of(Line line, String area, String areaName, BigDecimal target, Baseline baseline,
            Target.Goal goalKind, Actual actual, Pace pace) {
        return new AreaProgress(line, area, areaName, target, baseline, goalKind, actual, pace);
    }

    /**
     * @param actual what could not be attributed, not null
     * @return the unattributed line
     */
    static AreaProgress unattributed(Actual actual) {
        return new AreaProgress(Line.UNATTRIBUTED, null, null, null, null, null, actual, null);
    }

    /** @return what the line is */
    public Line line() {
        return line;
    }

    /** @return the area code, or null for the unattributed line */
    public String area() {
        return area;
    }

    /** @return the area's name (without its code), or null for the unattributed line or an unknown code */
    public String areaName() {
        return areaName;
    }

    /** @return the plan's value for this area (an increase for {@link Target.Goal#INCREASE}), or null (unattributed) */
    public BigDecimal target() {
        return target;
    }

    /** @return the baseline in force and where it comes from, or null (unattributed) */
    public Baseline baseline() {
        return baseline;
    }

    /** @return how the target is read, or null (unattributed) */
    public Target.Goal goalKind() {
        return goalKind;
    }

    /** @return the actual value and how it was obtained */
    public Actual actual() {
        return actual;
    }

    /** @return the measurement's place in the period, or null (unattributed) */
    public Pace pace() {
        return pace;
    }

    /** @return the level to reach: the target for a level, baseline + target for an increase; or null (unattributed) */
    public BigDecimal goal() {
        return line == Line.UNATTRIBUTED ? null : goalKind == Target.Goal.INCREASE ? base().add(target) : target;
    }

    private BigDecimal base() {
        return baseline.value();
    }

    private BigDecimal rise() {
        return goal().subtract(base());
    }

    /** @return {@code B·T + (G − B)·E}: the linear expectation times T */
    private BigDecimal expectedTimesT() {
        return base().multiply(days(pace.periodDays())).add(rise().multiply(days(pace.elapsedDays())));
    }

    private static BigDecimal days(long d) {
        return BigDecimal.valueOf(d);
    }

    /** @return the value the linear pace expects on the measurement date, {@code B + (G − B)·E/T}; or null */
    public BigDecimal expected() {
        return line == Line.UNATTRIBUTED ? null
                : expectedTimesT().divide(days(pace.periodDays()), 2, RoundingMode.HALF_UP);
    }

    /** @return the plan's own pace, (goal − baseline) per average month; or null (unattributed) */
    public BigDecimal plannedPerMonth() {
        return line == Line.UNATTRIBUTED ? null : rise().multiply(Pace.DAYS_PER_MONTH)
                .divide(days(pace.periodDays()), 2, RoundingMode.HALF_UP);
    }

    /** @return the judgement (see {@link Tracker}), or null (unattributed) */
    public Status status() {
        if (line == Line.UNATTRIBUTED) {
            return null;
        }
        BigDecimal[] pq = actual.exact();
        if (pq == null) {
            return Status.NO_DATA;
        }
        BigDecimal p = pq[0];
        BigDecimal q = pq[1];
        BigDecimal t = days(pace.periodDays());
        BigDecimal missing = goal().multiply(q).subtract(p);
        if (missing.signum() <= 0) {
            return Status.ACHIEVED;
        }
        if (pace.isOver()) {
            return Status.BEHIND;
        }
        if (p.multiply(t).compareTo(expectedTimesT().multiply(q)) >= 0) {
            return Status.ON_TRACK;
        }
        BigDecimal allowed = pace.atRiskFactor().multiply(rise()).multiply(t.subtract(days(pace.elapsedDays())))
                .multiply(q);
        return missing.multiply(t).compareTo(allowed) <= 0 ? Status.AT_RISK : Status.BEHIND;
    }

    private boolean achieved() {
        return status() == Status.ACHIEVED;
    }

    /**
     * @return for a level, actual ÷ goal; for an increase, (actual − baseline) ÷ increase; in percent; or null when
     *         undefined (no value, a goal or increase of 0, unattributed)
     */
    public BigDecimal achievedPercent() {
        BigDecimal[] pq = line == Line.UNATTRIBUTED ? null : actual.exact();
        if (pq == null) {
            return null;
        }
        BigDecimal p = pq[0];
        BigDecimal q = pq[1];
        if (goalKind == Target.Goal.INCREASE) {
            return rise().signum() == 0 ? null : p.subtract(base().multiply(q)).multiply(HUNDRED)
                    .divide(rise().multiply(q), 1, RoundingMode.HALF_UP);
        }
        return goal().signum() == 0 ? null : p.multiply(HUNDRED).divide(goal().multiply(q), 1, RoundingMode.HALF_UP);
    }

    /** @return what is still missing to the goal (0 when reached), or null without a value */
    public BigDecimal remaining() {
        BigDecimal[] pq = line == Line.UNATTRIBUTED ? null : actual.exact();
        if (pq == null) {
            return null;
        }
        if (achieved()) {
            return BigDecimal.ZERO;
        }
        BigDecimal q = pq[1];
        return q.compareTo(BigDecimal.ONE) == 0 ? goal().subtract(pq[0])
                : goal().multiply(q).subtract(pq[0]).divide(q, 2, RoundingMode.HALF_UP);
    }

    /**
     * @return the pace needed for the rest of the period, per average month ({@link Pace#DAYS_PER_MONTH}); null when
     *         reached, the period is over, or there is no value
     */
    public BigDecimal neededPerMonth() {
        BigDecimal[] pq = line == Line.UNATTRIBUTED ? null : actual.exact();
        if (pq == null || achieved() || pace.isOver()) {
            return null;
        }
        BigDecimal q = pq[1];
        return goal().multiply(q).subtract(pq[0]).multiply(Pace.DAYS_PER_MONTH)
                .divide(q.multiply(days(pace.periodDays() - pace.elapsedDays())), 2, RoundingMode.HALF_UP);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AreaProgress)) {
            return false;
        }
        AreaProgress a = (AreaProgress) o;
        return line == a.line && Objects.equals(area, a.area) && Objects.equals(areaName, a.areaName)
                && Objects.equals(target, a.target) && Objects.equals(baseline, a.baseline) && goalKind == a.goalKind
                && actual.equals(a.actual) && Objects.equals(pace, a.pace);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, area, target, actual);
    }

    @Override
    public String toString() {
        return "AreaProgress[" + line + " " + area + ": " + actual.value() + " of " + goal() + ", " + status() + "]";
    }
}
