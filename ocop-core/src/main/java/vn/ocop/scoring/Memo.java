package vn.ocop.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The engine's only memos, per compiled set, filled on first use: values that many results share and that cost more
 * to build than to look up. Each is an immutable value in an array slot; two threads may build the same one at
 * the same moment (a benign race: the values are equal and either may stay).
 *
 * <ul>
 * <li>The classification of a single sheet without knock-outs under the default policy, by its total and its
 * missed-minimum bits: a set has few distinct totals, and scoring the same totals again (bulk runs, what-if tools)
 * then allocates nothing for the classification.</li>
 * <li>The members' mean points on a criterion (2 decimals, half up), by council size and sum of points: an
 * explanation has one per criterion, and councils of up to {@value #COUNCIL_MAX} members share them.</li>
 * </ul>
 */
final class Memo {
    /** Largest council whose criterion means are kept. */
    static final int COUNCIL_MAX = 16;
    /** Largest total (scaled) whose single-sheet classifications are kept. */
    private static final long TOTAL_MAX = 4096;

    private final int scale;
    private final long maxLeafPoints;
    private final int maxTotal;
    private Classification[] single;
    private final BigDecimal[][] criterionMeans = new BigDecimal[COUNCIL_MAX][];

    Memo(CompiledSet t) {
        this.scale = t.scale;
        long maxLeaf = 0;
        long total = 0;
        for (int i = 0; i < t.leaves.length; i++) {
            long best = 0;
            for (int c = 0; c < t.options[i].length; c++) {
                best = Math.max(best, t.slotPoints[t.slot(i, c)]);
            }
            maxLeaf = Math.max(maxLeaf, best);
            total += best;
        }
        this.maxLeafPoints = maxLeaf;
        this.maxTotal = total <= TOTAL_MAX ? (int) total : -1;
    }

    /**
     * @param sum a single sheet's total (scaled)
     * @param fails its missed-minimum bits (0 to 7)
     * @return the classification kept for that total and those bits, or null
     */
    Classification singleSheet(long sum, int fails) {
        Classification[] kept = single;
        return kept == null || sum < 0 || sum > maxTotal ? null : kept[(int) sum * 8 + fails];
    }

    /**
     * Keeps the classification of a single sheet.
     *
     * @param sum the sheet's total (scaled)
     * @param fails its missed-minimum bits (0 to 7)
     * @param c its classification, without knock-outs, under the default policy
     */
    void keepSingleSheet(long sum, int fails, Classification c) {
        if (sum < 0 || sum > maxTotal) {
            return;
        }
        Classification[] kept = single;
        if (kept == null) {
            kept = new Classification[(maxTotal + 1) * 8];
            single = kept;
        }
        kept[(int) sum * 8 + fails] = c;
    }

    /**
     * @param sum the members' points on a criterion (scaled)
     * @param n the number of members
     * @return {@code sum / n} to 2 decimals, half up
     */
    BigDecimal criterionMean(long sum, int n) {
        if (n > COUNCIL_MAX || sum < 0 || sum > maxLeafPoints * n || maxLeafPoints * n > TOTAL_MAX) {
            return FixedPoint.divide(sum, scale, n, 2, RoundingMode.HALF_UP);
        }
        BigDecimal[] means = criterionMeans[n - 1];
        if (means == null) {
            means = new BigDecimal[(int) (maxLeafPoints * n) + 1];
            criterionMeans[n - 1] = means;
        }
        BigDecimal m = means[(int) sum];
        if (m == null) {
            m = FixedPoint.divide(sum, scale, n, 2, RoundingMode.HALF_UP);
            means[(int) sum] = m;
        }
        return m;
    }
}
