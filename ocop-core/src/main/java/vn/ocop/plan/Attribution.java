package vn.ocop.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.area.Area;
import vn.ocop.area.Areas;
import vn.ocop.area.Placement;

/**
 * Places unit versions of the register relative to a plan's area ({@link Areas#placement}) and among its allocated
 * areas, each read on its own date. Results are cached per unit version. Not thread-safe.
 */
final class Attribution {
    /** No allocated area contains the unit. */
    static final int NO_ALLOCATION = -1;
    /** The unit corresponds to several allocated areas, or partly to none. */
    static final int SEVERAL = -2;

    private final Areas areas;
    private final String area;
    private final LocalDate areaOn;
    private final List<String> allocations;
    /** The allocations' indexes by the date they are read on. */
    private final Map<LocalDate, List<Integer>> byDate = new LinkedHashMap<>();
    private final Map<Area, Placement> placements = new IdentityHashMap<>();
    private final Map<Area, Integer> allocationOf = new IdentityHashMap<>();

    /**
     * @param areas the register
     * @param area the plan's area code
     * @param areaOn the date it is read on
     * @param allocations allocated area codes
     * @param allocationDates the date each is read on
     */
    Attribution(Areas areas, String area, LocalDate areaOn, List<String> allocations, List<LocalDate> allocationDates) {
        this.areas = areas;
        this.area = area;
        this.areaOn = areaOn;
        this.allocations = List.copyOf(allocations);
        for (int i = 0; i < allocations.size(); i++) {
            byDate.computeIfAbsent(allocationDates.get(i), d -> new ArrayList<>()).add(i);
        }
    }

    /** @return whether there are allocated areas */
    boolean allocates() {
        return !allocations.isEmpty();
    }

    /**
     * @param version a unit version of the register
     * @return where it lies relative to the plan's area
     */
    Placement placement(Area version) {
        Placement p = placements.get(version);
        if (p == null) {
            p = areas.placement(version, area, areaOn);
            placements.put(version, p);
        }
        return p;
    }

    /**
     * @param version a unit version of the register
     * @return the index of the allocated area containing it, {@link #NO_ALLOCATION} or {@link #SEVERAL}
     */
    int allocation(Area version) {
        Integer a = allocationOf.get(version);
        if (a == null) {
            a = findAllocation(version);
            allocationOf.put(version, a);
        }
        return a;
    }

    private int findAllocation(Area version) {
        Set<Integer> found = new HashSet<>();
        boolean missing = false;
        for (Map.Entry<LocalDate, List<Integer>> e : byDate.entrySet()) {
            for (String unit : areas.correspondingOn(version, e.getKey())) {
                int hit = allocationContaining(unit, e.getValue(), e.getKey());
                if (hit == NO_ALLOCATION) {
                    missing = true;
                } else {
                    found.add(hit);
                }
            }
        }
        if (found.isEmpty()) {
            return NO_ALLOCATION;
        }
        return found.size() == 1 && !missing ? found.iterator().next() : SEVERAL;
    }

    private int allocationContaining(String unit, List<Integer> candidates, LocalDate on) {
        for (int i : candidates) {
            if (areas.isWithin(unit, allocations.get(i), on)) {
                return i;
            }
        }
        return NO_ALLOCATION;
    }
}
