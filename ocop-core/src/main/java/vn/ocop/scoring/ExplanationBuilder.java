package vn.ocop.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Star;

/**
 * Builds the {@link Explanation} of a classified council: one line per criterion (the members' options and mean
 * points, 2 decimals half up, with its citation), the part means, the minimums failed up to the band, and what the
 * next star needs (points, rounded up to 2 decimals, and minimums). Thread-safe.
 */
final class ExplanationBuilder {
    private final CompiledSet t;
    private final MinimumFailures failures;
    private final Classifier classifier;
    private final Memo memo;

    ExplanationBuilder(CompiledSet t, Classifier classifier, MinimumFailures failures, Memo memo) {
        this.t = t;
        this.classifier = classifier;
        this.failures = failures;
        this.memo = memo;
    }

    Explanation explain(ResolvedCouncil c, Classification cls) {
        int n = c.size();
        CriterionLine[] lines = new CriterionLine[t.leaves.length];
        byte[] leafFails = new byte[t.leaves.length];
        long[] parts = new long[t.partCodes.length];
        for (int i = 0; i < t.leaves.length; i++) {
            lines[i] = line(i, c.slots(), leafFails, parts);
        }
        Map<String, BigDecimal> partMeans = new LinkedHashMap<>();
        for (int p = 0; p < parts.length; p++) {
            partMeans.put(t.partCodes[p], FixedPoint.divide(parts[p], t.scale, n, 2, RoundingMode.HALF_UP));
        }
        int failMask = classifier.failMask(c);
        List<FailedMinimum> failed = cls.knockOuts().isEmpty() && cls.bandStars().level() >= 3
                ? failures.upTo(cls.bandStars().level(), c, failMask, leafFails) : List.of();
        Star next = cls.stars() == null ? null : cls.stars().next();
        BigDecimal toNext = null;
        List<FailedMinimum> forNext = List.of();
        if (next != null) {
            long need = t.bands.lowestOf(next) * n - c.sum();
            toNext = need <= 0 ? BigDecimal.ZERO : FixedPoint.divide(need, t.scale, n, 2, RoundingMode.UP);
            forNext = next.level() >= 3 ? failures.upTo(next.level(), c, failMask, leafFails) : List.of();
        }
        return new Explanation(t.editionId, t.edition.citation(), t.setNumber, t.set.name(), t.set.nameEn(), cls,
                c.options().minimumPolicy(), List.of(lines), partMeans, failed, toNext, forNext);
    }

    /** The line of one criterion; adds its points to its part and its members' missed-minimum bits to leafFails. */
    private CriterionLine line(int leaf, int[][] slots, byte[] leafFails, long[] parts) {
        long sum = 0;
        int fails = 0;
        for (int[] member : slots) {
            sum += t.slotPoints[member[leaf]];
            fails |= t.slotFails[member[leaf]];
        }
        leafFails[leaf] = (byte) fails;
        parts[t.partOf[leaf]] += sum;
        Criterion c = t.leaves[leaf];
        return new CriterionLine(c.code(), c.name(), c.nameEn(), c.max(), memo.criterionMean(sum, slots.length),
                new MemberOptions(t, slots, leaf), t.leafCitation[leaf]);
    }
}
