package vn.ocop.plan;

import java.util.ArrayList;
import java.util.List;
import vn.ocop.area.Area;
import vn.ocop.area.Placement;
import vn.ocop.indicator.Tally;

/**
 * A tally distributed over the lines of a target: the plan's area (the total), each allocated area, and what could
 * not be placed (see {@link Tracker}: "Attribution to areas").
 */
final class Placed {
    /** Per allocated area, then the total. */
    final long[] numerators;
    final long[] denominators;
    private long unplacedNumerator;
    private long unplacedDenominator;
    private final List<String> unknown = new ArrayList<>();
    private final List<Area> straddling = new ArrayList<>();
    /** Numerator counted in the total that lies in no allocated area. */
    long outsideAllocations;

    private Placed(int allocations) {
        numerators = new long[allocations + 1];
        denominators = new long[allocations + 1];
    }

    /**
     * @param tally the contributions per unit
     * @param attribution the target's areas
     * @param allocations the number of allocated areas (0 for the total only)
     * @return the sums per line
     */
    static Placed of(Tally tally, Attribution attribution, int allocations) {
        Placed p = new Placed(allocations);
        for (Area unit : tally.units()) {
            p.add(unit, tally.numerator(unit), tally.denominator(unit), attribution, allocations);
        }
        p.unplacedNumerator += tally.unknownNumerator();
        p.unplacedDenominator += tally.unknownDenominator();
        p.unknown.addAll(tally.unknownCodes());
        return p;
    }

    private void add(Area unit, long numerator, long denominator, Attribution attribution, int n) {
        Placement in = attribution.placement(unit);
        int allocation = n > 0 ? attribution.allocation(unit) : Attribution.NO_ALLOCATION;
        if (in == Placement.INSIDE) {
            numerators[n] += numerator;
            denominators[n] += denominator;
        }
        if (allocation >= 0) {
            numerators[allocation] += numerator;
            denominators[allocation] += denominator;
        } else if (in == Placement.STRADDLING || in == Placement.INSIDE && allocation == Attribution.SEVERAL) {
            unplacedNumerator += numerator;
            unplacedDenominator += denominator;
            straddling.add(unit);
        } else if (in == Placement.INSIDE && n > 0) {
            outsideAllocations += numerator;
        }
    }

    /** @return the index of the total among the lines */
    int total() {
        return numerators.length - 1;
    }

    /** @return what could not be placed, or null when it contributes nothing */
    Unplaced unplaced() {
        Unplaced u = new Unplaced(unplacedNumerator, unplacedDenominator, unknown, straddling);
        return u.contributes() ? u : null;
    }
}
