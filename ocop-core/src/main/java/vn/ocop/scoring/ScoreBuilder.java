package vn.ocop.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the scores of resolved sheets: a sheet's points per criterion, group and part ({@link SheetScore}), and
 * each member's total against the mean of the others' ({@link MemberTotal}). Thread-safe.
 */
final class ScoreBuilder {
    private final CompiledSet t;

    ScoreBuilder(CompiledSet t) {
        this.t = t;
    }

    /** @return the sheet's total points (scaled) */
    long total(int[] slots) {
        long total = 0;
        for (int slot : slots) {
            total += t.slotPoints[slot];
        }
        return total;
    }

    SheetScore score(EvaluationSheet sheet, int[] slots) {
        CriterionScore[] criteria = new CriterionScore[t.leaves.length];
        long[] groups = new long[t.groupCodes.length];
        long[] parts = new long[t.partCodes.length];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < t.leaves.length; i++) {
            long points = t.slotPoints[slots[i]];
            groups[t.groupOf[i]] += points;
            parts[t.partOf[i]] += points;
            criteria[i] = t.slotScore[slots[i]];
            if (t.choice(i, slots[i]) == CompiledSet.MISSING) {
                missing.add(t.leaves[i].code());
            }
        }
        return new SheetScore(t.editionId, t.setNumber, sheet.member(), List.of(criteria), plain(t.groupCodes, groups),
                plain(t.partCodes, parts), t.plain(total(slots)), missing, sheet.knockOuts());
    }

    private Map<String, BigDecimal> plain(String[] codes, long[] points) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (int i = 0; i < codes.length; i++) {
            out.put(codes[i], t.plain(points[i]));
        }
        return out;
    }

    /**
     * Each member's total, the mean of the other members' totals (2 decimals, half up) and whether the total is
     * more than the council's outlier threshold from it ({@link #outlier}).
     */
    List<MemberTotal> members(ResolvedCouncil c) {
        int n = c.size();
        BigDecimal limit = limit(c.rules(), n);
        List<MemberTotal> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            long total = total(c.slots()[k]);
            BigDecimal others = null;
            boolean outlier = false;
            if (n > 1) {
                long othersSum = c.sum() - total;
                others = FixedPoint.divide(othersSum, t.scale, n - 1L, 2, RoundingMode.HALF_UP);
                outlier = outlier(total, othersSum, n, limit, t.scale);
            }
            out.add(new MemberTotal(c.sheets().get(k).member(), t.plain(total), others, outlier));
        }
        return out;
    }

    /** @return the outlier threshold times {@code n - 1}, what {@link #outlier} compares with */
    static BigDecimal limit(CouncilRules rules, int n) {
        return rules.outlierPoints().multiply(BigDecimal.valueOf(n - 1L));
    }

    /**
     * Whether a member's total lies more than the threshold from the mean of the others', compared exactly:
     * {@code |total × (n - 1) - othersSum| > threshold × (n - 1)}.
     *
     * @param total the member's total (scaled)
     * @param othersSum the other members' totals (scaled)
     * @param n the council's size, at least 2
     * @param limit {@link #limit}
     * @param scale the points' scale
     */
    static boolean outlier(long total, long othersSum, int n, BigDecimal limit, int scale) {
        return BigDecimal.valueOf(Math.abs(total * (n - 1) - othersSum), scale).compareTo(limit) > 0;
    }

    /** @return the highest minus the lowest member's total */
    BigDecimal spread(ResolvedCouncil c) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int[] member : c.slots()) {
            long total = total(member);
            min = Math.min(min, total);
            max = Math.max(max, total);
        }
        return t.plain(max - min);
    }
}
