package vn.ocop.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.area.Area;
import vn.ocop.area.AreaLevel;
import vn.ocop.area.Areas;

/**
 * Allocated areas of a count added up to a level (communes to their district or province): one
 * {@link AreaProgress.Line#ROLL_UP} line per unit of that level, whose target, baseline and actual are the sums of
 * its areas' (no baseline when one of them has none), and which keeps its areas' judged lines as its parts, so that
 * a roll-up judged better than one of them says so ({@link Note#PARTS_WORSE}). An area with no unit at that level,
 * or alone under a unit that is itself, stays as it is.
 */
final class RollUp {
    /** The allocations under one unit of the level. */
    private record Group(Area head, List<LineDraft> members) {
    }

    private RollUp() {
    }

    /**
     * @param allocations the allocations' lines, with their actuals and baselines
     * @param areas the register
     * @param level the level to roll up to
     * @param goal how the target is read
     * @param pace the measurement's place in the period
     * @return the lines after rolling up, in the order of the first allocation of each group
     */
    static List<LineDraft> of(List<LineDraft> allocations, Areas areas, AreaLevel level, Target.Goal goal, Pace pace) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (LineDraft d : allocations) {
            Area up = areas.ancestorAt(d.area, d.areaOn, level).orElse(null);
            groups.computeIfAbsent(up == null ? d.area : up.code(), k -> new Group(up, new ArrayList<>()))
                    .members().add(d);
        }
        List<LineDraft> out = new ArrayList<>();
        for (Group g : groups.values()) {
            boolean itself = g.members().size() == 1 && g.head() != null
                    && g.members().get(0).area.equals(g.head().code());
            if (g.head() == null || itself) {
                out.addAll(g.members());
            } else {
                out.add(sum(g, goal, pace));
            }
        }
        return out;
    }

    private static LineDraft sum(Group g, Target.Goal goal, Pace pace) {
        BigDecimal target = BigDecimal.ZERO;
        BigDecimal baseline = BigDecimal.ZERO;
        BigDecimal stated = BigDecimal.ZERO;
        List<Actual> actuals = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<AreaProgress> parts = new ArrayList<>();
        LocalDate none = null;
        for (LineDraft d : g.members()) {
            target = target.add(d.target);
            baseline = baseline == null || !d.baseline.isKnown() ? null : baseline.add(d.baseline.value());
            none = d.baseline.isKnown() ? none : d.baseline.date();
            stated = stated == null || d.stated == null ? null : stated.add(d.stated);
            actuals.add(d.actual);
            codes.add(d.area);
            parts.add(d.toLine(goal, pace));
        }
        LineDraft head = new LineDraft(AreaProgress.Line.ROLL_UP, g.head().code(), g.head().name(),
                g.members().get(0).areaOn, target, null, stated);
        head.baseline = baseline == null ? Baseline.none(none) : Baseline.sum(baseline);
        head.actual = Actual.rolledUp(actuals, codes);
        head.parts = parts;
        return head;
    }
}
