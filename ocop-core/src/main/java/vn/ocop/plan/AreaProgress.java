package vn.ocop.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Progress of one target in one area: the whole plan area, an allocated sub-area, a roll-up of sub-areas, or the
 * records that could not be attributed.
 *
 * <p>Rounding: {@code achievedPercent} to 1 decimal, {@code expected}, {@code remaining} of a share and the paces to
 * 2 decimals, all half-up from the exact values; {@code status} is judged on the exact values (see
 * {@link Tracker}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param line what the line is, not null
 * @param area area code, or null for the unattributed line
 * @param name area name with its code, not null
 * @param target the plan's value for this area (an increase for {@link Target.Goal#INCREASE}), or null (unattributed)
 * @param baseline the baseline in force (stated, computed, or 0 for flows), or null (unattributed)
 * @param goal the level to reach, or null (unattributed)
 * @param actual the actual value and how it was obtained, not null
 * @param achievedPercent for a level, actual ÷ goal; for an increase, (actual − baseline) ÷ increase; in percent; or
 *        null when undefined
 * @param remaining what is still missing to the goal (0 when reached), or null without data
 * @param expected the value the linear pace expects on the measurement date, or null (unattributed)
 * @param status the judgement, or null (unattributed)
 * @param neededPerMonth the pace needed for the rest of the period, per average month (365.2425 ÷ 12 days), or
 *        null when reached, period over, or no data
 * @param plannedPerMonth the plan's own pace, (goal − baseline) per average month, or null (unattributed)
 * @param note a remark (how the baseline was taken, what could not be attributed), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AreaProgress(Line line, String area, String name, BigDecimal target, BigDecimal baseline, BigDecimal goal,
        Actual actual, BigDecimal achievedPercent, BigDecimal remaining, BigDecimal expected, Status status,
        BigDecimal neededPerMonth, BigDecimal plannedPerMonth, String note) {

    /** Kinds of line. */
    public enum Line {
        /** The plan's whole area. */
        TOTAL,
        /** An allocated sub-area. */
        AREA,
        /** Allocated sub-areas added up to a higher level. */
        ROLL_UP,
        /** Records inside the plan's area that could not be attributed to one allocated area. */
        UNATTRIBUTED
    }

    /** Checks the components. */
    public AreaProgress {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(actual, "actual");
    }
}
