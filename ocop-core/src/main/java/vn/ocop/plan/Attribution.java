package vn.ocop.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps unit versions of the registry to a plan's area and its allocated areas, through {@link Areas#correspondingOn}
 * (the plan's codes are read on their own dates). Results are cached per unit version. Not thread-safe.
 */
final class Attribution {
    /** The unit is inside the area. */
    static final int IN = 1;
    /** The unit is outside the area. */
    static final int OUT = 0;
    /** The unit corresponds to units both inside and outside (or cannot be mapped to the area's date). */
    static final int SPLIT = 2;
    /** No allocated area contains the unit. */
    static final int NO_ALLOCATION = -1;
    /** The unit corresponds to several allocated areas, or partly to none. */
    static final int SEVERAL = -2;

    private final Areas areas;
    private final String area;
    private final LocalDate areaOn;
    private final List<String> allocations;
    private final Map<LocalDate, List<Integer>> byDate = new LinkedHashMap<>();
    private final int[] inArea;
    private final int[] allocation;

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
        this.inArea = new int[areas.versionCount()];
        this.allocation = new int[areas.versionCount()];
        java.util.Arrays.fill(inArea, -1);
        java.util.Arrays.fill(allocation, Integer.MIN_VALUE);
    }

    /**
     * @param version a unit version id
     * @return {@link #IN}, {@link #OUT} or {@link #SPLIT}
     */
    int inArea(int version) {
        if (inArea[version] < 0) {
            Set<String> m = areas.correspondingOn(version, areaOn);
            int in = 0;
            for (String c : m) {
                if (areas.isWithin(c, area, areaOn)) {
                    in++;
                }
            }
            inArea[version] = m.isEmpty() ? SPLIT : in == m.size() ? IN : in == 0 ? OUT : SPLIT;
        }
        return inArea[version];
    }

    /**
     * @param version a unit version id
     * @return the index of the allocated area containing it, {@link #NO_ALLOCATION} or {@link #SEVERAL}
     */
    int allocation(int version) {
        if (allocation[version] == Integer.MIN_VALUE) {
            Set<Integer> found = new HashSet<>();
            boolean missing = false;
            for (Map.Entry<LocalDate, List<Integer>> e : byDate.entrySet()) {
                Set<String> m = areas.correspondingOn(version, e.getKey());
                for (String c : m) {
                    int hit = NO_ALLOCATION;
                    for (int i : e.getValue()) {
                        if (areas.isWithin(c, allocations.get(i), e.getKey())) {
                            hit = i;
                            break;
                        }
                    }
                    if (hit == NO_ALLOCATION) {
                        missing = true;
                    } else {
                        found.add(hit);
                    }
                }
            }
            allocation[version] = found.isEmpty() ? NO_ALLOCATION
                    : found.size() == 1 && !missing ? found.iterator().next() : SEVERAL;
        }
        return allocation[version];
    }
}
