package vn.ocop.plan;

/**
 * A remark on a target's progress that a reader must see beside its figures ({@link TargetProgress#notes()}); the
 * data each one is about is on the {@link TargetProgress}, the words come from the formatter.
 */
public enum Note {
    /** Records under unit codes the register does not know: {@link TargetProgress#unplaced()}. */
    UNKNOWN_UNITS,
    /** Records in units that straddle the area or several allocated areas: {@link TargetProgress#unplaced()}. */
    STRADDLING_UNITS,
    /** Records counted in the total that lie in no allocated area: {@link TargetProgress#outsideAllocations()}. */
    OUTSIDE_ALLOCATIONS,
    /** The allocations of a count do not add up to the target: {@link TargetProgress#allocated()}. */
    ALLOCATIONS_DIFFER,
    /** The plan's own remark on its allocations: {@link Target#allocationNote()}. */
    ALLOCATION_NOTE
}
