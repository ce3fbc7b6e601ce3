package vn.ocop.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What is known of one line of a target while it is computed; {@link #toLine} makes the judged line. */
final class LineDraft {
    AreaProgress.Line kind;
    final String area;
    final String areaName;
    final LocalDate areaOn;
    final BigDecimal target;
    /** The baseline in force, or null until it is known. */
    Baseline baseline;
    Actual actual;

    LineDraft(AreaProgress.Line kind, String area, String areaName, LocalDate areaOn, BigDecimal target,
            BigDecimal statedBaseline) {
        this.kind = kind;
        this.area = area;
        this.areaName = areaName;
        this.areaOn = areaOn;
        this.target = target;
        this.baseline = statedBaseline == null ? null : Baseline.stated(statedBaseline);
    }

    AreaProgress toLine(Target.Goal goal, Pace pace) {
        return AreaProgress.of(kind, area, areaName, target, baseline, goal, actual, pace);
    }
}
