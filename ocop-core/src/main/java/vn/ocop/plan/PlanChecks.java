package vn.ocop.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.ocop.Problem;
import vn.ocop.area.Area;
import vn.ocop.area.Areas;

/** The checks of {@link Plan#problems()} and {@link Plan#problems(Areas)}. */
final class PlanChecks {
    private PlanChecks() {
    }

    static List<Problem> arithmetic(Plan plan) {
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < plan.targets().size(); i++) {
            Target t = plan.targets().get(i);
            if (!t.allocations().isEmpty() && !t.indicator().share() && t.allocationNote() == null) {
                allocationsAddUp(plan, t, "$.targets[" + i + "].allocations", out);
            }
        }
        return out;
    }

    private static void allocationsAddUp(Plan plan, Target t, String path, List<Problem> out) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Target.Allocation a : t.allocations()) {
            sum = sum.add(a.value());
        }
        if (sum.compareTo(t.value()) != 0) {
            out.add(new Problem(source(plan), path, "target " + t.id() + ": the allocations add up to "
                    + sum.toPlainString() + ", not to the target " + t.value().toPlainString() + " ("
                    + t.allocations().size() + " areas: " + t.allocations().stream()
                            .map(a -> a.area() + " " + a.value().toPlainString()).collect(Collectors.joining(", "))
                    + "); correct them or state the plan's reason in allocationNote"));
        }
        if (t.baseline() != null && t.allocations().stream().allMatch(a -> a.baseline() != null)) {
            BigDecimal bases = BigDecimal.ZERO;
            for (Target.Allocation a : t.allocations()) {
                bases = bases.add(a.baseline());
            }
            if (bases.compareTo(t.baseline()) != 0) {
                out.add(new Problem(source(plan), path, "target " + t.id() + ": the allocations' baselines add up to "
                        + bases.toPlainString() + ", not to the target's " + t.baseline().toPlainString()));
            }
        }
    }

    static List<Problem> withAreas(Plan plan, Areas areas) {
        List<Problem> out = new ArrayList<>(arithmetic(plan));
        if (!areas.exists(plan.area(), plan.areasOn())) {
            List<Area> versions = areas.versions(plan.area());
            out.add(new Problem(source(plan), "$.area", "area " + plan.area() + " does not exist on " + plan.areasOn()
                    + (versions.isEmpty() ? " (unknown code)" : " (exists " + versions.stream()
                            .map(a -> a.validity().toString()).collect(Collectors.joining(", ")) + ")")));
        }
        for (int i = 0; i < plan.targets().size(); i++) {
            Target t = plan.targets().get(i);
            for (int k = 0; k < t.allocations().size(); k++) {
                allocatedArea(plan, t, t.allocations().get(k), "$.targets[" + i + "].allocations[" + k + "].area",
                        areas, out);
            }
        }
        return out;
    }

    private static void allocatedArea(Plan plan, Target t, Target.Allocation a, String path, Areas areas,
            List<Problem> out) {
        LocalDate on = a.areaOn() == null ? plan.areasOn() : a.areaOn();
        if (!areas.exists(a.area(), on)) {
            out.add(new Problem(source(plan), path, "target " + t.id() + ": allocated area " + a.area()
                    + " does not exist on " + on));
        } else if (!areas.correspondingOn(a.area(), on, plan.areasOn()).stream()
                .allMatch(m -> areas.isWithin(m, plan.area(), plan.areasOn()))) {
            out.add(new Problem(source(plan), path, "target " + t.id() + ": allocated area "
                    + label(areas, a.area(), on) + " is not inside the plan's area "
                    + label(areas, plan.area(), plan.areasOn())));
        }
    }

    private static String label(Areas areas, String code, LocalDate on) {
        return areas.recordedAs(code, on).map(Area::label).orElse(code);
    }

    private static String source(Plan plan) {
        return "plan " + plan.id();
    }
}
