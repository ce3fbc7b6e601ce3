package vn.ocop.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import vn.ocop.Problem;
import vn.ocop.area.AreaLevel;
import vn.ocop.area.Areas;
import vn.ocop.indicator.Indicator;
import vn.ocop.indicator.Scope;
import vn.ocop.indicator.Tally;
import vn.ocop.registry.Registry;

/**
 * Computes the progress of plans from a {@link Registry}, an {@link Areas} register and reported values.
 *
 * <pre>{@code
 * Tracker tracker = Tracker.of(registry, areas).withReported(reportedValues);
 * ProgressReport report = tracker.progress(plan, LocalDate.of(2024, 8, 31));
 * System.out.println(ProgressReportFormatter.of(Locale.forLanguageTag("vi")).table(report));
 * Files.writeString(Path.of("progress.csv"), ProgressReportFormatter.of(Locale.ENGLISH).csv(report));
 * }</pre>
 *
 * <h2>How progress is judged</h2>
 * <ul>
 *   <li><b>Dates.</b> Values are measured on {@code asOf}, or on the period's last day when {@code asOf} is later.
 *       Flows count from the period's first day through that date. Elapsed time {@code E} is the number of days
 *       from the first day through the measurement date inclusive (0 before the period), out of the period's
 *       {@code T} days ({@link Pace}).</li>
 *   <li><b>Baseline {@code B}</b> ({@link Baseline}), never assumed: 0 for a flow (it counts from the period's first
 *       day). A share is a level measured on the registry (or in reports), so its baseline is measured the same way
 *       when it can be: the registry's value on the plan's baseline date when the share has a denominator then
 *       (rounded half-up to 2 decimals), or the latest report on or before that date; else the plan's stated
 *       baseline; else none. A count's baseline is the plan's stated one; else the registry's count on the baseline
 *       date when the registry covers it (a certificate issued by then), or the latest report by then; else none.
 *       A measured baseline that differs from the plan's stated one is noted ({@link Note#BASELINE_REPLACES_STATED}).
 *       </li>
 *   <li><b>Goal {@code G}</b> ({@link Target.Goal}): the target value for a level, a range's floor (its ceiling is
 *       reported) and a level to keep; baseline plus value for an increase (none without a baseline); for "more
 *       than" a count, the next whole number, and for a share the value itself, which the actual must exceed.</li>
 *   <li><b>Status</b>, on exact values: {@link Status#ACHIEVED} when actual ≥ G (above G for a share's "more
 *       than"); otherwise {@link Status#BEHIND} when
 *       the period is over; {@link Status#NO_BASELINE} without a baseline (the line still says what remains and the
 *       pace needed for the rest of the period); {@link Status#ON_TRACK} when actual ≥ the linear expectation
 *       {@code B + (G − B)·E/T}; {@link Status#AT_RISK} when the pace needed for the rest, {@code (G − actual)/(T − E)},
 *       is at most {@link ProgressOptions#atRiskPaceFactor()} (default 1.5) times the planned pace {@code (G − B)/T};
 *       {@link Status#BEHIND} otherwise; {@link Status#NO_DATA} without a value. A level to keep is judged on the
 *       date alone: on track while kept, achieved when kept to the end, behind when below.</li>
 *   <li><b>Notes</b>: what changes how a line reads (no baseline, where the baseline comes from, a goal below its
 *       baseline, a range's ceiling, a total or roll-up judged better than one of its areas, a plan that does not say
 *       whether it counts a stock or a flow) is a {@link Note} of the line or the target, written in every output.</li>
 *   <li><b>Paces</b> are given per average month of 365.2425 ÷ 12 = 30.436875 days ({@link Pace#DAYS_PER_MONTH}).</li>
 * </ul>
 * The line ({@link AreaProgress}) computes its status and figures from its values by these rules.
 *
 * <h2>Attribution to areas</h2>
 * Each counted record contributes under its unit code (a product's commune or former district code, a producer's
 * own, a coverage member's), or under its province when the register knows the province and not the unit: one rule
 * for every kind of record ({@link Areas#unitCodeOf}), read as recorded on the date of the fact counted (see
 * {@link Areas}). The unit is
 * mapped to the plan's dates with {@link Areas#correspondingOn}: it counts for the plan's area when every unit it
 * corresponds to lies inside ({@link Areas#placement}), and for an allocated area when all of them lie inside that
 * one. Records under unknown codes, or in units that straddle the area or several allocated areas, are shown on an
 * "unattributed" line with a note naming them ({@link Unplaced}), never dropped silently. A count's total is computed
 * over the whole plan area, so records inside the area but in no allocated area count in the total (with a note).
 *
 * <h2>Cost</h2>
 * One computation indexes once: the register on a date is computed once per date (one pass over the products),
 * each distinct indicator is tallied once per date (one pass over the products, or over the certificates issued in
 * the window, found by binary search), and unit-to-area placement is cached per unit. The cost is about (distinct
 * indicators × products) + (targets × units), not targets × products × areas.
 *
 * <p>Immutable and thread-safe; each call works on its own caches.
 */
public final class Tracker {
    private final Registry registry;
    private final Areas areas;
    private final List<ReportedValue> reported;
    private final Reports reports;
    private final ProgressOptions options;

    private Tracker(Registry registry, Areas areas, List<ReportedValue> reported, ProgressOptions options) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.areas = Objects.requireNonNull(areas, "areas");
        this.reported = List.copyOf(reported);
        this.reports = new Reports(this.reported);
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @param registry the records, not null
     * @param areas the administrative units, not null
     * @return a tracker without reported values, with the default options
     */
    public static Tracker of(Registry registry, Areas areas) {
        return new Tracker(registry, areas, List.of(), ProgressOptions.DEFAULT);
    }

    /**
     * @param values reported values for {@link vn.ocop.indicator.Reported} indicators, not null
     * @return a copy using these reported values
     */
    public Tracker withReported(Collection<ReportedValue> values) {
        return new Tracker(registry, areas, List.copyOf(values), options);
    }

    /**
     * @param o the options, not null
     * @return a copy with these options
     */
    public Tracker withOptions(ProgressOptions o) {
        return new Tracker(registry, areas, reported, o);
    }

    /** @return the registry */
    public Registry registry() {
        return registry;
    }

    /** @return the administrative units */
    public Areas areas() {
        return areas;
    }

    /** @return the reported values */
    public List<ReportedValue> reported() {
        return reported;
    }

    /** @return the options */
    public ProgressOptions options() {
        return options;
    }

    /**
     * Progress of every target of a plan, per allocated area as the plan allocates.
     *
     * @param plan the plan, not null
     * @param asOf the date, not null
     * @return the report
     */
    public ProgressReport progress(Plan plan, LocalDate asOf) {
        return progress(plan, asOf, null);
    }

    /**
     * Progress of every target of a plan, with the allocated areas of count targets rolled up to a level (communes to
     * their province, for instance): targets, baselines and actuals of the areas under one unit of that level are
     * added up on one {@link AreaProgress.Line#ROLL_UP} line. Share targets are not rolled up.
     *
     * @param plan the plan, not null
     * @param asOf the date, not null
     * @param rollUpTo the level to roll allocations up to, or null to keep the plan's allocations
     * @return the report
     */
    public ProgressReport progress(Plan plan, LocalDate asOf, AreaLevel rollUpTo) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        LocalDate measured = ProgressReport.measuredOn(plan.period(), asOf);
        Pace pace = Pace.of(plan.period(), measured, options.atRiskPaceFactor());
        Computation c = new Computation(registry, areas, reports, plan, measured, pace);
        List<TargetProgress> out = new ArrayList<>();
        for (Target t : plan.targets()) {
            out.add(new TargetComputation(c, t).run(rollUpTo));
        }
        return ProgressReport.of(plan, c.nameOf(plan.area(), plan.areasOn()), asOf, options.atRiskPaceFactor(), out,
                c.problems);
    }

    /**
     * The actual value of one indicator for one area, outside any plan: computed from the registry (a flow counted
     * from {@code from} through {@code asOf}, a stock on {@code asOf}) or, for a reported indicator, the latest report
     * for the area on or before {@code asOf} (and not before {@code from} for a flow). Records are attributed as in a
     * progress report; those that cannot be placed inside or outside the area are left out and named in
     * {@link Actual#leftOut()}.
     *
     * @param indicator the indicator, not null
     * @param area the area code, read on {@code asOf}, not null
     * @param from first day counted for a flow, not null
     * @param asOf the date, not null
     * @return the value and how it was obtained
     */
    public Actual actual(Indicator indicator, String area, LocalDate from, LocalDate asOf) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(asOf, "asOf");
        LocalDate flowStart = indicator.nature() == Indicator.Nature.FLOW ? from : null;
        if (indicator.reported()) {
            ReportedValue v = reports.latest(indicator.code(), area, asOf, flowStart, new ArrayList<Problem>());
            return v == null ? Actual.notReported(area, flowStart, asOf, indicator.share())
                    : Actual.reported(v, indicator.share());
        }
        Tally t = Tally.of(areas);
        indicator.tally(Scope.of(registry, areas, from, asOf), t);
        Placed placed = Placed.of(t, new Attribution(areas, area, asOf, List.of(), List.of()), 0);
        Actual a = Actual.counted(placed.numerators[0], placed.denominators[0], indicator.share(), flowStart, asOf);
        Unplaced left = placed.unplaced();
        return left == null ? a : a.withLeftOut(left);
    }
}
