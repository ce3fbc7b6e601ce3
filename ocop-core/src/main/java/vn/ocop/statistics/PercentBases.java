package vn.ocop.statistics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.statistics.ReportedStatistics.Part;

/**
 * The whole numbers of a published percentage: which counts {@code k} of a base {@code n} it can be at the decimals
 * it is written with ({@link Percentages#matches}: {@code |100·k − p·n| < unit·n}), and which bases explain all the
 * percentages of a breakdown at once. Exact integer arithmetic. Stateless.
 */
final class PercentBases {
    /** Bases are searched up to this at most (beyond 100 × 10^decimals every percentage fits on its own anyway). */
    static final long MAX_SEARCH = 100_000;
    /** At most this many bases are listed. */
    static final int LISTED = 10;
    /** At most this many part-and-base tests in one search, so that a breakdown of many parts stays cheap. */
    private static final long BUDGET = 2_000_000;

    private PercentBases() {
    }

    /**
     * The counts a percentage can stand for out of a base: with {@code P = p·10^s} and {@code D = 100·10^s} for
     * {@code s} decimals, {@code |D·k − P·n| < n}, an open interval of reals.
     *
     * @param percent the percentage as written, not negative
     * @param n the base, positive
     * @return {lo, hi}, the smallest and largest count in {@code [0, n]}; {@code lo > hi} when none
     */
    static long[] counts(BigDecimal percent, long n) {
        int s = Math.max(percent.scale(), 0);
        BigInteger p = percent.setScale(s, RoundingMode.UNNECESSARY).unscaledValue();
        BigInteger d = BigInteger.TEN.pow(s).multiply(BigInteger.valueOf(100));
        BigInteger bn = BigInteger.valueOf(n);
        // lo = floor((P − 1)·n / D) + 1, hi = ceil((P + 1)·n / D) − 1
        BigInteger lo = floorDiv(p.subtract(BigInteger.ONE).multiply(bn), d).add(BigInteger.ONE);
        BigInteger hi = floorDiv(p.add(BigInteger.ONE).multiply(bn).add(d).subtract(BigInteger.ONE), d)
                .subtract(BigInteger.ONE);
        long l = Math.max(0, clamp(lo, n));
        long h = Math.min(n, clamp(hi, n));
        return new long[] {l, h};
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static long clamp(BigInteger v, long n) {
        if (v.compareTo(BigInteger.valueOf(-1)) < 0) {
            return -1;
        }
        return v.compareTo(BigInteger.valueOf(n + 1)) > 0 ? n + 1 : v.longValueExact();
    }

    /**
     * @param parts the parts of a breakdown (a count, a percentage or both)
     * @param complete whether the parts make up the whole (their counts then add up to the base)
     * @param n a base, positive
     * @return whether some whole counts out of {@code n} give every part its count and its percentage
     */
    static boolean explains(List<Part> parts, boolean complete, long n) {
        long lo = 0;
        long hi = 0;
        for (Part p : parts) {
            long[] k = range(p, n);
            if (k[0] > k[1]) {
                return false;
            }
            lo += k[0];
            hi += k[1];
            if (lo > n) {
                return false;
            }
        }
        return !complete || hi >= n;
    }

    private static long[] range(Part p, long n) {
        if (p.percent() == null) {
            return new long[] {p.count(), p.count()};
        }
        long[] k = counts(p.percent(), n);
        if (p.count() == null) {
            return k;
        }
        boolean fits = p.count() >= k[0] && p.count() <= k[1];
        return fits ? new long[] {p.count(), p.count()} : new long[] {1, 0};
    }

    /**
     * @param parts the parts of a breakdown
     * @return the largest base worth searching: 100 × 10^(most decimals written), at most {@link #MAX_SEARCH} and
     *         at most two million part-and-base tests in all
     */
    static long searchLimit(List<Part> parts) {
        int s = 0;
        for (Part p : parts) {
            if (p.percent() != null) {
                s = Math.max(s, Math.max(p.percent().scale(), 0));
            }
        }
        long worth = s >= 4 ? MAX_SEARCH : Math.min(MAX_SEARCH, 100L * BigInteger.TEN.pow(s).longValueExact());
        return Math.min(worth, BUDGET / Math.max(1, parts.size()));
    }

    /**
     * @param parts the parts of a breakdown
     * @param complete whether they make up the whole
     * @param upTo the largest base searched
     * @return the smallest bases from 1 to {@code upTo} that explain every part, at most {@link #LISTED}
     */
    static List<Long> search(List<Part> parts, boolean complete, long upTo) {
        List<Long> out = new ArrayList<>();
        for (long n = 1; n <= upTo && out.size() < LISTED; n++) {
            if (explains(parts, complete, n)) {
                out.add(n);
            }
        }
        return out;
    }
}
