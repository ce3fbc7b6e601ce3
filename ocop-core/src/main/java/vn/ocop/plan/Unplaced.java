package vn.ocop.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import vn.ocop.OcopException;
import vn.ocop.area.Area;

/**
 * Records that could not be attributed to one area: under unit codes the register does not know, or in units that
 * straddle the area (or several allocated areas). They are shown, never dropped.
 *
 * <p>Immutable and thread-safe.
 *
 * @param numerator the numerator they contribute, not negative
 * @param denominator the denominator they contribute (0 for counts), not negative
 * @param unknownUnits the unit codes the register does not know; stored sorted without duplicates, not null
 * @param straddlingUnits the unit versions that straddle; stored sorted by name and code, not null
 */
public record Unplaced(long numerator, long denominator, List<String> unknownUnits, List<Area> straddlingUnits) {
    /**
     * Checks and sorts the components.
     *
     * @param numerator the numerator they contribute, not negative
     * @param denominator the denominator they contribute (0 for counts), not negative
     * @param unknownUnits the unit codes the register does not know; stored sorted without duplicates, not null
     * @param straddlingUnits the unit versions that straddle; stored sorted by name and code, not null
     * @throws OcopException for a negative contribution
     */
    public Unplaced {
        if (numerator < 0 || denominator < 0) {
            throw new OcopException("unplaced records: contributions must not be negative (" + numerator + "/"
                    + denominator + ")");
        }
        unknownUnits = List.copyOf(new TreeSet<>(Objects.requireNonNull(unknownUnits, "unknownUnits")));
        TreeSet<Area> sorted = new TreeSet<>(Comparator.comparing(Area::label).thenComparing(a -> a.validity().from()));
        sorted.addAll(Objects.requireNonNull(straddlingUnits, "straddlingUnits"));
        straddlingUnits = List.copyOf(sorted);
    }

    /** @return whether they contribute anything */
    public boolean contributes() {
        return numerator > 0 || denominator > 0;
    }
}
