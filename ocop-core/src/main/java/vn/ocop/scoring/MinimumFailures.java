package vn.ocop.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
        Set<FailedMinimum> all = new LinkedHashSet<>();
        for (int s = 3; s <= level; s++) {
            if ((failMask & (1 << (s - 3))) != 0) {
                all.addAll(at(s, c, leafFails));
            }
        }
        List<FailedMinimum> out = new ArrayList<>(all);
        out.sort(Comparator.comparingInt((FailedMinimum f) -> t.leafIndex.get(f.criterion()))
                .thenComparing(FailedMinimum::stars));
        return out;
    }

    private List<FailedMinimum> at(int level, ResolvedCouncil c, byte[] leafFails) {
        switch (c.options().minimumPolicy()) {
            case AGREED_SHEET:
                return ofAgreedSheet(level, c.agreed());
            case CRITERION_MEAN:
                return onMean(level, c.slots());
            default:
                return ofMembers(level, c, leafFails);
        }
    }

    /** Each member's sheet that misses a minimum of the level, in criterion order, then member order. */
    private List<FailedMinimum> ofMembers(int level, ResolvedCouncil c, byte[] leafFails) {
        int bit = 1 << (level - 3);
        List<FailedMinimum> out = new ArrayList<>();
        for (int i = 0; i < t.leaves.length; i++) {
            if ((leafFails[i] & bit) == 0) {
                continue;
            }
            for (int k = 0; k < c.size(); k++) {
                int slot = c.slots()[k][i];
                if ((t.slotFails[slot] & bit) != 0) {
                    out.add(failed(i, slot, level).withMember(c.sheets().get(k).member()));
                }
            }
        }
        return out;
    }

    /** The minimums of the level the agreed sheet misses (no member named). */
    private List<FailedMinimum> ofAgreedSheet(int level, int[] slots) {
        int bit = 1 << (level - 3);
        List<FailedMinimum> out = new ArrayList<>();
        for (int i = 0; i < t.leaves.length; i++) {
            if ((t.slotFails[slots[i]] & bit) != 0) {
                out.add(failed(i, slots[i], level));
            }
        }
        return out;
    }

    /** The minimums of the level the members' mean misses: the mean on the criterion, 2 decimals half up. */
    private List<FailedMinimum> onMean(int level, int[][] slots) {
        List<FailedMinimum> out = new ArrayList<>();
        for (int i = 0; i < t.leaves.length; i++) {
            int by = classifier.meanMissedBy(i, level, slots);
            if (by >= 0) {
                long points = 0;
                for (int[] member : slots) {
                    points += t.slotPoints[member[i]];
                }
                out.add(failed(i, by, FixedPoint.divide(points, t.scale, slots.length, 2, RoundingMode.HALF_UP)));
            }
        }
        return out;
    }

    /** The minimum of the level a slot misses, without member. */
    private FailedMinimum failed(int leaf, int slot, int level) {
        int by = t.minimums.requiredBy(leaf, t.choice(leaf, slot), level);
        return failed(leaf, by, t.plain(t.slotPoints[slot]));
    }

    private FailedMinimum failed(int leaf, int by, BigDecimal actual) {
        Criterion c = t.leaves[leaf];
        Option o = t.options[leaf][by];
        return new FailedMinimum(o.minStars(), c.code(), c.name(), c.nameEn(), o.points(), actual, null,
                t.minimums.citation(leaf, by));
    }
}
