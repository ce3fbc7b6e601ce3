package vn.ocop.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.ocop.format.Localized;
import vn.ocop.indicator.Indicator;
import vn.ocop.internal.Messages;
import vn.ocop.internal.Text;

/**
 * One target of a plan: an indicator, the value to reach, how to read it ({@link Goal}: a level, more than a value, a
 * range, an increase, a level to keep), an optional baseline and an optional allocation to sub-areas.
 *
 * <p>Allocations of a count should add up to the target ({@link Plan#problems()} reports a mismatch unless
 * {@code allocationNote} says why they do not); allocations of a share are each area's own percentage and are not
 * added. The allocations of a range are its floors.
 *
 * <p>JSON form: {@code {"id":"T1","label":"có thêm 40 sản phẩm OCOP 3 sao trở lên","indicator":{"type":
 * "newRecognitions","minStars":3,"kinds":["FIRST"]},"value":40,"goal":"LEVEL","allocations":[{"area":"842",
 * "value":4},…]}}; a range {@code "value":40,"goal":"RANGE","ceiling":50}.
 *
 * <p>Immutable and thread-safe. Text is normalised to NFC.
 *
 * @param id identifier within the plan (e.g. "T1"), not blank
 * @param label the plan's wording of the target, not blank
 * @param indicator what is measured, not null
 * @param value the value: a count or a percentage; the floor of a range; for {@link Goal#INCREASE} the increase;
 *        not negative, not null
 * @param goal how {@code value} is read; null means {@link Goal#LEVEL}
 * @param ceiling the top of a {@link Goal#RANGE} ("từ 40 đến 50": 50), above {@code value}; null for other goals
 * @param baseline the value on the plan's baseline date as the plan states it, or null (see {@link Tracker}: which
 *        baseline is used)
 * @param allocations the value broken down by sub-area, possibly empty; null means none
 * @param allocationNote why the allocations do not add up to the value, as the plan says; or null
 * @param source where in the plan the target stands (e.g. "mục II.2"), or null
 */
public record Target(String id, String label, Indicator indicator, BigDecimal value, Goal goal, BigDecimal ceiling,
        BigDecimal baseline, List<Allocation> allocations, String allocationNote, String source) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** How a target value is read, as plans write targets; its name for a reader is {@link #text(Locale)}. */
    public enum Goal implements Localized {
        /** Reach at least the value ("đạt 150 sản phẩm", "ít nhất 5 nhãn hiệu"; for a flow, "40 sản phẩm mới"). */
        LEVEL,
        /**
         * Exceed the value ("trên 50 sản phẩm", "trên 30 %"): a count must reach the next whole number (51), a share
         * must be strictly above it.
         */
        MORE_THAN,
        /** A range ("phấn đấu từ 40 đến 50 sản phẩm"): achieved at the floor {@code value}; the ceiling is reported. */
        RANGE,
        /** Add the value to the baseline ("có thêm ít nhất 5 sản phẩm 5 sao"). */
        INCREASE,
        /**
         * Keep a level through the period ("duy trì 100 % số xã có sản phẩm OCOP"): judged on the date against the
         * level itself, not against a pace. Only for a stock.
         */
        KEEP;

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
     * @param value its part of the target (an increase for {@link Goal#INCREASE}, a floor for {@link Goal#RANGE}),
     *        not negative, not null
     * @param baseline its baseline as the plan states it, or null
     * @param areaOn the date on which {@code area} is read; null means the plan's {@link Plan#areasOn()}
     */
    public record Allocation(String area, BigDecimal value, BigDecimal baseline, LocalDate areaOn) {
        /**
         * Checks and normalises the components.
         *
         * @param area code of the sub-area, not blank
         * @param value its part of the target, not negative, not null
         * @param baseline its baseline as the plan states it, or null
         * @param areaOn the date on which {@code area} is read; null means the plan's {@link Plan#areasOn()}
         * @throws PlanValidationException listing every problem (a missing or blank area, a missing value, a
         *         negative value or baseline), each with its path ({@code $.value})
         */
        public Allocation {
            area = area == null ? null : Text.nfc(area);
            Checks c = new Checks("allocation to " + area);
            c.text(area, "$.area", "allocation: area code");
            c.given(value, "$.value", "allocation to " + area + ": value");
            c.notNegative(value, "$.value", "allocation to " + area + ": value");
            c.notNegative(baseline, "$.baseline", "allocation to " + area + ": baseline");
            c.done();
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
     * @param value the value, not negative, not null
     * @param goal how {@code value} is read; null means {@link Goal#LEVEL}
     * @param ceiling the top of a {@link Goal#RANGE}, above {@code value}; null for other goals
     * @param baseline the value on the plan's baseline date as the plan states it, or null
     * @param allocations the value broken down by sub-area, possibly empty; null means none
     * @param allocationNote why the allocations do not add up to the value, as the plan says; or null
     * @param source where in the plan the target stands (e.g. "mục II.2"), or null
     * @throws PlanValidationException listing every problem, each with its path ({@code $.value},
     *         {@code $.allocations[2]}): a missing or blank id or label, a missing indicator or value, a negative
     *         value or baseline, a flow with a baseline other than 0, a share above 100 %, a ceiling missing from a
     *         range, given without one or not above the floor, a level to keep on a flow, an area allocated twice
     */
    public Target {
        id = id == null ? null : Text.nfc(id);
        label = label == null ? null : Text.nfc(label);
        goal = goal == null ? Goal.LEVEL : goal;
        allocations = allocations == null ? List.of() : allocations;
        allocationNote = allocationNote == null ? null : Text.nfc(allocationNote);
        source = source == null ? null : Text.nfc(source);
        check(id, label, indicator, value, goal, ceiling, baseline, allocations);
        allocations = List.copyOf(allocations);
    }

    /**
     * A target that is not a range: {@code ceiling} null.
     *
     * @param id identifier within the plan, not blank
     * @param label the plan's wording of the target, not blank
     * @param indicator what is measured, not null
     * @param value the value, not negative, not null
     * @param goal how {@code value} is read; null means {@link Goal#LEVEL}
     * @param baseline the value on the plan's baseline date as the plan states it, or null
     * @param allocations the value broken down by sub-area; null means none
     * @param allocationNote why the allocations do not add up to the value, or null
     * @param source where in the plan the target stands, or null
     * @throws PlanValidationException listing every problem, as the canonical constructor does
     */
    public Target(String id, String label, Indicator indicator, BigDecimal value, Goal goal, BigDecimal baseline,
            List<Allocation> allocations, String allocationNote, String source) {
        this(id, label, indicator, value, goal, null, baseline, allocations, allocationNote, source);
    }

    private static void check(String id, String label, Indicator indicator, BigDecimal value, Goal goal,
            BigDecimal ceiling, BigDecimal baseline, List<Allocation> allocations) {
        String t = "target " + id + ": ";
        Checks c = new Checks("target " + id);
        c.text(id, "$.id", "target: id");
        c.text(label, "$.label", t + "label");
        boolean known = c.given(indicator, "$.indicator", t + "indicator");
        c.given(value, "$.value", t + "value");
        c.notNegative(value, "$.value", t + "value");
        c.notNegative(baseline, "$.baseline", t + "baseline");
        c.notNegative(ceiling, "$.ceiling", t + "ceiling");
        if (goal == Goal.RANGE) {
            c.check(ceiling != null, "$.ceiling", t + "a range needs its ceiling (\"từ 40 đến 50\": 50)");
            c.check(ceiling == null || value == null || ceiling.compareTo(value) > 0, "$.ceiling", t + "the ceiling "
                    + plain(ceiling) + " must be above the floor " + plain(value));
        } else {
            c.check(ceiling == null, "$.ceiling", t + "only a range has a ceiling (goal RANGE)");
        }
        if (known) {
            boolean flow = indicator.nature() == Indicator.Nature.FLOW;
            c.check(!flow || baseline == null || baseline.signum() == 0, "$.baseline", t + indicator.code()
                    + " is counted within the period and starts from 0; a baseline of " + plain(baseline)
                    + " does not apply");
            c.check(!flow || goal != Goal.KEEP, "$.goal", t + indicator.code() + " is counted within the period: a"
                    + " level to keep applies to a stock");
            if (indicator.share()) {
                atMostHundred(c, value, "$.value", t);
                atMostHundred(c, ceiling, "$.ceiling", t);
                atMostHundred(c, baseline, "$.baseline", t);
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < allocations.size(); i++) {
            Allocation a = allocations.get(i);
            if (c.given(a, "$.allocations[" + i + "]", t + "allocation " + i)) {
                c.check(seen.add(a.area() + "@" + a.areaOn()), "$.allocations[" + i + "].area", t + "area " + a.area()
                        + " is allocated twice");
            }
        }
        c.done();
    }

    private static void atMostHundred(Checks c, BigDecimal v, String path, String t) {
        c.check(v == null || v.compareTo(HUNDRED) <= 0, path, t + "a share cannot exceed 100%, was " + plain(v));
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    /**
     * @param id identifier
     * @param label the plan's wording
     * @param indicator what is measured
     * @param value the value to reach
     * @return a level target without baseline or allocations
     */
    public static Target of(String id, String label, Indicator indicator, long value) {
        return new Target(id, label, indicator, BigDecimal.valueOf(value), Goal.LEVEL, null, null, null, null, null);
    }

    /**
     * @param allocations the allocations
     * @return a copy with these allocations
     */
    public Target withAllocations(List<Allocation> allocations) {
        return new Target(id, label, indicator, value, goal, ceiling, baseline, allocations, allocationNote, source);
    }

    /**
     * @param baseline the baseline as the plan states it, or null
     * @return a copy with this baseline
     */
    public Target withBaseline(BigDecimal baseline) {
        return new Target(id, label, indicator, value, goal, ceiling, baseline, allocations, allocationNote, source);
    }

    /**
     * @param goal how the value is read (not {@link Goal#RANGE}: see {@link #withRange})
     * @return a copy with this goal and no ceiling
     */
    public Target withGoal(Goal goal) {
        return new Target(id, label, indicator, value, goal, null, baseline, allocations, allocationNote, source);
    }

    /**
     * @param floor the floor, achieved at it, not null
     * @param top the ceiling, above the floor, not null
     * @return a copy read as the range "từ floor đến top"
     */
    public Target withRange(BigDecimal floor, BigDecimal top) {
        return new Target(id, label, indicator, floor, Goal.RANGE, top, baseline, allocations, allocationNote,
                source);
    }

    /**
     * @param note why the allocations do not add up
     * @return a copy with this note
     */
    public Target withAllocationNote(String note) {
        return new Target(id, label, indicator, value, goal, ceiling, baseline, allocations, note, source);
    }
}
