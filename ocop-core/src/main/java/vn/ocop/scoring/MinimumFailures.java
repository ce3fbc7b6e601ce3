package vn.ocop.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Option;

/**
 * The star minimums a council misses, for an explanation: under {@link MinimumPolicy#EVERY_MEMBER} each member's
 * sheet that misses one (named), under {@link MinimumPolicy#AGREED_SHEET} the agreed sheet, under
 * {@link MinimumPolicy#CRITERION_MEAN} the members' mean on the criterion. Thread-safe.
 */
final class MinimumFailures {
    private final CompiledSet t;
    private final Classifier classifier;

    MinimumFailures(CompiledSet t, Classifier classifier) {
        this.t = t;
        this.classifier = classifier;
    }

    /**
     * Every marked minimum missed up to a star level. Minimums are cumulative (a 3★ marker binds 4★ and 5★ too), so
     * a criterion answered below both its 3★ and its 4★ marker yields two entries at 4★ or 5★, the lower one being
     * the minimum that set the class. Listed once each (members may share a name), in criterion order, then marker
     * level, then member order.
     *
     * @param level 3, 4 or 5
     * @param failMask bits (star - 3) of the levels missed anywhere, or -1 when not known
     * @param leafFails the same per criterion over the members' sheets
     */
    List<FailedMinimum> upTo(int level, ResolvedCouncil c, int failMask, byte[] leafFails) {
        List<FailedMinimum> out = new ArrayList<>();
        for (int i = 0; i < t.leaves.length; i++) {
            int first = out.size();
            for (int s = 3; s <= level; s++) {
                if ((failMask & (1 << (s - 3))) != 0) {
                    at(i, s, c, leafFails, out.subList(first, out.size()));
                }
            }
            if (out.size() - first > 1) {
                out.subList(first, out.size()).sort(Comparator.comparing(FailedMinimum::stars)); // stable
            }
        }
        return out;
    }

    /** Adds to a criterion's entries the minimums of one level missed on it, each once. */
    private void at(int leaf, int level, ResolvedCouncil c, byte[] leafFails, List<FailedMinimum> entries) {
        int bit = 1 << (level - 3);
        switch (c.rules().minimumPolicy()) {
            case AGREED_SHEET:
                if ((t.slotFails[c.agreed()[leaf]] & bit) != 0) {
                    addOnce(entries, failed(leaf, c.agreed()[leaf], level, null));
                }
                break;
            case CRITERION_MEAN:
                // when every member meets the minimum on this criterion, their mean does too
                int by = (leafFails[leaf] & bit) == 0 ? -1 : classifier.meanMissedBy(leaf, level, c.slots());
                if (by >= 0) {
                    addOnce(entries, onMean(leaf, by, c.slots()));
                }
                break;
            default:
                if ((leafFails[leaf] & bit) != 0) {
                    for (int k = 0; k < c.size(); k++) {
                        int slot = c.slots()[k][leaf];
                        if ((t.slotFails[slot] & bit) != 0) {
                            addOnce(entries, failed(leaf, slot, level, c.sheets().get(k).member()));
                        }
                    }
                }
        }
    }

    private static void addOnce(List<FailedMinimum> entries, FailedMinimum f) {
        if (!entries.contains(f)) {
            entries.add(f);
        }
    }

    /** The minimum the members' mean misses on a criterion: the mean, 2 decimals half up, against the marker. */
    private FailedMinimum onMean(int leaf, int by, int[][] slots) {
        long points = 0;
        for (int[] member : slots) {
            points += t.slotPoints[member[leaf]];
        }
        return failed(leaf, by, FixedPoint.divide(points, t.scale, slots.length, 2, RoundingMode.HALF_UP), null);
    }

    /** The minimum of the level a slot misses, on a member's sheet or (member null) the agreed sheet. */
    private FailedMinimum failed(int leaf, int slot, int level, String member) {
        int by = t.minimums.requiredBy(leaf, t.choice(leaf, slot), level);
        return failed(leaf, by, t.plain(t.slotPoints[slot]), member);
    }

    private FailedMinimum failed(int leaf, int by, BigDecimal actual, String member) {
        Criterion c = t.leaves[leaf];
        Option o = t.options[leaf][by];
        return new FailedMinimum(o.minStars(), c.code(), c.name(), c.nameEn(), o.points(), actual, member,
                t.minimums.citation(leaf, by));
    }
}
