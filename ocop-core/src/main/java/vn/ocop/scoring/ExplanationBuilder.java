package vn.ocop.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Star;

/**
 * Builds the {@link Explanation} of a council's result: one line per criterion (the members' options and mean
 * points, 2 decimals half up, with its citation), the part means, who took part and who scored again, and for a
 * classified result the minimums failed up to the band and what the next star needs (points, rounded up to 2
 * decimals, and minimums); for a result the minimum policy decides, what the other policies would give. Thread-safe.
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
        MinimumPolicy policy = c.rules().minimumPolicy();
        int failMask = classifier.failMask(c, policy);
        Star stars = cls.stars();
        List<FailedMinimum> failed = stars != null && cls.bandStars().level() >= 3
                ? failures.upTo(cls.bandStars().level(), c, failMask, leafFails) : List.of();
        Star next = stars == null ? null : stars.next();
        BigDecimal toNext = null;
        List<FailedMinimum> forNext = List.of();
        if (next != null) {
            long need = t.bands.lowestOf(next) * n - c.sum();
            toNext = need <= 0 ? BigDecimal.ZERO : FixedPoint.divide(need, t.scale, n, 2, RoundingMode.UP);
            forNext = next.level() >= 3 ? failures.upTo(next.level(), c, failMask, leafFails) : List.of();
        }
        return new Explanation(t.editionId, t.edition.citation(), t.setNumber, t.set.name(), t.set.nameEn(), cls,
                c.rules(), c.attendance(), rescored(c), List.of(lines), partMeans, failed, toNext, forNext,
                alternatives(c, cls));
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
        var c = t.leaves[leaf];
        return new CriterionLine(c.code(), c.name(), c.nameEn(), c.max(), memo.criterionMean(sum, slots.length),
                new MemberOptions(t, slots, leaf), t.leafCitation[leaf]);
    }

    /** The members whose second-round sheet replaced their first-round one. */
    private static List<String> rescored(ResolvedCouncil c) {
        if (!c.secondRound()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < c.size(); k++) {
            if (c.slots()[k] != c.firstRound()[k]) {
                out.add(c.sheets().get(k).member());
            }
        }
        return out;
    }

    /**
     * What the other policies would give, where it differs: for a classified result, or one ended only by rules on
     * answers (which the policies read differently); the agreed-sheet policy only when there is an agreed sheet.
     */
    private List<PolicyAlternative> alternatives(ResolvedCouncil c, Classification cls) {
        boolean onAnswersOnly = cls.status() == Classification.Status.REJECTED;
        for (KnockOut k : cls.knockOutRules()) {
            onAnswersOnly &= k.answerDriven();
        }
        if (cls.status() != Classification.Status.CLASSIFIED && !onAnswersOnly) {
            return List.of();
        }
        List<PolicyAlternative> out = new ArrayList<>(2);
        for (MinimumPolicy p : MinimumPolicy.values()) {
            if (p != c.rules().minimumPolicy() && (p != MinimumPolicy.AGREED_SHEET || c.agreed() != null)) {
                Star s = classifier.starsUnder(c, p);
                if (s != cls.stars()) {
                    out.add(new PolicyAlternative(p, s));
                }
            }
        }
        return out;
    }
}
