package vn.ocop.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ocop.OcopException;
import vn.ocop.rubric.AnswerCondition;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.RubricSet;

/**
 * The rules on answers of a set ({@code KnockOut.answerDriven()}), compiled: for rule {@code r}, the leaves it looks
 * at and, on each, the most points an answer may reach and still set it off (the options of a condition are the
 * criterion's lowest, so this is one threshold per leaf). A slot sets off rule {@code r} when it chose one of the
 * condition's options or {@value Answer#NONE}; {@link #triggers} gives those bits, per slot, to the compiled set.
 *
 * <p>How a council's answers set a rule off follows its {@link MinimumPolicy}: under {@code EVERY_MEMBER} any
 * member's sheet, under {@code AGREED_SHEET} the agreed sheet, under {@code CRITERION_MEAN} the members' mean
 * points on one of the rule's criteria at most its threshold.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class AnswerRules {
    /** The set's rules on answers, in the set's order; bit r of a slot's triggers is rules[r]. */
    final KnockOut[] rules;
    /** Per rule, the leaves it looks at. */
    final int[][] leaves;
    /** Per rule and leaf, the most points (scaled) an answer there may reach to set it off. */
    final long[][] thresholds;
    /** Per rule and leaf, which options of the leaf set it off. */
    private final boolean[][][] options;

    AnswerRules(RubricSet set, Map<String, Integer> leafIndex, Option[][] leafOptions, long[][] points) {
        List<KnockOut> rs = new ArrayList<>();
        for (KnockOut k : set.knockOuts()) {
            if (k.answerDriven()) {
                rs.add(k);
            }
        }
        if (rs.size() > Integer.SIZE - 1) {
            throw new OcopException("set " + set + " has " + rs.size() + " rules on answers; the evaluator supports "
                    + (Integer.SIZE - 1));
        }
        this.rules = rs.toArray(new KnockOut[0]);
        this.leaves = new int[rules.length][];
        this.thresholds = new long[rules.length][];
        this.options = new boolean[rules.length][][];
        for (int r = 0; r < rules.length; r++) {
            List<AnswerCondition> when = rules[r].when();
            leaves[r] = new int[when.size()];
            thresholds[r] = new long[when.size()];
            options[r] = new boolean[when.size()][];
            for (int w = 0; w < when.size(); w++) {
                int leaf = leafIndex.get(when.get(w).criterion());
                leaves[r][w] = leaf;
                options[r][w] = new boolean[leafOptions[leaf].length];
                long most = 0;
                for (int j = 0; j < leafOptions[leaf].length; j++) {
                    if (when.get(w).options().contains(leafOptions[leaf][j].code())) {
                        options[r][w][j] = true;
                        most = Math.max(most, points[leaf][j]);
                    }
                }
                thresholds[r][w] = most;
            }
        }
    }

    /** @return whether the set has no rule on answers */
    boolean isEmpty() {
        return rules.length == 0;
    }

    /**
     * @param leaf a leaf
     * @param choice an option index or {@link CompiledSet#NONE} (other choices set nothing off)
     * @return bit r set when that choice sets off rule r
     */
    int triggers(int leaf, int choice) {
        int bits = 0;
        for (int r = 0; r < rules.length; r++) {
            for (int w = 0; w < leaves[r].length; w++) {
                if (leaves[r][w] == leaf && (choice == CompiledSet.NONE || (choice >= 0 && options[r][w][choice]))) {
                    bits |= 1 << r;
                }
            }
        }
        return bits;
    }
}
