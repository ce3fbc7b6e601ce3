package vn.ocop.scoring;

import vn.ocop.OcopException;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricSet;
import vn.ocop.rubric.Star;
import vn.ocop.rubric.StarBand;

/**
 * The star bands of an edition (Điều 3.3) in fixed point, compared exactly with a council's sum of totals: the
 * mean {@code sum / n} is in a band when {@code from × n <= sum < to × n} ({@code <= to × n} for the band whose
 * upper bound belongs to it), so no rounded mean is ever used.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class BandTable {
    private final String editionId;
    private final StarBand[] bands;
    private final long[] from;
    private final long[] to;
    /** Index of the first band of each star level (1 to 5), or -1. */
    private final int[] ofStar = {-1, -1, -1, -1, -1, -1};
    private final int scale;

    BandTable(Edition edition, RubricSet set, int scale) {
        this.editionId = edition.id();
        this.scale = scale;
        this.bands = edition.bands().toArray(new StarBand[0]);
        this.from = new long[bands.length];
        this.to = new long[bands.length];
        for (int b = 0; b < bands.length; b++) {
            from[b] = CompiledSet.scaled(bands[b].from(), scale, edition, set);
            to[b] = CompiledSet.scaled(bands[b].to(), scale, edition, set);
            int level = bands[b].stars().level();
            if (ofStar[level] < 0) {
                ofStar[level] = b;
            }
        }
    }

    /**
     * @param sum the sum of the members' totals (scaled)
     * @param n the number of members
     * @return the band the mean falls in
     * @throws OcopException if no band holds it (the edition's bands do not cover it)
     */
    StarBand band(long sum, int n) {
        for (int b = 0; b < bands.length; b++) {
            long lo = from[b] * n;
            long hi = to[b] * n;
            if (sum >= lo && (sum < hi || (bands[b].toInclusive() && sum == hi))) {
                return bands[b];
            }
        }
        throw new OcopException("no band of " + editionId + " contains the mean " + FixedPoint.mean(sum, scale, n));
    }

    /**
     * @param stars a star class
     * @return the lowest points of its band (scaled)
     * @throws OcopException if the edition has no band for it
     */
    long lowestOf(Star stars) {
        int b = ofStar[stars.level()];
        if (b < 0) {
            throw new OcopException("edition " + editionId + " has no band for " + stars);
        }
        return from[b];
    }
}
