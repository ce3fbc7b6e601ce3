package vn.ocop.plan;

import java.util.List;
import java.util.Objects;

/**
 * Progress of one target: the plan's area, each allocated (or rolled-up) area, the unattributed records and notes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the target's id, not null
 * @param label the plan's wording, not null
 * @param indicator the indicator's code, not null
 * @param indicatorLabel what the indicator counts, not null
 * @param goal how the value is read, not null
 * @param share whether values are percentages
 * @param total the plan's whole area, not null
 * @param areas the allocated areas in the plan's order (or the roll-up), possibly empty, not null
 * @param unattributed records inside the area that could not be attributed to one allocated area, or null if none
 * @param notes remarks: allocation mismatches and the plan's reasons, unknown unit codes, assumed baselines; not null
 */
public record TargetProgress(String id, String label, String indicator, String indicatorLabel, Target.Goal goal,
        boolean share, AreaProgress total, List<AreaProgress> areas, AreaProgress unattributed, List<String> notes) {
    /** Checks and copies the components. */
    public TargetProgress {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(indicatorLabel, "indicatorLabel");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(total, "total");
        areas = List.copyOf(areas);
        notes = List.copyOf(notes);
    }

    /**
     * @param code an area code, not null
     * @return the line of that area
     * @throws vn.ocop.OcopException if the target has no line for it
     */
    public AreaProgress area(String code) {
        for (AreaProgress a : areas) {
            if (code.equals(a.area())) {
                return a;
            }
        }
        throw new vn.ocop.OcopException("target " + id + " has no line for area " + code);
    }
}
