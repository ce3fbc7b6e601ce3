package vn.ocop.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact fixed-point arithmetic on points: a value is a {@code long} of units of {@code 10^-scale} (the scale of a
 * set is the most decimal places of its points and bands, at most {@link #MAX_SCALE}). Every function is pure and
 * gives exactly the {@link BigDecimal} result its Javadoc names (a table-driven test compares them), in long
 * arithmetic when it fits and through {@code BigDecimal} when it does not.
 */
final class FixedPoint {
    /** Most decimal places of points and bands that an evaluator accepts (the rubric loader allows 4). */
    static final int MAX_SCALE = 6;
    /** Most decimal places a division is asked for (the exact mean's 10). */
    static final int MAX_DECIMALS = 10;
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private FixedPoint() {
    }

    /**
     * @param v a decimal, not null
     * @return the decimal places it needs: {@code max(0, v.stripTrailingZeros().scale())}
     */
    static int decimalsOf(BigDecimal v) {
        return Math.max(0, v.stripTrailingZeros().scale());
    }

    /**
     * @param v a decimal with at most {@code scale} places, not null
     * @param scale 0 to {@link #MAX_SCALE}
     * @return {@code v.movePointRight(scale).longValueExact()}
     * @throws ArithmeticException if it has more places or does not fit a long
     */
    static long scaled(BigDecimal v, int scale) {
        return v.movePointRight(scale).longValueExact();
    }

    /**
     * @param unscaled units of {@code 10^-scale}
     * @param scale 0 or more
     * @return {@code BigDecimal.valueOf(unscaled, scale)} without trailing zeros and never at a negative scale
     *         (70.50 is 70.5, 100 is 100, not 1E+2)
     */
    static BigDecimal plain(long unscaled, int scale) {
        long u = unscaled;
        int s = scale;
        while (s > 0 && u % 10 == 0) {
            u /= 10;
            s--;
        }
        return u == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(u, s);
    }

    /**
     * @param v units of {@code 10^-scale}
     * @param scale 0 to {@link #MAX_SCALE}
     * @param n the divisor, more than 0
     * @param decimals 0 to {@link #MAX_DECIMALS}
     * @param mode {@code HALF_UP}, {@code HALF_EVEN} or {@code UP}
     * @return {@code BigDecimal.valueOf(v, scale).divide(BigDecimal.valueOf(n), decimals, mode)}: the same value and
     *         scale
     */
    static BigDecimal divide(long v, int scale, long n, int decimals, RoundingMode mode) {
        try {
            long num = decimals >= scale ? Math.multiplyExact(v, POW10[decimals - scale]) : v;
            long den = decimals >= scale ? n : Math.multiplyExact(n, POW10[scale - decimals]);
            return BigDecimal.valueOf(roundedQuotient(num, den, mode), decimals);
        } catch (ArithmeticException overflow) {
            return BigDecimal.valueOf(v, scale).divide(BigDecimal.valueOf(n), decimals, mode);
        }
    }

    /**
     * The mean {@code sum / n} of a council: exact when the division terminates ({@link #plain} form), otherwise
     * rounded to {@link #MAX_DECIMALS} decimals half even.
     *
     * @param sum units of {@code 10^-scale}
     * @param scale 0 to {@link #MAX_SCALE}
     * @param n the number of members, more than 0
     * @return the mean
     */
    static BigDecimal mean(long sum, int scale, int n) {
        long d = n / gcd(Math.abs(sum), n);
        int twos = 0;
        int fives = 0;
        for (; d % 2 == 0; d /= 2) {
            twos++;
        }
        for (; d % 5 == 0; d /= 5) {
            fives++;
        }
        if (d != 1) {
            return divide(sum, scale, n, MAX_DECIMALS, RoundingMode.HALF_EVEN);
        }
        int k = Math.max(twos, fives); // sum × 10^k is a multiple of n
        if (k < POW10.length) {
            try {
                return plain(Math.multiplyExact(sum, POW10[k]) / n, scale + k);
            } catch (ArithmeticException overflow) {
                // exactly, in BigDecimal
            }
        }
        BigDecimal exact = BigDecimal.valueOf(sum, scale).divide(BigDecimal.valueOf(n)).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }

    /** num / den (den more than 0) rounded by HALF_UP, HALF_EVEN or UP, as {@code BigDecimal} rounds. */
    private static long roundedQuotient(long num, long den, RoundingMode mode) {
        long q = num / den;
        long r = num % den;
        if (r == 0) {
            return q;
        }
        long ar = Math.abs(r);
        int half = Long.compare(ar, den - ar); // more than 0: above half; 0: exactly half
        boolean away;
        switch (mode) {
            case UP:
                away = true;
                break;
            case HALF_UP:
                away = half >= 0;
                break;
            case HALF_EVEN:
                away = half > 0 || (half == 0 && (q & 1) != 0);
                break;
            default:
                throw new IllegalArgumentException("rounding mode " + mode + " is not supported");
        }
        return away ? (num < 0 ? q - 1 : q + 1) : q;
    }

    private static long gcd(long a, long b) {
        long x = a;
        long y = b;
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return x;
    }
}
