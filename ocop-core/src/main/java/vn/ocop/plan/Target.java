package vn.ocop.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import vn.ocop.OcopException;
import vn.ocop.format.Localized;
import vn.ocop.indicator.Indicator;
import vn.ocop.internal.Messages;
import vn.ocop.internal.Text;

/**
 * One target of a plan: an indicator, the value to reach, how to read it ({@link Goal}), an optional baseline and
 * an optional allocation to sub-areas.
 *
 * <p>Allocations of a count should add up to the target ({@link Plan#problems()} reports a mismatch unless
 * {@code allocationNote} says why they do not); allocations of a share are each area's own percentage and are not
 * added.
 *
 * <p>JSON form: {@code {"id":"T1","label":"có thêm 40 sản phẩm OCOP 3 sao trở lên","indicator":{"type":
 * "newRecognitions","minStars":3,"kinds":["FIRST"]},"value":40,"goal":"LEVEL","allocations":[{"area":"842",
 * "value":4},…]}}.
 *
 * <p>Immutable and thread-safe. Text is normalised to NFC.
 *
 * @param id identifier within the plan (e.g. "T1"), not blank
 * @param label the plan's wording of the target, not blank
 * @param indicator what is measured, not null
 * @param value the value: a count or a percentage; for {@link Goal#INCREASE} the increase; not negative, not null
 * @param goal how {@code value} is read; null means {@link Goal#LEVEL}
 * @param baseline the value on the plan's baseline date as the plan states it; null to compute it (stocks) or 0
 *        (flows, which start from 0 in the period)
 * @param allocations the value broken down by sub-area, possibly empty; null means none
 * @param allocationNote why the allocations do not add up to the value, as the plan says; or null
 * @param source where in the plan the target stands (e.g. "mục II.2"), or null
 */
public record Target(String id, String label, Indicator indicator, BigDecimal value, Goal goal, BigDecimal baseline,
        List<Allocation> allocations, String allocationNote, String source) {

    /** How a target value is read; its name for a reader is {@link #text(Locale)}. */
    public enum Goal implements Localized {
        /** Reach the value ("đạt 150 sản phẩm"; for a flow, "40 sản phẩm mới trong năm"). */
        LEVEL,
        /** Add the value to the baseline ("có thêm ít nhất 5 sản phẩm 5 sao"). */
        INCREASE;

        @Override
        public String text(Locale locale) {
            return Messages.of("plan").text(locale, "goal." + name());
        }
    }

    /**
     * A part of a target assigned to a sub-area.
     *
     * <p>Immutable and thread-safe.
     *
     * @param area code of the sub-area, not blank
     * @param value its part of the target (an increase for {@link Goal#INCREASE}), not negative, not null
     * @param baseline its baseline as the plan states it, or null
     * @param areaOn the date on which {@code area} is read; null means the plan's {@link Plan#areasOn()}
     */
    public record Allocation(String area, BigDecimal value, BigDecimal baseline, LocalDate areaOn) {
        /**
         * Checks and normalises the components.
         *
         * @param area code of the sub-area, not blank
         * @param value its part of the target (an increase for {@link Goal#INCREASE}), not negative, not null
         * @param baseline its baseline as the plan states it, or null
         * @param areaOn the date on which {@code area} is read; null means the plan's {@link Plan#areasOn()}
         * @throws OcopException if the area is blank or a value is negative
         */
        public Allocation {
            area = Text.nfc(Objects.requireNonNull(area, "area"));
            Objects.requireNonNull(value, "value");
            if (area.isEmpty()) {
                throw new OcopException("allocation: area code must not be blank");
            }
            if (value.signum() < 0 || (baseline != null && baseline.signum() < 0)) {
                throw new OcopException("allocation to " + area + ": values must not be negative (value " + value
                        + ", baseline " + baseline + ")");
            }
        }

        /**
         * @param area sub-area code
         * @param value its part
         * @return an allocation read on the plan's date, without a baseline
         */
        public static Allocation of(String area, long value) {
            return new Allocation(area, BigDecimal.valueOf(value), null, null);
        }
    }

    /**
     * Checks and normalises the components.
     *
     * @param id identifier within the plan (e.g. "T1"), not blank
     * @param label the plan's wording of the target, not blank
     * @param indicator what is measured, not null
     * @param value the value: a count or a percentage; for {@link Goal#INCREASE} the increase; not negative, not null
     * @param goal how {@code value} is read; null means {@link Goal#LEVEL}
     * @param baseline the value on the plan's baseline date as the plan states it; null to compute it (stocks) or 0
     *        (flows, which start from 0 in the period)
     * @param allocations the value broken down by sub-area, possibly empty; null means none
     * @param allocationNote why the allocations do not add up to the value, as the plan says; or null
     * @param source where in the plan the target stands (e.g. "mục II.2"), or null
     * @throws OcopException if the id or label is blank, a value is negative, a flow has a baseline other than 0, a
     *         share exceeds 100%, or an area is allocated twice
     */
    public Target {
        id = Text.nfc(Objects.requireNonNull(id, "id"));
        label = Text.nfc(Objects.requireNonNull(label, "label"));
        Objects.requireNonNull(indicator, "indicator (" + id + ")");
        Objects.requireNonNull(value, "value (" + id + ")");
        goal = goal == null ? Goal.LEVEL : goal;
        allocations = List.copyOf(allocations == null ? List.of() : allocations);
        allocationNote = allocationNote == null ? null : Text.nfc(allocationNote);
        source = source == null ? null : Text.nfc(source);
        if (id.isEmpty() || label.isEmpty()) {
            throw new OcopException("target '" + id + "': id and label must not be blank");
        }
        if (value.signum() < 0) {
            throw new OcopException("target " + id + ": value must not be negative, was " + value.toPlainString());
        }
        if (baseline != null && baseline.signum() < 0) {
            throw new OcopException("target " + id + ": baseline must not be negative, was " + baseline.toPlainString());
        }
        if (indicator.nature() == Indicator.Nature.FLOW && baseline != null && baseline.signum() != 0) {
            throw new OcopException("target " + id + ": " + indicator.code() + " is counted within the period and starts"
                    + " from 0; a baseline of " + baseline.toPlainString() + " does not apply");
        }
        if (indicator.share() && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new OcopException("target " + id + ": a share cannot exceed 100%, was " + value.toPlainString());
        }
        Set<String> seen = new HashSet<>();
        for (Allocation a : allocations) {
            Objects.requireNonNull(a, "allocation (" + id + ")");
            if (!seen.add(a.area() + "@" + a.areaOn())) {
                throw new OcopException("target " + id + ": area " + a.area() + " is allocated twice");
            }
        }
    }

    /**
     * @param id identifier
     * @param label the plan's wording
     * @param indicator what is measured
     * @param value the value to reach
     * @return a level target without baseline or allocations
     */
    public static Target of(String id, String label, Indicator indicator, long value) {
        return new Target(id, label, indicator, BigDecimal.valueOf(value), Goal.LEVEL, null, null, null, null);
    }

    /**
     * @param allocations the allocations
     * @return a copy with these allocations
     */
    public Target withAllocations(List<Allocation> allocations) {
        return new Target(id, label, indicator, value, goal, baseline, allocations, allocationNote, source);
    }

    /**
     * @param baseline the baseline as the plan states it, or null
     * @return a copy with this baseline
     */
    public Target withBaseline(BigDecimal baseline) {
        return new Target(id, label, indicator, value, goal, baseline, allocations, allocationNote, source);
    }

    /**
     * @param goal how the value is read
     * @return a copy with this goal
     */
    public Target withGoal(Goal goal) {
        return new Target(id, label, indicator, value, goal, baseline, allocations, allocationNote, source);
    }

    /**
     * @param note why the allocations do not add up
     * @return a copy with this note
     */
    public Target withAllocationNote(String note) {
        return new Target(id, label, indicator, value, goal, baseline, allocations, note, source);
    }

    /**
     * @param base the baseline in force (stated or computed), not null
     * @param v the target value (the whole target or one allocation), not null
     * @return the level to reach: {@code v} for a level, {@code base + v} for an increase
     */
    BigDecimal goalLevel(BigDecimal base, BigDecimal v) {
        return goal == Goal.INCREASE ? base.add(v) : v;
    }

}
