package vn.ocop.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.RubricSet;

/**
 * The star minimums of a set ("Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao"), per leaf, per choice
 * and per star level 3★ to 5★: the points a choice must reach and the marked option that sets them.
 *
 * <p>To be classed s★, the points reached on a criterion must be at least those of every option marked for s★ or a
 * lower class; for a tourism criterion with "choose one case", the marked options of the case the chosen option
 * belongs to. With no option chosen ({@value Answer#NONE}, not applicable), the weakest requirement over the cases
 * applies (the case asking least; no requirement if some case has none at that level).
 *
 * <p>Rows are {@code choice + 1} for an option and 0 for no option. Immutable after construction; thread-safe.
 */
final class MinimumTable {
    /** No minimum at this level. */
    static final long NO_REQUIREMENT = -1;

    /** [leaf][row][star - 3]: points required, or {@link #NO_REQUIREMENT}. */
    private final long[][][] required;
    /** [leaf][row][star - 3]: index of the marked option that sets the requirement, or -1. */
    private final int[][][] requiredBy;
    /** [leaf][option]: citation of each marked option, null for unmarked ones. */
    private final String[][] citation;

    MinimumTable(RubricSet set, Criterion[] leaves, Option[][] options, long[][] points) {
        int n = leaves.length;
        this.required = new long[n][][];
        this.requiredBy = new int[n][][];
        this.citation = new String[n][];
        for (int i = 0; i < n; i++) {
            compile(i, options[i], points[i]);
            citation[i] = new String[options[i].length];
            for (int j = 0; j < options[i].length; j++) {
                if (options[i][j].minStars() != null) {
                    citation[i][j] = set.citeOption(leaves[i].code(), j);
                }
            }
        }
    }

    private void compile(int leaf, Option[] opts, long[] points) {
        required[leaf] = new long[opts.length + 1][3];
        requiredBy[leaf] = new int[opts.length + 1][3];
        for (int s = 3; s <= 5; s++) {
            long[] none = weakestOverCases(opts, points, s);
            required[leaf][0][s - 3] = none[0];
            requiredBy[leaf][0][s - 3] = (int) none[1];
            for (int chosen = 0; chosen < opts.length; chosen++) {
                long[] r = withinCase(opts, points, s, opts[chosen].caseCode());
                required[leaf][chosen + 1][s - 3] = r[0];
                requiredBy[leaf][chosen + 1][s - 3] = (int) r[1];
            }
        }
    }

    /** {points, option}: the highest marked option of level s or lower within a case (null: no cases). */
    private static long[] withinCase(Option[] opts, long[] points, int s, String caseCode) {
        long req = NO_REQUIREMENT;
        int by = -1;
        for (int j = 0; j < opts.length; j++) {
            Option o = opts[j];
            if (o.minStars() != null && o.minStars().level() <= s && Objects.equals(o.caseCode(), caseCode)
                    && points[j] > req) {
                req = points[j];
                by = j;
            }
        }
        return new long[] {req, by};
    }

    /** {points, option}: the lowest of the cases' requirements at level s (for no option chosen). */
    private static long[] weakestOverCases(Option[] opts, long[] points, int s) {
        Map<String, long[]> perCase = new LinkedHashMap<>();
        for (Option o : opts) {
            perCase.computeIfAbsent(String.valueOf(o.caseCode()), k -> withinCase(opts, points, s, o.caseCode()));
        }
        long[] weakest = null;
        for (long[] r : perCase.values()) {
            if (weakest == null || r[0] < weakest[0]) {
                weakest = r;
            }
        }
        return weakest == null ? new long[] {NO_REQUIREMENT, -1} : weakest;
    }

    private static int row(int choice) {
        return choice >= 0 ? choice + 1 : 0;
    }

    /**
     * @param leaf a leaf
     * @param choice an option index, or a choice without option
     * @param level 3, 4 or 5
     * @return the points that choice must reach for that star, or {@link #NO_REQUIREMENT}
     */
    long required(int leaf, int choice, int level) {
        return required[leaf][row(choice)][level - 3];
    }

    /** @return the marked option that sets {@link #required}, or -1 */
    int requiredBy(int leaf, int choice, int level) {
        return requiredBy[leaf][row(choice)][level - 3];
    }

    /** @return the citation of a marked option */
    String citation(int leaf, int option) {
        return citation[leaf][option];
    }

    /** @return bits (star - 3) of the levels whose minimum a choice scoring {@code points} misses */
    byte fails(int leaf, int choice, long points) {
        int bits = 0;
        for (int s = 3; s <= 5; s++) {
            long req = required(leaf, choice, s);
            if (req != NO_REQUIREMENT && points < req) {
                bits |= 1 << (s - 3);
            }
        }
        return (byte) bits;
    }
}
