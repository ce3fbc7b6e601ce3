package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.OcopException;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.CriterionGroup;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.Part;
import vn.ocop.rubric.RubricSet;
import vn.ocop.rubric.StarBand;

/**
 * One rubric set compiled into tables for scoring: its answerable criteria ("leaves", in the law's order) with
 * their options and points in fixed point ({@link FixedPoint}), the group and part of each, "only if" conditions,
 * knock-out rules (those on answers in {@link AnswerRules}), citations, star minimums ({@link MinimumTable}) and
 * bands ({@link BandTable}).
 *
 * <p>A sheet resolves to one <i>slot</i> per leaf: a number that says both the leaf and what was chosen on it, so
 * that points, missed minimums and the explanation's option code are array lookups. The slots of leaf {@code i}
 * are {@code slotBase[i] + choice + SHIFT} for the choices {@link #NOT_APPLICABLE}, {@link #MISSING},
 * {@link #NONE} and the option indexes {@code 0..k-1}; slot 0 belongs to no leaf ("not answered yet").
 *
 * <p>Immutable after construction; thread-safe.
 */
final class CompiledSet {
    /** Choice: the criterion's "only if" condition is not met. */
    static final int NOT_APPLICABLE = -3;
    /** Choice: no answer (a draft). */
    static final int MISSING = -2;
    /** Choice: {@value Answer#NONE}, no listed option applies. */
    static final int NONE = -1;
    /** Slot of choice c of leaf i: {@code slotBase[i] + c + SHIFT}. */
    static final int SHIFT = 3;

    final Edition edition;
    final RubricSet set;
    final String editionId;
    final int setNumber;
    final int scale;
    final Criterion[] leaves;
    /**
     * The leaves' codes, interned: Jackson interns JSON keys, so the criterion codes of a sheet read from JSON are
     * these very strings and compare by identity.
     */
    final String[] leafCode;
    /** Answer options per leaf; an option coded {@value Answer#NONE} in the rubric is never matched by code. */
    final Option[][] options;
    final Map<String, Integer> leafIndex;
    final int[] groupOf;
    final int[] partOf;
    final String[] groupCodes;
    final String[] partCodes;
    /** The leaf an "only if" condition looks at, per leaf, or -1. */
    final int[] onlyIfTarget;
    /** Per leaf with a condition: which options of the target meet it. */
    final boolean[][] onlyIfAllowed;
    /** Leaves with an "only if" condition, in order. */
    final int[] onlyIfLeaves;
    /** The set's knock-out rules by code, in the set's order. */
    final Map<String, KnockOut> knockOuts;
    /** The set's rules on answers. */
    final AnswerRules answerRules;
    final String[] leafCitation;
    final MinimumTable minimums;
    final BandTable bands;
    final int[] slotBase;
    final long[] slotPoints;
    /** Bit (star - 3) set when the slot misses the minimum of that star level on its criterion. */
    final byte[] slotFails;
    /** Bit r set when the slot sets off rule on answers r ({@link AnswerRules}). */
    final int[] slotTriggers;
    /** First character of the one-letter codes kept in {@link #letterSlot} ('`', so 'a' to '~'). */
    static final char LETTER_BASE = '`';
    /**
     * The slot of each one-letter option code from {@link #LETTER_BASE} to ASCII 127, at
     * {@code (leaf << 5) + (character - LETTER_BASE)}; 0 where the leaf has no such code. Nearly every option code is
     * one letter ("a" to "f"), so an answer is resolved with one array read; other codes ("yes", "no",
     * {@value Answer#NONE}) are compared one by one.
     */
    final int[] letterSlot;
    /** What an explanation line shows for the slot: the option code, {@value Answer#NONE}, or "-". */
    final String[] slotCode;
    final CriterionScore[] slotScore;

    CompiledSet(Edition edition, RubricSet set) {
        this.edition = edition;
        this.set = set;
        this.editionId = edition.id();
        this.setNumber = set.number();
        this.leaves = set.leafCriteria().toArray(new Criterion[0]);
        this.leafCode = new String[leaves.length];
        for (int i = 0; i < leaves.length; i++) {
            leafCode[i] = leaves[i].code().intern();
        }
        this.options = new Option[leaves.length][];
        for (int i = 0; i < leaves.length; i++) {
            options[i] = leaves[i].answerOptions().toArray(new Option[0]);
        }
        this.scale = scaleOf(edition, set, options);
        long[][] points = points(edition, set, options, scale);
        this.leafIndex = leafIndex(leaves);
        this.groupOf = new int[leaves.length];
        this.partOf = new int[leaves.length];
        List<String> groups = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        groupsAndParts(set, leafIndex, groupOf, partOf, groups, parts);
        this.groupCodes = groups.toArray(new String[0]);
        this.partCodes = parts.toArray(new String[0]);
        this.onlyIfTarget = new int[leaves.length];
        this.onlyIfAllowed = new boolean[leaves.length][];
        this.onlyIfLeaves = onlyIf(leaves, options, leafIndex, onlyIfTarget, onlyIfAllowed);
        this.knockOuts = knockOuts(set);
        this.leafCitation = new String[leaves.length];
        for (int i = 0; i < leaves.length; i++) {
            leafCitation[i] = set.citeCriterion(leaves[i].code());
        }
        this.minimums = new MinimumTable(set, leaves, options, points);
        this.answerRules = new AnswerRules(set, leafIndex, options, points);
        this.bands = new BandTable(edition, set, scale);
        this.slotBase = slotBases(options);
        int slots = slotBase[leaves.length];
        this.slotPoints = new long[slots];
        this.slotFails = new byte[slots];
        this.slotTriggers = new int[slots];
        this.slotCode = new String[slots];
        this.slotScore = new CriterionScore[slots];
        fillSlots(points);
        this.letterSlot = letterSlots();
    }

    /** The number of decimal places the set needs, checked against {@link FixedPoint#MAX_SCALE}. */
    private static int scaleOf(Edition edition, RubricSet set, Option[][] options) {
        int sc = 0;
        for (Option[] opts : options) {
            for (Option o : opts) {
                sc = Math.max(sc, FixedPoint.decimalsOf(o.points()));
            }
        }
        for (StarBand b : edition.bands()) {
            sc = Math.max(sc, Math.max(FixedPoint.decimalsOf(b.from()), FixedPoint.decimalsOf(b.to())));
        }
        if (sc > FixedPoint.MAX_SCALE) {
            throw new OcopException("set " + set.number() + " of " + edition.id() + " has points or bands with " + sc
                    + " decimal places; the evaluator supports at most " + FixedPoint.MAX_SCALE);
        }
        return sc;
    }

    /** Each option's points in fixed point. */
    private static long[][] points(Edition edition, RubricSet set, Option[][] options, int scale) {
        long[][] points = new long[options.length][];
        for (int i = 0; i < options.length; i++) {
            points[i] = new long[options[i].length];
            for (int j = 0; j < options[i].length; j++) {
                points[i][j] = scaled(options[i][j].points(), scale, edition, set);
            }
        }
        return points;
    }

    /** {@link FixedPoint#scaled}, naming the set if the value is out of range. */
    static long scaled(BigDecimal v, int scale, Edition edition, RubricSet set) {
        try {
            return FixedPoint.scaled(v, scale);
        } catch (ArithmeticException e) {
            throw new OcopException("set " + set.number() + " of " + edition.id() + ": the value " + v
                    + " is out of the evaluator's range", e);
        }
    }

    private static Map<String, Integer> leafIndex(Criterion[] leaves) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < leaves.length; i++) {
            index.put(leaves[i].code(), i);
        }
        return Collections.unmodifiableMap(index);
    }

    /** Fills the group and part index of each leaf and the group and part codes, in order. */
    private static void groupsAndParts(RubricSet set, Map<String, Integer> leafIndex, int[] groupOf, int[] partOf,
            List<String> groups, List<String> parts) {
        for (Part p : set.parts()) {
            parts.add(p.code());
            for (CriterionGroup g : p.groups()) {
                groups.add(g.code());
                for (Criterion c : g.criteria()) {
                    for (Criterion l : c.leaves()) {
                        groupOf[leafIndex.get(l.code())] = groups.size() - 1;
                        partOf[leafIndex.get(l.code())] = parts.size() - 1;
                    }
                }
            }
        }
    }

    /** Fills the "only if" tables; returns the leaves that have a condition. */
    private static int[] onlyIf(Criterion[] leaves, Option[][] options, Map<String, Integer> leafIndex, int[] target,
            boolean[][] allowed) {
        List<Integer> with = new ArrayList<>();
        for (int i = 0; i < leaves.length; i++) {
            target[i] = -1;
            if (leaves[i].onlyIf() != null) {
                int t = leafIndex.get(leaves[i].onlyIf().criterion());
                target[i] = t;
                allowed[i] = new boolean[options[t].length];
                for (String code : leaves[i].onlyIf().options()) {
                    allowed[i][lastOptionIndex(options[t], code)] = true;
                }
                with.add(i);
            }
        }
        return with.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Index of the last option with this code (codes are unique in loaded data), or -1. */
    private static int lastOptionIndex(Option[] options, String code) {
        int found = -1;
        for (int j = 0; j < options.length; j++) {
            if (options[j].code().equals(code)) {
                found = j;
            }
        }
        return found;
    }

    private static Map<String, KnockOut> knockOuts(RubricSet set) {
        Map<String, KnockOut> out = new LinkedHashMap<>();
        for (KnockOut k : set.knockOuts()) {
            out.putIfAbsent(k.code(), set.knockOut(k.code()));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The first slot of each leaf, and the number of slots at the end. */
    private static int[] slotBases(Option[][] options) {
        int[] base = new int[options.length + 1];
        int slots = 1; // slot 0 belongs to no leaf
        for (int i = 0; i < options.length; i++) {
            base[i] = slots;
            slots += options[i].length + SHIFT;
        }
        base[options.length] = slots;
        return base;
    }

    private void fillSlots(long[][] points) {
        for (int i = 0; i < leaves.length; i++) {
            for (int c = NOT_APPLICABLE; c < options[i].length; c++) {
                int s = slot(i, c);
                long pts = c >= 0 ? points[i][c] : 0L;
                slotPoints[s] = pts;
                slotFails[s] = minimums.fails(i, c, pts);
                slotTriggers[s] = answerRules.triggers(i, c);
                slotCode[s] = c >= 0 ? options[i][c].code() : c == NONE ? Answer.NONE : "-";
                slotScore[s] = criterionScore(i, c, FixedPoint.plain(pts, scale));
            }
        }
    }

    /** The one-letter codes' slots; the last of equal codes wins, as the search one by one finds it. */
    private int[] letterSlots() {
        int[] table = new int[leaves.length << 5];
        for (int i = 0; i < leaves.length; i++) {
            for (int j = 0; j < options[i].length; j++) {
                int letter = letter(options[i][j].code());
                if (letter >= 0) {
                    table[(i << 5) + letter] = slot(i, j);
                }
            }
        }
        return table;
    }

    /** @return the place of a one-letter code in a leaf's part of {@link #letterSlot}, or -1 */
    static int letter(String code) {
        int d = code.length() == 1 ? code.charAt(0) - LETTER_BASE : -1;
        return d >= 0 && d < 32 ? d : -1;
    }

    private CriterionScore criterionScore(int leaf, int choice, BigDecimal points) {
        String code = leaves[leaf].code();
        if (choice >= 0) {
            return new CriterionScore(code, options[leaf][choice].code(), points, CriterionScore.Status.ANSWERED);
        }
        if (choice == NONE) {
            return new CriterionScore(code, Answer.NONE, points, CriterionScore.Status.NONE_APPLIES);
        }
        return new CriterionScore(code, null, points, choice == NOT_APPLICABLE ? CriterionScore.Status.NOT_APPLICABLE
                : CriterionScore.Status.MISSING);
    }

    /** @return the slot of a choice on a leaf */
    int slot(int leaf, int choice) {
        return slotBase[leaf] + choice + SHIFT;
    }

    /** @return the choice of a leaf's slot: an option index, {@link #NONE}, {@link #MISSING} or {@link #NOT_APPLICABLE} */
    int choice(int leaf, int slot) {
        return slot - slotBase[leaf] - SHIFT;
    }

    /** @return the points of a slot as an exact plain decimal */
    BigDecimal plain(long scaled) {
        return FixedPoint.plain(scaled, scale);
    }
}
