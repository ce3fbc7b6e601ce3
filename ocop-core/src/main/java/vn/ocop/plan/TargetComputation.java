package vn.ocop.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.area.AreaLevel;
import vn.ocop.indicator.Indicator;

/** The progress of one target within a {@link Computation} (the rules are on {@link Tracker}). */
final class TargetComputation {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final Computation c;
    private final Target target;
    private final Indicator indicator;
    /** One line per allocation, in the plan's order. */
    private final List<LineDraft> allocations = new ArrayList<>();
    private final LineDraft total;
    private Unplaced unplaced;
    private long outsideAllocations;

    TargetComputation(Computation c, Target target) {
        this.c = c;
        this.target = target;
        this.indicator = target.indicator();
        for (Target.Allocation a : target.allocations()) {
            LocalDate on = c.areaOn(a);
            allocations.add(new LineDraft(AreaProgress.Line.AREA, a.area(), c.nameOf(a.area(), on), on, a.value(),
                    null, a.baseline()));
        }
        Plan plan = c.plan;
        this.total = new LineDraft(AreaProgress.Line.TOTAL, plan.area(), c.nameOf(plan.area(), plan.areasOn()),
                plan.areasOn(), target.value(), target.ceiling(), target.baseline());
    }

    /**
     * @param rollUpTo the level to roll count allocations up to, or null
     * @return the target's progress
     */
    TargetProgress run(AreaLevel rollUpTo) {
        if (indicator.reported()) {
            reported();
        } else {
            computed();
        }
        List<AreaProgress> areaLines = new ArrayList<>();
        List<LineDraft> drafts = rollUpTo != null && !allocations.isEmpty() && !indicator.share()
                ? RollUp.of(allocations, c.areas, rollUpTo, target.goal(), c.pace) : allocations;
        for (LineDraft d : drafts) {
            areaLines.add(d.toLine(target.goal(), c.pace));
        }
        return TargetProgress.of(target, total.toLine(target.goal(), c.pace), areaLines, unplaced,
                outsideAllocations);
    }

    /** @return the allocations' lines, then the total's */
    private List<LineDraft> lines() {
        List<LineDraft> all = new ArrayList<>(allocations);
        all.add(total);
        return all;
    }

    private boolean flow() {
        return indicator.nature() == Indicator.Nature.FLOW;
    }

    private LocalDate flowStart() {
        return flow() ? c.plan.period().from() : null;
    }

    // ------------------------------------------------------------------ from the registry

    private void computed() {
        Attribution attribution = c.attribution(target);
        Placed now = Placed.of(c.tally(indicator, c.plan.period().from(), c.measured), attribution, allocations.size());
        List<LineDraft> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).actual = Actual.counted(now.numerators[i], now.denominators[i], indicator.share(), flowStart(),
                    c.measured);
        }
        if (flow()) {
            lines.forEach(d -> d.baseline = Baseline.periodStart());
        } else {
            computedBaselines(attribution, lines);
        }
        unplaced = now.unplaced();
        outsideAllocations = now.outsideAllocations;
    }

    /**
     * The baseline of a stock: a share's from the registry when it has a denominator on the baseline date, else the
     * plan's, else none; a count's from the plan, else from the registry when it covers the baseline date (a
     * certificate issued by then), else none.
     */
    private void computedBaselines(Attribution attribution, List<LineDraft> lines) {
        LocalDate on = c.plan.baselineDate();
        Placed base = null;
        for (int i = 0; i < lines.size(); i++) {
            LineDraft d = lines.get(i);
            if (!indicator.share() && d.stated != null) {
                d.baseline = Baseline.stated(d.stated);
                continue;
            }
            if (base == null) {
                base = Placed.of(c.tally(indicator, c.plan.period().from(), on), attribution, allocations.size());
            }
            long num = base.numerators[i];
            long den = base.denominators[i];
            if (indicator.share() && den > 0) {
                d.baseline = Baseline.computed(BigDecimal.valueOf(num).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(den), 2, RoundingMode.HALF_UP), on);
            } else if (!indicator.share() && c.registryCovers(on)) {
                d.baseline = Baseline.computed(BigDecimal.valueOf(num), on);
            } else {
                d.baseline = d.stated != null ? Baseline.stated(d.stated) : Baseline.none(on);
            }
        }
    }

    // ------------------------------------------------------------------ from reports

    private void reported() {
        LocalDate on = c.plan.baselineDate();
        for (LineDraft d : lines()) {
            ReportedValue v = c.reports.latest(indicator.code(), d.area, c.measured, flowStart(), c.problems);
            d.actual = v != null ? Actual.reported(v, indicator.share())
                    : Actual.notReported(d.area, flowStart(), c.measured, indicator.share());
            if (flow()) {
                d.baseline = Baseline.periodStart();
            } else if (!indicator.share() && d.stated != null) {
                d.baseline = Baseline.stated(d.stated);
            } else {
                ReportedValue b = c.reports.latest(indicator.code(), d.area, on, null, c.problems);
                d.baseline = b != null ? Baseline.reported(b) : d.stated != null ? Baseline.stated(d.stated)
                        : Baseline.none(on);
            }
        }
        if (total.actual.method() == Actual.Method.NONE && !allocations.isEmpty() && !indicator.share()) {
            sumOfAllocations();
        }
    }

    /** The total of a count without a report of its own: the sum of the allocations' reports, when all have one. */
    private void sumOfAllocations() {
        BigDecimal sum = BigDecimal.ZERO;
        List<String> codes = new ArrayList<>();
        for (LineDraft d : allocations) {
            if (d.actual.value() == null) {
                return;
            }
            sum = sum.add(d.actual.value());
            codes.add(d.area);
        }
        total.actual = Actual.sumOfAllocations(sum, codes);
    }
}
