package vn.ocop.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * Progress of one target in one area: the whole plan area, an allocated sub-area, a roll-up of sub-areas, or the
 * records that could not be attributed. A line holds its target (and a range's ceiling), baseline (and the plan's
 * stated one), actual, the {@link Pace} of the measurement and, for a roll-up, the lines it adds up; the goal, the
 * expectation, the status, the percentage achieved, what remains, the paces and the {@link #notes()} follow from
 * these by the rules of {@link Tracker}.
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
    private final BigDecimal ceiling;
    private final Baseline baseline;
    private final BigDecimal statedBaseline;
    private final Target.Goal goalKind;
    private final Actual actual;
    private final Pace pace;
    private final List<AreaProgress> parts;
    /** Derived in the constructor from the values above; null for the unattributed line. */
    private final Judgement judgement;

    private AreaProgress(Line line, String area, String areaName, BigDecimal target, BigDecimal ceiling,
            Baseline baseline, BigDecimal statedBaseline, Target.Goal goalKind, Actual actual, Pace pace,
            List<AreaProgress> parts) {
        this.line = Objects.requireNonNull(line, "line");
        this.area = area;
        this.areaName = areaName;
        this.target = target;
        this.ceiling = ceiling;
        this.baseline = baseline;
        this.statedBaseline = statedBaseline;
        this.goalKind = goalKind;
        this.actual = Objects.requireNonNull(actual, "actual");
        this.pace = pace;
        this.parts = List.copyOf(parts == null ? List.of() : parts);
        boolean judged = line != Line.UNATTRIBUTED;
        if (judged != (area != null) || judged != (target != null) || judged != (baseline != null)
                || judged != (goalKind != null) || judged != (pace != null)) {
            throw new OcopException("progress line " + line + ": an area's line has its area, target, baseline, goal"
                    + " and pace; the unattributed line has none of them");
        }
        if ((ceiling != null) != (goalKind == Target.Goal.RANGE && line == Line.TOTAL)
                || (line == Line.ROLL_UP) == this.parts.isEmpty()) {
            throw new OcopException("progress line " + line + " of " + area + ": a ceiling exactly for the total of"
                    + " a range (its allocations are floors), parts exactly for a roll-up");
        }
        this.judgement = judged ? Judgement.of(this) : null;
    }

    /**
     * @param line the kind of line (not {@link Line#UNATTRIBUTED}), not null
     * @param area the area's code, not null
     * @param areaName the area's name, or null when the register does not know the code
     * @param target the plan's value for the area (an increase for {@link Target.Goal#INCREASE}), not null
     * @param ceiling a range's ceiling on its total line (allocations are floors), else null
     * @param baseline the baseline in force, not null
     * @param statedBaseline the baseline the plan states for the area, or null
     * @param goalKind how the target is read, not null
     * @param actual the actual value, not null
     * @param pace the measurement's place in the period, not null
     * @param parts the lines a roll-up adds up (not empty exactly for {@link Line#ROLL_UP})
     * @return the line
     */
    static AreaProgress of(Line line, String area, String areaName, BigDecimal target, BigDecimal ceiling,
            Baseline baseline, BigDecimal statedBaseline, Target.Goal goalKind, Actual actual, Pace pace,
            List<AreaProgress> parts) {
        return new AreaProgress(line, area, areaName, target, ceiling, baseline, statedBaseline, goalKind, actual,
                pace, parts);
    }

    /**
     * @param actual what could not be attributed, not null
     * @return the unattributed line
     */
    static AreaProgress unattributed(Actual actual) {
        return new AreaProgress(Line.UNATTRIBUTED, null, null, null, null, null, null, null, actual, null, null);
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

    /**
     * @return the plan's value for this area (a range's floor, an increase for {@link Target.Goal#INCREASE}), or null
     *         (unattributed)
     */
    public BigDecimal target() {
        return target;
    }

    /** @return a range's ceiling on its total line, or null (other goals and lines: a range's allocations are floors) */
    public BigDecimal ceiling() {
        return ceiling;
    }

    /** @return the baseline in force and where it comes from, or null (unattributed) */
    public Baseline baseline() {
        return baseline;
    }

    /** @return the baseline the plan states for this area, whether used or not; null if it states none */
    public BigDecimal statedBaseline() {
        return statedBaseline;
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

    /** @return the lines a roll-up adds up, in the plan's order; empty for other lines */
    public List<AreaProgress> parts() {
        return parts;
    }

    /**
     * @return the level to reach: the target for a level, a range's floor or a level to keep; baseline + target for
     *         an increase (null without a baseline); the next whole number above a count's "more than" value, the
     *         value itself for a share (which must exceed it); null for the unattributed line
     */
    public BigDecimal goal() {
        return judgement == null ? null : judgement.goal();
    }

    /**
     * @return the value the linear pace expects on the measurement date, {@code B + (G − B)·E/T} (the level itself
     *         for a level to keep); null without a baseline, or unattributed
     */
    public BigDecimal expected() {
        return judgement == null ? null : judgement.expected();
    }

    /** @return the plan's own pace, (goal − baseline) per average month; null without one, or unattributed */
    public BigDecimal plannedPerMonth() {
        return judgement == null ? null : judgement.plannedPerMonth();
    }

    /** @return the judgement (see {@link Tracker}), or null (unattributed) */
    public Status status() {
        return judgement == null ? null : judgement.status();
    }

    /**
     * @return for an increase, (actual − baseline) ÷ increase; otherwise actual ÷ goal; in percent; or null when
     *         undefined (no value, a goal or increase of 0, no baseline for an increase, unattributed)
     */
    public BigDecimal achievedPercent() {
        return judgement == null ? null : judgement.achievedPercent();
    }

    /** @return what is still missing to the goal (0 when reached), or null without a value or a goal */
    public BigDecimal remaining() {
        return judgement == null ? null : judgement.remaining();
    }

    /**
     * @return the pace needed for the rest of the period, per average month ({@link Pace#DAYS_PER_MONTH}); null when
     *         reached, the period is over, for a level to keep, or without a value or a goal
     */
    public BigDecimal neededPerMonth() {
        return judgement == null ? null : judgement.neededPerMonth();
    }

    /** @return for a range, whether the actual has reached its ceiling; null otherwise or without a value */
    public Boolean ceilingReached() {
        return judgement == null ? null : judgement.ceilingReached();
    }

    /** @return the part of a roll-up judged worst (the first of them), or null when no ranked part is worse */
    public AreaProgress worstPart() {
        return worst(this, parts);
    }

    /**
     * @return the remarks on this line a reader must see, in this order: {@link Note#NO_BASELINE},
     *         {@link Note#BASELINE_COMPUTED} or {@link Note#BASELINE_REPORTED}, {@link Note#BASELINE_REPLACES_STATED},
     *         {@link Note#GOAL_BELOW_BASELINE}, {@link Note#CEILING}, {@link Note#PARTS_WORSE}; empty for the
     *         unattributed line
     */
    public List<Note> notes() {
        List<Note> out = new ArrayList<>();
        if (judgement == null) {
            return out;
        }
        switch (baseline.source()) {
            case NONE:
                if (goalKind != Target.Goal.KEEP) {
                    out.add(Note.NO_BASELINE);
                }
                break;
            case COMPUTED:
                out.add(Note.BASELINE_COMPUTED);
                break;
            case REPORTED:
                out.add(Note.BASELINE_REPORTED);
                break;
            default:
                break;
        }
        boolean measured = baseline.source() == Baseline.Source.COMPUTED
                || baseline.source() == Baseline.Source.REPORTED;
        if (measured && statedBaseline != null && statedBaseline.compareTo(baseline.value()) != 0) {
            out.add(Note.BASELINE_REPLACES_STATED);
        }
        BigDecimal goal = judgement.goal();
        if (goal != null && baseline.isKnown() && goal.compareTo(baseline.value()) < 0) {
            out.add(Note.GOAL_BELOW_BASELINE);
        }
        if (ceiling != null) {
            out.add(Note.CEILING);
        }
        if (worstPart() != null) {
            out.add(Note.PARTS_WORSE);
        }
        return out;
    }

    /** @return the first of the lines judged worse than {@code whole} and worst among them, or null */
    static AreaProgress worst(AreaProgress whole, List<AreaProgress> lines) {
        AreaProgress worst = null;
        for (AreaProgress p : lines) {
            if (p.status() != null && whole.status().isBetterThan(p.status())
                    && (worst == null || worst.status().isBetterThan(p.status()))) {
                worst = p;
            }
        }
        return worst;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AreaProgress)) {
            return false;
        }
        AreaProgress a = (AreaProgress) o;
        return line == a.line && Objects.equals(area, a.area) && Objects.equals(areaName, a.areaName)
                && Objects.equals(target, a.target) && Objects.equals(ceiling, a.ceiling)
                && Objects.equals(baseline, a.baseline) && Objects.equals(statedBaseline, a.statedBaseline)
                && goalKind == a.goalKind && actual.equals(a.actual) && Objects.equals(pace, a.pace)
                && parts.equals(a.parts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, area, target, actual);
    }

    @Override
    public String toString() {
        return "AreaProgress[" + line + " " + area + ": " + actual.value() + " of " + goal() + ", " + status() + "]";
    }

    /** What follows from a line's values (see {@link Tracker}). */
    private record Judgement(BigDecimal goal, BigDecimal expected, BigDecimal plannedPerMonth, Status status,
            BigDecimal achievedPercent, BigDecimal remaining, BigDecimal neededPerMonth, Boolean ceilingReached) {

        static Judgement of(AreaProgress a) {
            BigDecimal b = a.baseline.value();
            BigDecimal goal = goal(a, b);
            boolean keep = a.goalKind == Target.Goal.KEEP;
            BigDecimal t = days(a.pace.periodDays());
            BigDecimal expectedTimesT = keep ? goal.multiply(t) : goal == null || b == null ? null
                    : b.multiply(t).add(goal.subtract(b).multiply(days(a.pace.elapsedDays())));
            BigDecimal expected = expectedTimesT == null ? null : expectedTimesT.divide(t, 2, RoundingMode.HALF_UP);
            BigDecimal planned = keep || expected == null ? null
                    : goal.subtract(b).multiply(Pace.DAYS_PER_MONTH).divide(t, 2, RoundingMode.HALF_UP);
            BigDecimal[] pq = a.actual.exact();
            if (pq == null) {
                return new Judgement(goal, expected, planned, Status.NO_DATA, null, null, null, null);
            }
            Boolean ceilingReached = a.ceiling == null ? null : pq[0].compareTo(a.ceiling.multiply(pq[1])) >= 0;
            if (goal == null) {
                return new Judgement(null, null, null, Status.NO_BASELINE, null, null, null, ceilingReached);
            }
            Status status = status(a, pq[0], pq[1], goal, b, expectedTimesT);
            boolean achieved = reached(a, pq[0], pq[1], goal);
            return new Judgement(goal, expected, planned, status, percent(a, pq[0], pq[1], goal, b),
                    achieved ? BigDecimal.ZERO : remaining(pq[0], pq[1], goal),
                    achieved || keep || a.pace.isOver() ? null : needed(a, pq[0], pq[1], goal), ceilingReached);
        }

        private static BigDecimal goal(AreaProgress a, BigDecimal b) {
            switch (a.goalKind) {
                case INCREASE:
                    return b == null ? null : b.add(a.target);
                case MORE_THAN:
                    return a.actual.share() ? a.target : a.target.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
                default:
                    return a.target;
            }
        }

        /** Whether the exact actual {@code p/q} reaches the goal: strictly above it for a share's "more than". */
        private static boolean reached(AreaProgress a, BigDecimal p, BigDecimal q, BigDecimal goal) {
            int c = p.compareTo(goal.multiply(q));
            return a.goalKind == Target.Goal.MORE_THAN && a.actual.share() ? c > 0 : c >= 0;
        }

        /** The status of the exact actual {@code p/q} (class comment of {@link Tracker}). */
        private static Status status(AreaProgress a, BigDecimal p, BigDecimal q, BigDecimal goal, BigDecimal b,
                BigDecimal expectedTimesT) {
            boolean reached = reached(a, p, q, goal);
            if (a.goalKind == Target.Goal.KEEP) {
                return !reached ? Status.BEHIND : a.pace.isOver() ? Status.ACHIEVED : Status.ON_TRACK;
            }
            if (reached) {
                return Status.ACHIEVED;
            }
            if (a.pace.isOver()) {
                return Status.BEHIND;
            }
            if (b == null) {
                return Status.NO_BASELINE;
            }
            BigDecimal t = days(a.pace.periodDays());
            if (p.multiply(t).compareTo(expectedTimesT.multiply(q)) >= 0) {
                return Status.ON_TRACK;
            }
            BigDecimal allowed = a.pace.atRiskFactor().multiply(goal.subtract(b))
                    .multiply(t.subtract(days(a.pace.elapsedDays()))).multiply(q);
            return goal.multiply(q).subtract(p).multiply(t).compareTo(allowed) <= 0 ? Status.AT_RISK : Status.BEHIND;
        }

        private static BigDecimal percent(AreaProgress a, BigDecimal p, BigDecimal q, BigDecimal goal, BigDecimal b) {
            if (a.goalKind == Target.Goal.INCREASE) {
                return a.target.signum() == 0 ? null : p.subtract(b.multiply(q)).multiply(HUNDRED)
                        .divide(a.target.multiply(q), 1, RoundingMode.HALF_UP);
            }
            return goal.signum() == 0 ? null : p.multiply(HUNDRED).divide(goal.multiply(q), 1, RoundingMode.HALF_UP);
        }

        private static BigDecimal remaining(BigDecimal p, BigDecimal q, BigDecimal goal) {
            return q.compareTo(BigDecimal.ONE) == 0 ? goal.subtract(p)
                    : goal.multiply(q).subtract(p).divide(q, 2, RoundingMode.HALF_UP);
        }

        private static BigDecimal needed(AreaProgress a, BigDecimal p, BigDecimal q, BigDecimal goal) {
            return goal.multiply(q).subtract(p).multiply(Pace.DAYS_PER_MONTH)
                    .divide(q.multiply(days(a.pace.periodDays() - a.pace.elapsedDays())), 2, RoundingMode.HALF_UP);
        }

        private static BigDecimal days(long d) {
            return BigDecimal.valueOf(d);
        }
    }
}
