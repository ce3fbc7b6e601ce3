package vn.ocop.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.Problem;
import vn.ocop.rubric.DateRange;

/**
 * Progress of a plan on a date: one {@link TargetProgress} per target, with the plan's problems. Serialises to JSON
 * with {@code OcopJson.mapper()}; {@code vn.ocop.format.ProgressReportFormatter} writes it as text tables or CSV, in
 * Vietnamese or English.
 *
 * <p>The measurement date, the share of the period elapsed and every line's {@link Pace} follow from the period, the
 * date asked for and the at-risk factor.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgressReport {
    private final String plan;
    private final String title;
    private final String legalReference;
    private final String area;
    private final String areaName;
    private final DateRange period;
    private final LocalDate asOf;
    private final BigDecimal atRiskFactor;
    private final List<TargetProgress> targets;
    private final List<Problem> problems;

    private ProgressReport(String plan, String title, String legalReference, String area, String areaName,
            DateRange period, LocalDate asOf, BigDecimal atRiskFactor, List<TargetProgress> targets,
            List<Problem> problems) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.title = Objects.requireNonNull(title, "title");
        this.legalReference = Objects.requireNonNull(legalReference, "legalReference");
        this.area = Objects.requireNonNull(area, "area");
        this.areaName = areaName;
        this.period = Objects.requireNonNull(period, "period");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.atRiskFactor = Objects.requireNonNull(atRiskFactor, "atRiskFactor");
        this.targets = List.copyOf(targets);
        this.problems = List.copyOf(problems);
        if (period.until() == null) {
            throw new OcopException("progress report of " + plan + ": the period " + period + " must end");
        }
        Pace pace = pace();
        for (TargetProgress t : this.targets) {
            for (AreaProgress a : lines(t)) {
                if (!pace.equals(a.pace())) {
                    throw new OcopException("progress report of " + plan + ": target " + t.id() + " is judged at "
                            + a.pace() + ", not at the report's " + pace);
                }
            }
        }
    }

    private static List<AreaProgress> lines(TargetProgress t) {
        List<AreaProgress> out = new java.util.ArrayList<>(t.areas());
        out.add(t.total());
        return out;
    }

    /**
     * @param plan the plan, not null
     * @param areaName the name of the plan's area, or null when the register does not know its code
     * @param asOf the date asked for, not null
     * @param atRiskFactor the at-risk factor the lines were judged with, not null
     * @param targets progress per target, in the plan's order, not null
     * @param problems the plan's problems, not null
     * @return the report
     */
    static ProgressReport of(Plan plan, String areaName, LocalDate asOf, BigDecimal atRiskFactor,
            List<TargetProgress> targets, List<Problem> problems) {
        return new ProgressReport(plan.id(), plan.title(), plan.legalReference(), plan.area(), areaName,
                plan.period(), asOf, atRiskFactor, targets, problems);
    }

    /**
     * @param period a bounded period, not null
     * @param asOf a date, not null
     * @return {@code asOf}, or the period's last day if {@code asOf} is later
     */
    static LocalDate measuredOn(DateRange period, LocalDate asOf) {
        LocalDate last = period.until().minusDays(1);
        return asOf.isAfter(last) ? last : asOf;
    }

    /** @return the plan's id */
    public String plan() {
        return plan;
    }

    /** @return the plan's title */
    public String title() {
        return title;
    }

    /** @return the plan's legal reference */
    public String legalReference() {
        return legalReference;
    }

    /** @return the plan's area code */
    public String area() {
        return area;
    }

    /** @return the area's name (without its code), or null when the register does not know the code */
    public String areaName() {
        return areaName;
    }

    /** @return the plan's period */
    public DateRange period() {
        return period;
    }

    /** @return the date asked for */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the date values are taken on: {@link #asOf()}, or the period's last day if that is later */
    public LocalDate measuredOn() {
        return measuredOn(period, asOf);
    }

    /** @return the at-risk factor the lines were judged with */
    public BigDecimal atRiskFactor() {
        return atRiskFactor;
    }

    /** @return the measurement's place in the period */
    public Pace pace() {
        return Pace.of(period, measuredOn(), atRiskFactor);
    }

    /** @return share of the period's days elapsed through {@link #measuredOn()} inclusive, 1 decimal half-up */
    public BigDecimal elapsedPercent() {
        return pace().elapsedPercent();
    }

    /** @return progress per target, in the plan's order */
    public List<TargetProgress> targets() {
        return targets;
    }

    /** @return the plan's problems (allocations not adding up, unknown areas, conflicting reports) */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * @param id a target id, not null
     * @return its progress
     * @throws OcopException if the plan has no such target
     */
    public TargetProgress target(String id) {
        for (TargetProgress t : targets) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        throw new OcopException("progress report of " + plan + " has no target '" + id + "'");
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ProgressReport)) {
            return false;
        }
        ProgressReport r = (ProgressReport) o;
        return plan.equals(r.plan) && title.equals(r.title) && legalReference.equals(r.legalReference)
                && area.equals(r.area) && Objects.equals(areaName, r.areaName) && period.equals(r.period)
                && asOf.equals(r.asOf) && atRiskFactor.compareTo(r.atRiskFactor) == 0 && targets.equals(r.targets)
                && problems.equals(r.problems);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plan, area, period, asOf, targets);
    }

    @Override
    public String toString() {
        return "ProgressReport[" + plan + " as of " + asOf + ", " + targets.size() + " targets]";
    }
}
