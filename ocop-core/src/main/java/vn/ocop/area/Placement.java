package vn.ocop.area;

/**
 * Where a unit recorded on one date lies relative to an area read on another date, once the unit is mapped through
 * the successions to the area's date ({@link Areas#placement}).
 */
public enum Placement {
    /** Every unit it corresponds to lies inside the area. */
    INSIDE,
    /** No unit it corresponds to lies inside the area. */
    OUTSIDE,
    /** Some of the units it corresponds to lie inside and some outside, or it corresponds to none on that date. */
    STRADDLING
}
