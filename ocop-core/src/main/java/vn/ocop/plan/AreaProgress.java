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
    /** Derived in the constructor from the values above; null for the unattributed line. */
    private final Judgement judgement;

    /** What follows from a line's values (see {@link Tracker}). */
    private record Judgement(BigDecimal goal, BigDecimal expected, BigDecimal plannedPerMonth, Status status,
            BigDecimal achievedPercent, BigDecimal remaining, BigDecimal neededPerMonth) {
    }

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
        this.judgement = judged ? judge() : null;
    }

    private Judgement judge() {
        BigDecimal goal = goalKind == Target.Goal.INCREASE ? baseline.value().add(target) : target;
        BigDecimal rise = goal.subtract(baseline.value());
        BigDecimal t = days(pace.periodDays());
        BigDecimal expectedTimesT = baseline.value().multiply(t).add(rise.multiply(days(pace.elapsedDays())));
        BigDecimal expected = expectedTimesT.divide(t, 2, RoundingMode.HALF_UP);
        BigDecimal planned = rise.multiply(Pace.DAYS_PER_MONTH).divide(t, 2, RoundingMode.HALF_UP);
        BigDecimal[] pq = actual.exact();
        if (pq == null) {
            return new Judgement(goal, expected, planned, Status.NO_DATA, null, null, null);
        }
        Status status = status(pq[0], pq[1], goal, rise, expectedTimesT);
        boolean achieved = status == Status.ACHIEVED;
        return new Judgement(goal, expected, planned, status, achievedPercent(pq[0], pq[1], goal, rise),
                achieved ? BigDecimal.ZERO : remaining(pq[0], pq[1], goal),
                achieved || pace.isOver() ? null : needed(pq[0], pq[1], goal));
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
        return judgement == null ? null : judgement.goal();
    }

    /** @return the value the linear pace expects on the measurement date, {@code B + (G − B)·E/T}; or null */
    public BigDecimal expected() {
        return judgement == null ? null : judgement.expected();
    }

    /** @return the plan's own pace, (goal − baseline) per average month; or null (unattributed) */
    public BigDecimal plannedPerMonth() {
        return judgement == null ? null : judgement.plannedPerMonth();
    }

    /** @return the judgement (see {@link Tracker}), or null (unattributed) */
    public Status status() {
        return judgement == null ? null : judgement.status();
    }

    /**
     * @return for a level, actual ÷ goal; for an increase, (actual − baseline) ÷ increase; in percent; or null when
     *         undefined (no value, a goal or increase of 0, unattributed)
     */
    public BigDecimal achievedPercent() {
        return judgement == null ? null : judgement.achievedPercent();
    }

    /** @return what is still missing to the goal (0 when reached), or null without a value */
    public BigDecimal remaining() {
        return judgement == null ? null : judgement.remaining();
    }

    /**
     * @return the pace needed for the rest of the period, per average month ({@link Pace#DAYS_PER_MONTH}); null when
     *         reached, the period is over, or there is no value
     */
    public BigDecimal neededPerMonth() {
        return judgement == null ? null : judgement.neededPerMonth();
    }

    private static BigDecimal days(long d) {
        return BigDecimal.valueOf(d);
    }

    /** The status of the exact actual {@code p/q} (class comment of {@link Tracker}). */
    private Status status(BigDecimal p, BigDecimal q, BigDecimal goal, BigDecimal rise, BigDecimal expectedTimesT) {
        BigDecimal t = days(pace.periodDays());
        BigDecimal missing = goal.multiply(q).subtract(p);
        if (missing.signum() <= 0) {
            return Status.ACHIEVED;
        }
        if (pace.isOver()) {
            return Status.BEHIND;
        }
        if (p.multiply(t).compareTo(expectedTimesT.multiply(q)) >= 0) {
            return Status.ON_TRACK;
        }
        BigDecimal allowed = pace.atRiskFactor().multiply(rise).multiply(t.subtract(days(pace.elapsedDays())))
                .multiply(q);
        return missing.multiply(t).compareTo(allowed) <= 0 ? Status.AT_RISK : Status.BEHIND;
    }

    private BigDecimal achievedPercent(BigDecimal p, BigDecimal q, BigDecimal goal, BigDecimal rise) {
        if (goalKind == Target.Goal.INCREASE) {
            return rise.signum() == 0 ? null : p.subtract(baseline.value().multiply(q)).multiply(HUNDRED)
                    .divide(rise.multiply(q), 1, RoundingMode.HALF_UP);
        }
        return goal.signum() == 0 ? null : p.multiply(HUNDRED).divide(goal.multiply(q), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal remaining(BigDecimal p, BigDecimal q, BigDecimal goal) {
        return q.compareTo(BigDecimal.ONE) == 0 ? goal.subtract(p)
                : goal.multiply(q).subtract(p).divide(q, 2, RoundingMode.HALF_UP);
    }

    private BigDecimal needed(BigDecimal p, BigDecimal q, BigDecimal goal) {
        return goal.multiply(q).subtract(p).multiply(Pace.DAYS_PER_MONTH)
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
