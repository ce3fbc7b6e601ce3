package vn.ocop.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.Problem;
import vn.ocop.area.Area;
import vn.ocop.area.Areas;
import vn.ocop.indicator.Indicator;
import vn.ocop.indicator.Scope;
import vn.ocop.indicator.Tally;
import vn.ocop.registry.Holdings;
import vn.ocop.registry.Registry;

/**
 * One progress computation of a plan: its dates, and the caches its targets share (the register per date, one tally
 * per indicator and dates, one attribution per set of allocated areas), so that the cost is about distinct
 * indicators × products, not targets × products × areas. Confined to one call.
 */
final class Computation {
    final Registry registry;
    final Areas areas;
    final Reports reports;
    final Plan plan;
    /** The date values are taken on. */
    final LocalDate measured;
    final Pace pace;
    /** The plan's problems, and conflicting reports met on the way. */
    final List<Problem> problems;
    private final Map<LocalDate, Holdings> holdings = new HashMap<>();
    private final Map<List<Object>, Tally> tallies = new HashMap<>();
    private final Map<List<Object>, Attribution> attributions = new HashMap<>();

    Computation(Registry registry, Areas areas, Reports reports, Plan plan, LocalDate measured, Pace pace) {
        this.registry = registry;
        this.areas = areas;
        this.reports = reports;
        this.plan = plan;
        this.measured = measured;
        this.pace = pace;
        this.problems = new ArrayList<>(plan.problems(areas));
    }

    /**
     * @param indicator an indicator computed from the registry
     * @param from the period's first day
     * @param on the date
     * @return its contributions per unit (computed once per indicator and dates)
     */
    Tally tally(Indicator indicator, LocalDate from, LocalDate on) {
        return tallies.computeIfAbsent(List.of(indicator, from, on), k -> {
            Tally t = Tally.of(areas);
            indicator.tally(Scope.of(holdings.computeIfAbsent(on, registry::holdingsOn), areas, from), t);
            return t;
        });
    }

    /**
     * @param t a target
     * @return the placement of units relative to the plan's area and the target's allocated areas
     */
    Attribution attribution(Target t) {
        List<String> codes = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (Target.Allocation a : t.allocations()) {
            codes.add(a.area());
            dates.add(areaOn(a));
        }
        return attributions.computeIfAbsent(List.of(codes, dates),
                k -> new Attribution(areas, plan.area(), plan.areasOn(), codes, dates));
    }

    /** @return the date an allocation's area code is read on */
    LocalDate areaOn(Target.Allocation a) {
        return a.areaOn() == null ? plan.areasOn() : a.areaOn();
    }

    /**
     * @param date a date
     * @return whether the registry covers it: a certificate was issued on or before it (before that, a count of 0
     *         would be an assumption, not a record)
     */
    boolean registryCovers(LocalDate date) {
        return registry.firstIssued().map(first -> !first.isAfter(date)).orElse(false);
    }

    /** @return the name of a unit as recorded on a date, or null for an unknown code */
    String nameOf(String code, LocalDate on) {
        return areas.recordedAs(code, on).map(Area::name).orElse(null);
    }
}
