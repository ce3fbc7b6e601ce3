package vn.ocop.plan;

/**
 * A remark a reader must see beside the figures because it changes how they read: on a whole target
 * ({@link TargetProgress#notes()}) or on one line ({@link AreaProgress#notes()}). The data each one is about is on
 * the target or the line; the words come from the formatter ({@code vn.ocop.format.ProgressReportFormatter}), which
 * writes every note in every output (text, CSV; JSON lists them).
 */
public enum Note {
    /** Target: records under unit codes the register does not know: {@link TargetProgress#unplaced()}. */
    UNKNOWN_UNITS,
    /** Target: records in units that straddle the area or several allocated areas: {@link TargetProgress#unplaced()}. */
    STRADDLING_UNITS,
    /** Target: records counted in the total that lie in no allocated area: {@link TargetProgress#outsideAllocations()}. */
    OUTSIDE_ALLOCATIONS,
    /** Target: the allocations of a count do not add up to the target: {@link TargetProgress#allocated()}. */
    ALLOCATIONS_DIFFER,
    /** Target: the plan's own remark on its allocations: {@link Target#allocationNote()}. */
    ALLOCATION_NOTE,
    /**
     * Target: the plan does not say whether it counts products in effect (a stock) or new products (a flow); the
     * indicator reads it one way ({@code Indicator.nature()}).
     */
    NATURE_ASSUMED,
    /**
     * Target: the total is judged better than one of its allocated areas ({@link TargetProgress#worstArea()});
     * line: a roll-up is judged better than one of the areas it adds up ({@link AreaProgress#worstPart()}).
     */
    PARTS_WORSE,
    /** Line: no baseline, so the pace is not judged ({@link Status#NO_BASELINE}): {@link AreaProgress#baseline()}. */
    NO_BASELINE,
    /** Line: the baseline was computed from the registry on the plan's baseline date. */
    BASELINE_COMPUTED,
    /** Line: the baseline was taken from a report. */
    BASELINE_REPORTED,
    /**
     * Line: the plan states another baseline ({@link AreaProgress#statedBaseline()}); the registry's (or the
     * report's), which the actual is measured like, is used.
     */
    BASELINE_REPLACES_STATED,
    /** Line: the goal is below the baseline: the plan lets the value fall, or the baseline is not what it assumed. */
    GOAL_BELOW_BASELINE,
    /** Line: a range's ceiling ({@link AreaProgress#ceiling()}) and whether it is reached. */
    CEILING
}
