package vn.ocop.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ocop.OcopException;
import vn.ocop.rubric.DateRange;

/** {@link Plan#combine}: the plans of merged provinces as one plan (the rules are on that method). */
final class PlanCombination {
    /** A target of one of the old plans. */
    private record Part(Plan plan, Target target) {
    }

    private final String id;
    private final List<Plan> plans;
    private final DateRange period;
    private final Set<String> usedIds = new HashSet<>();

    PlanCombination(String id, List<Plan> plans) {
        if (plans.isEmpty()) {
            throw new OcopException("combine " + id + ": no plans given");
        }
        this.id = id;
        this.plans = List.copyOf(plans);
        this.period = plans.get(0).period();
        for (Plan p : plans) {
            if (!p.period().equals(period)) {
                throw new OcopException("combine " + id + ": plan " + p.id() + " covers " + p.period() + ", not "
                        + period + " like " + plans.get(0).id() + "; only plans over the same period can be combined");
            }
        }
    }

    Plan combine(String title, String area, LocalDate areasOn) {
        List<Target> shares = new ArrayList<>();
        Map<List<Object>, List<Part>> counts = new LinkedHashMap<>();
        for (Plan p : plans) {
            for (Target t : p.targets()) {
                if (t.indicator().share()) {
                    shares.add(ownShare(p, t));
                } else {
                    counts.computeIfAbsent(List.of(t.indicator(), summedGoal(t)), k -> new ArrayList<>())
                            .add(new Part(p, t));
                }
            }
        }
        shares.forEach(t -> usedIds.add(t.id()));
        List<Target> combined = new ArrayList<>();
        for (List<Part> group : counts.values()) {
            combined.add(sum(group));
        }
        combined.addAll(shares);
        LocalDate baseline = plans.stream().map(Plan::baselineDate).min(LocalDate::compareTo).orElseThrow();
        return new Plan(id, title, area, period, plans.stream().map(Plan::legalReference)
                .collect(Collectors.joining("; ")), baseline, areasOn, combined, "combined from "
                + plans.stream().map(Plan::id).collect(Collectors.joining(", ")));
    }

    /** @return how a count target is added up: "more than" a count as the level of the next whole number */
    private static Target.Goal summedGoal(Target t) {
        return t.goal() == Target.Goal.MORE_THAN ? Target.Goal.LEVEL : t.goal();
    }

    /** @return the value a count target adds: its floor, the next whole number above a "more than" value */
    private static BigDecimal summedValue(Target t) {
        return t.goal() == Target.Goal.MORE_THAN ? t.value().setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE)
                : t.value();
    }

    /** A share target kept for its old province only. */
    private static Target ownShare(Plan p, Target t) {
        return new Target(p.area() + "-" + t.id(), t.label(), t.indicator(), t.value(), t.goal(), t.ceiling(),
                t.baseline(),
                List.of(new Target.Allocation(p.area(), t.value(), t.baseline(), p.areasOn())),
                "a share target of " + p.area() + " only (" + p.id() + "); shares are not added up", t.source());
    }

    /** The count targets of one indicator and goal, added up and allocated to their old provinces. */
    private Target sum(List<Part> group) {
        Target first = group.get(0).target();
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal ceiling = BigDecimal.ZERO;
        BigDecimal base = BigDecimal.ZERO;
        List<Target.Allocation> allocations = new ArrayList<>();
        for (Part part : group) {
            Target t = part.target();
            value = value.add(summedValue(t));
            ceiling = ceiling == null || t.ceiling() == null ? null : ceiling.add(t.ceiling());
            base = base == null || t.baseline() == null ? null : base.add(t.baseline());
            allocations.add(new Target.Allocation(part.plan().area(), summedValue(t), t.baseline(),
                    part.plan().areasOn()));
        }
        String note = group.size() < plans.size() ? "set only by " + group.stream().map(x -> x.plan().area())
                .collect(Collectors.joining(", ")) + "; the other plans have no such target" : null;
        String parts = group.stream().map(x -> x.plan().area() + " " + x.target().value().toPlainString())
                .collect(Collectors.joining(" + "));
        String from = group.stream().map(x -> x.plan().id() + " " + x.target().id()).collect(Collectors.joining("; "));
        return new Target(freeId(first.id()), first.label() + " [combined: " + parts + "]", first.indicator(), value,
                summedGoal(first), ceiling, base, allocations, note, from);
    }

    private String freeId(String wanted) {
        String tid = wanted;
        for (int n = 2; usedIds.contains(tid); n++) {
            tid = wanted + "-" + n;
        }
        usedIds.add(tid);
        return tid;
    }
}
