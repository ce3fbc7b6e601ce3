package vn.ocop.plan;

import java.math.BigDecimal;
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
 * its areas'. An area with no unit at that level, or alone under a unit that is itself, stays as it is.
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
     * @return the lines after rolling up, in the order of the first allocation of each group
     */
    static List<LineDraft> of(List<LineDraft> allocations, Areas areas, AreaLevel level) {
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
                out.add(sum(g));
            }
        }
        return out;
    }

    private static LineDraft sum(Group g) {
        BigDecimal target = BigDecimal.ZERO;
        BigDecimal baseline = BigDecimal.ZERO;
        List<Actual> actuals = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (LineDraft d : g.members()) {
            target = target.add(d.target);
            baseline = baseline.add(d.baseline.value());
            actuals.add(d.actual);
            codes.add(d.area);
        }
        LineDraft head = new LineDraft(AreaProgress.Line.ROLL_UP, g.head().code(), g.head().name(),
                g.members().get(0).areaOn, target, null);
        head.baseline = Baseline.sum(baseline);
        head.actual = Actual.rolledUp(actuals, codes);
        return head;
    }
}
