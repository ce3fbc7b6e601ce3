package vn.ocop.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What is known of one line of a target while it is computed; {@link #toLine} makes the judged line. */
final class LineDraft {
    final AreaProgress.Line kind;
    final String area;
    final String areaName;
    final LocalDate areaOn;
    final BigDecimal target;
    final BigDecimal ceiling;
    /** The baseline the plan states for the line, or null. */
    final BigDecimal stated;
    /** The baseline in force, or null until it is decided. */
    Baseline baseline;
    Actual actual;
    /** The judged lines a roll-up adds up; empty for other lines. */
    List<AreaProgress> parts = List.of();

    LineDraft(AreaProgress.Line kind, String area, String areaName, LocalDate areaOn, BigDecimal target,
            BigDecimal ceiling, BigDecimal stated) {
        this.kind = kind;
        this.area = area;
        this.areaName = areaName;
        this.areaOn = areaOn;
        this.target = target;
        this.ceiling = ceiling;
        this.stated = stated;
    }

    AreaProgress toLine(Target.Goal goal, Pace pace) {
        return AreaProgress.of(kind, area, areaName, target, ceiling, baseline, stated, goal, actual, pace, parts);
    }
}
