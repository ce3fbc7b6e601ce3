package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.rubric.Star;
import vn.ocop.rubric.StarBand;

/**
 * Classifies a resolved council, deciding in this order: below its quorum the council decides nothing; a knock-out
 * rule that applies ends the evaluation ({@link KnockOutDecisions}); a finding pending before the council keeps the
 * result pending; members lying too far apart in the first round require a second one when the rules say so;
 * otherwise the band of the exact mean (Điều 3.3), then the highest star of that band or below whose marked
 * minimums are met under the council's {@link MinimumPolicy} (a 3★ minimum binds 4★ and 5★ too; a product in the
 * 3★ band or above that misses a 3★ minimum is 2★). Thread-safe.
 */
final class Classifier {
    private final CompiledSet t;
    private final Memo memo;
    private final KnockOutDecisions decisions;

    Classifier(CompiledSet t, Memo memo) {
        this.t = t;
        this.memo = memo;
        this.decisions = new KnockOutDecisions(t);
    }

    /** @return the knock-out decisions of this set */
    KnockOutDecisions decisions() {
        return decisions;
    }

    Classification classify(ResolvedCouncil c) {
        CouncilRules rules = c.rules();
        MinimumPolicy policy = rules.minimumPolicy();
        boolean quorumMet = rules.quorum().isNone() || c.attendance().quorumMet();
        List<KnockOutOutcome> outcomes = decisions.outcomes(c, policy);
        // a single sheet classes alike under EVERY_MEMBER and CRITERION_MEAN (its mean is its own points)
        boolean single = c.size() == 1 && outcomes.isEmpty() && quorumMet && policy != MinimumPolicy.AGREED_SHEET;
        Classification kept = single ? memo.singleSheet(c.sum(), c.memberFails()) : null;
        if (kept != null) {
            return kept;
        }
        StarBand band = t.bands.band(c.sum(), c.size());
        BigDecimal mean = FixedPoint.mean(c.sum(), t.scale, c.size());
        List<String> rescore = List.of();
        Classification.Status status;
        if (!quorumMet) {
            status = Classification.Status.BELOW_QUORUM;
        } else if (outcomes.stream().anyMatch(KnockOutOutcome::applied)) {
            status = Classification.Status.REJECTED;
        } else if (outcomes.stream().anyMatch(o -> o.verdict() == KnockOutOutcome.Verdict.PENDING)) {
            status = Classification.Status.KNOCK_OUT_PENDING;
        } else if (rules.rescoreOutliers() && !c.secondRound() && !(rescore = firstRoundOutliers(c)).isEmpty()) {
            status = Classification.Status.RESCORE_REQUIRED;
        } else {
            status = Classification.Status.CLASSIFIED;
        }
        Star awarded = status == Classification.Status.CLASSIFIED ? awarded(band.stars(), c, policy) : null;
        Classification made = new Classification(status, awarded, band, mean, outcomes, rescore);
        if (single) {
            memo.keepSingleSheet(c.sum(), c.memberFails(), made);
        }
        return made;
    }

    /**
     * The star another policy would give the same council when no finding stops it: null when a rule on answers
     * would end the evaluation under that policy.
     */
    Star starsUnder(ResolvedCouncil c, MinimumPolicy policy) {
        if (decisions.endsOnAnswers(c, policy)) {
            return null;
        }
        return awarded(t.bands.band(c.sum(), c.size()).stars(), c, policy);
    }

    /** The members of the first round whose total lies more than the threshold from the others' mean. */
    private List<String> firstRoundOutliers(ResolvedCouncil c) {
        int n = c.firstRound().length;
        if (n < 2) {
            return List.of();
        }
        long[] totals = new long[n];
        long sum = 0;
        for (int k = 0; k < n; k++) {
            for (int slot : c.firstRound()[k]) {
                totals[k] += t.slotPoints[slot];
            }
            sum += totals[k];
        }
        BigDecimal limit = ScoreBuilder.limit(c.rules(), n);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (ScoreBuilder.outlier(totals[k], sum - totals[k], n, limit, t.scale)) {
                out.add(c.council().members().get(k).member());
            }
        }
        return out;
    }

    /**
     * @return bits (star - 3) of the levels whose minimums the policy's sheets miss; -1 when not known from the
     *         sheets alone ({@link MinimumPolicy#CRITERION_MEAN})
     */
    int failMask(ResolvedCouncil c, MinimumPolicy policy) {
        switch (policy) {
            case AGREED_SHEET:
                int fails = 0;
                for (int slot : c.agreed()) {
                    fails |= t.slotFails[slot];
                }
                return fails;
            case CRITERION_MEAN:
                return -1;
            default:
                return c.memberFails();
        }
    }

    private Star awarded(Star bandStars, ResolvedCouncil c, MinimumPolicy policy) {
        if (bandStars.level() < 3) {
            return bandStars;
        }
        boolean onMean = policy == MinimumPolicy.CRITERION_MEAN;
        int failMask = onMean ? -1 : failMask(c, policy);
        for (int s = bandStars.level(); s >= 3; s--) {
            // on the mean: when no member misses a minimum of this level, their mean misses none either
            boolean failed = onMean ? (c.memberFails() & (1 << (s - 3))) != 0 && failsOnMean(s, c.slots())
                    : (failMask & (1 << (s - 3))) != 0;
            if (!failed) {
                return Star.of(s);
            }
        }
        return Star.TWO;
    }

    /** Whether the members' mean points miss a minimum of star {@code level} on some criterion. */
    private boolean failsOnMean(int level, int[][] slots) {
        for (int i = 0; i < t.leaves.length; i++) {
            if (meanMissedBy(i, level, slots) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Policy {@link MinimumPolicy#CRITERION_MEAN} on one criterion: the members' points against the requirements of
     * each member's choice (its case, for tourism criteria), compared as sums so nothing is divided.
     *
     * @return the marked option whose minimum of star {@code level} the mean misses, or -1 when met or none
     */
    int meanMissedBy(int leaf, int level, int[][] slots) {
        long required = 0;
        long points = 0;
        int by = -1;
        for (int[] member : slots) {
            int choice = t.choice(leaf, member[leaf]);
            long r = t.minimums.required(leaf, choice, level);
            if (r != MinimumTable.NO_REQUIREMENT) {
                required += r;
                by = t.minimums.requiredBy(leaf, choice, level);
            }
            points += t.slotPoints[member[leaf]];
        }
        return by >= 0 && points < required ? by : -1;
    }
}
