package vn.ocop.statistics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.ocop.OcopException;

/**
 * Percentages from counts, exact and made to add up.
 *
 * <p>{@link #largestRemainder} is the method the statistics use (Hamilton's method): each share of
 * {@code 100 × 10^scale} units is rounded down, and the units still missing to 100% go one each to the shares with
 * the largest remainders (ties: the larger count first, then the earlier position). The displayed percentages
 * then add up to exactly 100, and each differs from the exact value by less than one unit of the last decimal. The
 * cost: a share may show rounded up although its exact value would round down on its own (Ninh Bình 2021,
 * 10/6/2/10 of 28 products per group at 1 decimal: 35.7, 21.4, 7.2, 35.7 where rounding each alone gives 7.1 and a
 * total of 99.9).
 *
 * <p>All methods are static, exact ({@code BigDecimal}/{@code BigInteger}) and thread-safe.
 */
public final class Percentages {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentages() {
    }

    /**
     * @param part the count, not negative
     * @param whole the denominator, positive
     * @param scale decimals, 0 or more
     * @param mode rounding, not null
     * @return {@code 100 × part / whole} rounded to {@code scale} decimals with {@code mode}
     * @throws OcopException for a zero or negative denominator or a negative part
     */
    public static BigDecimal of(long part, long whole, int scale, RoundingMode mode) {
        Objects.requireNonNull(mode, "mode");
        if (whole <= 0 || part < 0) {
            throw new OcopException("percentage of " + part + " in " + whole + ": the denominator must be positive and "
                    + "the part not negative");
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), scale, mode);
    }

    /**
     * Percentages of each count in their sum, rounded by the largest-remainder method so that they add up to
     * exactly 100 (class comment).
     *
     * @param counts the counts, not negative, with a positive sum, not null
     * @param scale decimals, 0 to 6
     * @return one percentage per count, each with {@code scale} decimals
     * @throws OcopException for a negative count or a zero sum
     */
    public static List<BigDecimal> largestRemainder(List<Long> counts, int scale) {
        if (scale < 0 || scale > 6) {
            throw new OcopException("percentages: scale must be 0 to 6, was " + scale);
        }
        BigInteger total = BigInteger.valueOf(sum(counts));
        BigInteger units = BigInteger.TEN.pow(scale).multiply(BigInteger.valueOf(100));
        int n = counts.size();
        BigInteger[] floor = new BigInteger[n];
        BigInteger[] rem = new BigInteger[n];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = BigInteger.valueOf(counts.get(i)).multiply(units).divideAndRemainder(total);
            floor[i] = qr[0];
            rem[i] = qr[1];
            given = given.add(qr[0]);
        }
        Integer[] order = byLargestRemainder(counts, rem);
        for (int k = 0; k < units.subtract(given).intValueExact(); k++) {
            floor[order[k]] = floor[order[k]].add(BigInteger.ONE);
        }
        List<BigDecimal> out = new ArrayList<>(n);
        for (BigInteger f : floor) {
            out.add(new BigDecimal(f, scale));
        }
        return out;
    }

    /** @return the sum of the counts, checked: none negative or missing, and not 0 */
    private static long sum(List<Long> counts) {
        long sum = 0;
        for (Long c : counts) {
            if (c == null || c < 0) {
                throw new OcopException("percentages: counts must not be negative or missing, got " + counts);
            }
            sum = Math.addExact(sum, c);
        }
        if (sum == 0) {
            throw new OcopException("percentages of " + counts + ": the counts add up to 0, there is no denominator");
        }
        return sum;
    }

    /** @return the positions by largest remainder, then larger count, then earlier position */
    private static Integer[] byLargestRemainder(List<Long> counts, BigInteger[] rem) {
        Integer[] order = new Integer[counts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = rem[b].compareTo(rem[a]);
            if (c != 0) {
                return c;
            }
            c = Long.compare(counts.get(b), counts.get(a));
            return c != 0 ? c : Integer.compare(a, b);
        });
        return order;
    }

    /**
     * Whether a stated percentage can be {@code 100 × part / whole} rounded to the decimals it is written with: the
     * exact value rounded up, down or to nearest (any direction a report might use), i.e. the difference is less
     * than one unit of the last written decimal. "16,7%" matches 4/24 = 16.67%; "16,5%" does not.
     *
     * @param stated the stated percentage, as written (its scale counts), not null
     * @param part the count, not negative
     * @param whole the denominator, positive
     * @return whether consistent
     */
    public static boolean matches(BigDecimal stated, long part, long whole) {
        if (whole <= 0) {
            return false;
        }
        int scale = Math.max(stated.scale(), 0);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        // |100·part/whole − stated| < unit  ⇔  |100·part − stated·whole| < unit·whole
        BigDecimal diff = BigDecimal.valueOf(part).multiply(HUNDRED).subtract(stated.multiply(BigDecimal.valueOf(whole))).abs();
        return diff.compareTo(unit.multiply(BigDecimal.valueOf(whole))) < 0;
    }
}
