package vn.ocop.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.ocop.rubric.Star;
import vn.ocop.rubric.StarBand;

/**
 * Classifies a resolved council: the band of the exact mean (Điều 3.3), then the highest star of that band or
 * below whose marked minimums are met under the council's {@link MinimumPolicy} (a 3★ minimum binds 4★ and 5★ too;
 * a product in the 3★ band or above that misses a 3★ minimum is 2★), unless a knock-out rule ends the evaluation.
 * Thread-safe.
 */
final class Classifier {
    private final CompiledSet t;
    private final Memo memo;

    Classifier(CompiledSet t, Memo memo) {
        this.t = t;
        this.memo = memo;
    }

    Classification classify(ResolvedCouncil c) {
        List<KnockOutFinding> knockOuts = knockOuts(c);
        boolean single = c.size() == 1 && knockOuts.isEmpty()
                && c.options().minimumPolicy() == MinimumPolicy.EVERY_MEMBER;
        Classification kept = single ? memo.singleSheet(c.sum(), c.memberFails()) : null;
        if (kept != null) {
            return kept;
        }
        StarBand band = t.bands.band(c.sum(), c.size());
        Star awarded = knockOuts.isEmpty() ? awarded(band.stars(), c, failMask(c)) : null;
        Classification made = new Classification(awarded == null ? Classification.Status.REJECTED
                : Classification.Status.CLASSIFIED, awarded, band, FixedPoint.mean(c.sum(), t.scale, c.size()),
                knockOuts);
        if (single) {
            memo.keepSingleSheet(c.sum(), c.memberFails(), made);
        }
        return made;
    }

    /**
     * @return bits (star - 3) of the levels whose minimums the policy's sheets miss; -1 when not known from the
     *         sheets alone ({@link MinimumPolicy#CRITERION_MEAN})
     */
    int failMask(ResolvedCouncil c) {
        switch (c.options().minimumPolicy()) {
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

    private Star awarded(Star bandStars, ResolvedCouncil c, int failMask) {
        if (bandStars.level() < 3) {
            return bandStars;
        }
        boolean onMean = c.options().minimumPolicy() == MinimumPolicy.CRITERION_MEAN;
        for (int s = bandStars.level(); s >= 3; s--) {
            boolean failed = onMean ? failsOnMean(s, c.slots()) : (failMask & (1 << (s - 3))) != 0;
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

    /**
     * The knock-out findings: the council's, then each member's in member order, then the agreed sheet's (the
     * council's); a rule raised twice by the same member or by the council is listed once.
     */
    private List<KnockOutFinding> knockOuts(ResolvedCouncil c) {
        boolean any = !c.councilKnockOuts().isEmpty()
                || (c.agreedSheet() != null && !c.agreedSheet().knockOuts().isEmpty());
        for (int k = 0, n = c.sheets().size(); k < n && !any; k++) {
            any = !c.sheets().get(k).knockOuts().isEmpty();
        }
        if (!any) {
            return List.of();
        }
        Set<KnockOutFinding> out = new LinkedHashSet<>();
        raise(c.councilKnockOuts(), null, out);
        for (EvaluationSheet s : c.sheets()) {
            raise(s.knockOuts(), s.member(), out);
        }
        if (c.agreedSheet() != null) {
            raise(c.agreedSheet().knockOuts(), null, out);
        }
        return new ArrayList<>(out);
    }

    private void raise(List<String> codes, String member, Set<KnockOutFinding> out) {
        for (String code : codes) {
            out.add(new KnockOutFinding(t.knockOuts.get(code), member));
        }
    }
}
