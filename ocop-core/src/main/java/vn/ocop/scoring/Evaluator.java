package vn.ocop.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.ocop.OcopException;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.CriterionGroup;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.Part;
import vn.ocop.rubric.RubricSet;
import vn.ocop.rubric.Star;
import vn.ocop.rubric.StarBand;

/**
 * Scores evaluation sheets of one rubric set and classifies a council's result: the engine's main entry point.
 *
 * <p>Built once per set (it pre-resolves codes, points, star minimums, citations and per-answer scores into
 * arrays), then used for any number of sheets with no I/O.
 *
 * <pre>{@code
 * Edition edition = RubricCatalog.bundled().edition("QD-26-2026");
 * Evaluator evaluator = Evaluator.of(edition, 1);
 * CouncilResult r = evaluator.evaluate(Council.of(sheet1, sheet2, sheet3));
 * r.classification().stars();          // e.g. 4★
 * r.explanation().toText();            // why, with citations
 * }</pre>
 *
 * <h2>Fast path</h2>
 * {@link #evaluate(Council)} builds every member's {@link SheetScore} and the {@link Explanation} eagerly. When only
 * the star class is needed at first (bulk runs, what-if tools, dashboards), use {@link #verdict(Council)} or
 * {@link #verdict(EvaluationSheet)}: the same validation and the same {@link Classification}, with the explanation
 * and the full result computed only on request ({@link Verdict#explanation()}, {@link Verdict#result()}, equal to
 * what {@code evaluate} returns). A sheet scored many times can be resolved once ({@link #resolve}) into a
 * {@link ResolvedSheet} whose classification ({@link #verdict(ResolvedSheet)}) no longer looks at codes.
 *
 * <h2>Rules applied</h2>
 * <ul>
 * <li>A sheet has exactly one answer per answerable criterion; {@value Answer#NONE} says no listed option applies
 * (0 points). A criterion whose "only if" condition is not met scores 0 and must be left unanswered or
 * {@value Answer#NONE}. Unknown criteria or options, duplicate answers and missing answers are errors, all
 * reported together ({@link SheetValidationException}).</li>
 * <li>The product's score is the mean of the members' totals (Điều 3.3); its band is found by exact comparison
 * ({@code from <= mean < to}, 5★ up to 100 inclusive).</li>
 * <li>Star minimums: the product gets the highest star whose band it reaches and whose marked minimums it meets
 * on every marked criterion; a minimum marked for 3★ binds 4★ and 5★ as well. A minimum is met when the points
 * reached on the criterion are at least the marked option's points (within the same "case" for tourism
 * criteria). How a council meets it is set by {@link MinimumPolicy}. A product in the 3★ band or above that misses
 * a 3★ minimum is classed 2★.</li>
 * <li>Any knock-out rule found by a member or the council ends the evaluation: the result is
 * {@link Classification.Status#REJECTED}.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class Evaluator {
    /** Most decimal places of points and bands that an evaluator accepts (the loader allows 4). */
    static final int MAX_SCALE = 6;
    private static final int NONE = -1;
    private static final int MISSING = -2;
    private static final int NOT_APPLICABLE = -3;
    /** A leaf's slots: base + 0 not applicable, + 1 missing, + 2 none, + 3 + j option j. */
    private static final int SLOT_SHIFT = 3;
    private static final long NO_REQUIREMENT = -1;
    /** First character of the one-letter option codes looked up directly ('`', so 'a' to '~'). */
    private static final char LETTER_BASE = '`';
    private static final CouncilOptions DEFAULTS = CouncilOptions.defaults();
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private final Edition edition;
    private final RubricSet set;
    private final String editionId;
    private final int setNumber;
    private final int scale;
    private final Criterion[] leaves;
    /** Leaf codes, interned (so that codes read as JSON keys, which Jackson interns, compare by identity). */
    private final String[] leafCode;
    private final Map<String, Integer> leafIndex;
    /** Whether leaf codes are distinct, so that an answer at position k may be matched against leaf k first. */
    private final boolean positional;
    private final Option[][] options;
    /** Option codes per leaf, with a code equal to {@value Answer#NONE} replaced by null (never matched). */
    private final String[][] optionCodes;
    /** Open hash of each leaf's option codes: index + 1 at {@code optionTableBase[leaf] + (hash & optionMask[leaf])}. */
    private final int[] optionTable;
    private final int[] optionTableBase;
    /** Hash mask per leaf, or -1 when the leaf's codes collide (or repeat) and are searched one by one. */
    private final int[] optionMask;
    /**
     * Option index + 1 of each one-letter code from '`' up to ASCII 127 per leaf, at {@code (leaf << 5) + (char - '`')}, for
     * leaves whose codes do not repeat ({@code optionMask >= 0}); 0 where the leaf has no such code.
     */
    private final char[] letterTable;
    /** The slot of each one-letter code, at the same place as in {@link #letterTable}; 0 where none. */
    private final int[] letterSlot;
    private final long[][] points;
    private final int[] groupOf;
    private final String[] groupCodes;
    private final int[] partOf;
    private final String[] partCodes;
    /** [leaf][chosen+1][star-3]: points required, or NO_REQUIREMENT. */
    private final long[][][] required;
    /** [leaf][chosen+1][star-3]: index of the marked option that sets the requirement. */
    private final int[][][] requiredBy;
    private final int[] onlyIfLeaf;
    private final boolean[][] onlyIfAllowed;
    /** Leaves with an "only if" condition, in order. */
    private final int[] onlyIfLeaves;
    private final long[] bandFrom;
    private final long[] bandTo;
    private final boolean[] bandToInclusive;
    private final StarBand[] bands;
    private final String[] bandText;
    /** Index of the first band of each star level (1 to 5), or -1. */
    private final int[] bandOfStar = {-1, -1, -1, -1, -1, -1};
    private final Set<String> knockOutCodes;
    private final Map<String, String> knockOutReason;

    // per slot (see SLOT_SHIFT)
    private final int[] slotBase;
    private final long[] slotPoints;
    /** Bit (star - 3) set when the slot misses the minimum of that star level on its criterion. */
    private final byte[] slotFails;
    private final String[] slotCode;
    private final BigDecimal[] slotPlainPoints;
    private final CriterionScore[] slotScore;
    /** Highest possible total (scaled), or -1 when too high to cache single-sheet classifications by total. */
    private final int cacheableTotal;
    /**
     * Classifications of single sheets without knock-outs, by {@code total * 8 + missed minimum bits}, made on first
     * use (a benign race: classifications are immutable); null until the first one.
     */
    private Classification[] singleSheetClassifications;
    /** Most members for which {@link #unanimousLines} keeps explanation lines. */
    private static final int UNANIMOUS_MAX = 16;
    /**
     * Explanation lines of criteria on which all of n members chose the same slot, at {@code slot * 16 + n - 1},
     * made on first use (a benign race: lines are immutable); null until the first one.
     */
    private CriterionLine[] unanimousLines;
    /** Highest points of any criterion (scaled). */
    private final long maxLeafPoints;
    /**
     * Members' mean points on a criterion, 2 decimals half up, by [members - 1][sum of their points], for up to 16
     * members; made on first use (a benign race: decimals are immutable).
     */
    private final BigDecimal[][] criterionMeans = new BigDecimal[UNANIMOUS_MAX][];
    /** Failed minimums without member per slot and star level, at {@code slot * 3 + star - 3}; see failTemplate. */
    private FailedMinimum[] failTemplates;
    private final String[] leafCitation;
    /** Citations of marked options, made on first use (a benign race: strings are immutable). */
    private final String[][] optionCitation;

    private Evaluator(Edition edition, RubricSet set) {
        this.edition = edition;
        this.set = set;
        this.editionId = edition.id();
        this.setNumber = set.number();
        List<Criterion> leafList = set.leafCriteria();
        int n = leafList.size();
        this.leaves = leafList.toArray(new Criterion[0]);
        this.options = new Option[n][];
        for (int i = 0; i < n; i++) {
            options[i] = leaves[i].answerOptions().toArray(new Option[0]);
        }
        int sc = 0;
        for (Option[] opts : options) {
            for (Option o : opts) {
                sc = Math.max(sc, Math.max(0, o.points().stripTrailingZeros().scale()));
            }
        }
        for (StarBand b : edition.bands()) {
            sc = Math.max(sc, Math.max(0, b.from().stripTrailingZeros().scale()));
            sc = Math.max(sc, Math.max(0, b.to().stripTrailingZeros().scale()));
        }
        if (sc > MAX_SCALE) {
            throw new OcopException("set " + set.number() + " of " + edition.id() + " has points or bands with " + sc
                    + " decimal places; the evaluator supports at most " + MAX_SCALE);
        }
        this.scale = sc;
        this.leafCode = new String[n];
        this.leafIndex = new HashMap<>();
        this.optionCodes = new String[n][];
        this.points = new long[n][];
        this.required = new long[n][][];
        this.requiredBy = new int[n][][];
        this.onlyIfLeaf = new int[n];
        this.onlyIfAllowed = new boolean[n][];
        this.leafCitation = new String[n];
        this.optionCitation = new String[n][];
        for (int i = 0; i < n; i++) {
            Criterion c = leaves[i];
            leafCode[i] = c.code().intern();
            leafIndex.put(c.code(), i);
            optionCodes[i] = new String[options[i].length];
            points[i] = new long[options[i].length];
            optionCitation[i] = new String[options[i].length];
            for (int j = 0; j < options[i].length; j++) {
                String code = options[i][j].code();
                optionCodes[i][j] = code.equals(Answer.NONE) ? null : code;
                points[i][j] = scaled(options[i][j].points());
            }
            leafCitation[i] = set.citeCriterion(c.code());
            compileMinimums(i);
        }
        this.positional = leafIndex.size() == n;
        this.optionTableBase = new int[n];
        this.optionMask = new int[n];
        int tableSize = 0;
        for (int i = 0; i < n; i++) {
            optionTableBase[i] = tableSize;
            optionMask[i] = hashMask(optionCodes[i]);
            tableSize += optionMask[i] + 1;
        }
        this.optionTable = new int[tableSize];
        this.letterTable = new char[n << 5];
        for (int i = 0; i < n; i++) {
            if (optionMask[i] >= 0) {
                for (int j = 0; j < optionCodes[i].length; j++) {
                    if (optionCodes[i][j] != null) {
                        optionTable[optionTableBase[i] + (optionCodes[i][j].hashCode() & optionMask[i])] = j + 1;
                        String code = optionCodes[i][j];
                        if (code.length() == 1 && code.charAt(0) >= LETTER_BASE && code.charAt(0) < LETTER_BASE + 32) {
                            letterTable[(i << 5) + code.charAt(0) - LETTER_BASE] = (char) (j + 1);
                        }
                    }
                }
            }
        }
        List<Integer> withOnlyIf = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            onlyIfLeaf[i] = -1;
            if (leaves[i].onlyIf() != null) {
                int t = leafIndex.get(leaves[i].onlyIf().criterion());
                onlyIfLeaf[i] = t;
                onlyIfAllowed[i] = new boolean[options[t].length];
                for (String code : leaves[i].onlyIf().options()) {
                    onlyIfAllowed[i][lastOptionIndex(t, code)] = true;
                }
                withOnlyIf.add(i);
            }
        }
        this.onlyIfLeaves = withOnlyIf.stream().mapToInt(Integer::intValue).toArray();
        this.groupOf = new int[n];
        this.partOf = new int[n];
        List<String> gCodes = new ArrayList<>();
        List<String> pCodes = new ArrayList<>();
        Map<String, Integer> leafGroup = new HashMap<>();
        Map<String, Integer> leafPart = new HashMap<>();
        for (Part p : set.parts()) {
            pCodes.add(p.code());
            for (CriterionGroup g : p.groups()) {
                gCodes.add(g.code());
                for (Criterion c : g.criteria()) {
                    for (Criterion l : c.leaves()) {
                        leafGroup.put(l.code(), gCodes.size() - 1);
                        leafPart.put(l.code(), pCodes.size() - 1);
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            groupOf[i] = leafGroup.get(leaves[i].code());
            partOf[i] = leafPart.get(leaves[i].code());
        }
        this.groupCodes = gCodes.toArray(new String[0]);
        this.partCodes = pCodes.toArray(new String[0]);
        this.bands = edition.bands().toArray(new StarBand[0]);
        this.bandFrom = new long[bands.length];
        this.bandTo = new long[bands.length];
        this.bandToInclusive = new boolean[bands.length];
        this.bandText = new String[bands.length];
        for (int b = 0; b < bands.length; b++) {
            bandFrom[b] = scaled(bands[b].from());
            bandTo[b] = scaled(bands[b].to());
            bandToInclusive[b] = bands[b].toInclusive();
            bandText[b] = bands[b] + " (" + bands[b].citation() + ")";
            if (bandOfStar[bands[b].stars().level()] < 0) {
                bandOfStar[bands[b].stars().level()] = b;
            }
        }
        this.knockOutCodes = new java.util.HashSet<>();
        this.knockOutReason = new HashMap<>();
        for (KnockOut k : set.knockOuts()) {
            knockOutCodes.add(k.code());
        }
        for (String code : knockOutCodes) {
            KnockOut k = set.knockOut(code);
            knockOutReason.put(code, k.code() + ": " + k.label() + " (" + k.citation() + ")");
        }

        this.slotBase = new int[n];
        int slots = 1; // slot 0 belongs to no criterion: "not answered yet" while resolving
        for (int i = 0; i < n; i++) {
            slotBase[i] = slots;
            slots += options[i].length + SLOT_SHIFT;
        }
        this.slotPoints = new long[slots];
        this.slotFails = new byte[slots];
        this.slotCode = new String[slots];
        this.slotPlainPoints = new BigDecimal[slots];
        this.slotScore = new CriterionScore[slots];
        this.letterSlot = new int[n << 5];
        for (int i = 0; i < letterTable.length; i++) {
            if (letterTable[i] != 0) {
                letterSlot[i] = slotBase[i >> 5] + letterTable[i] - 1 + SLOT_SHIFT;
            }
        }
        long maxTotal = 0;
        for (long[] p : points) {
            maxTotal += Arrays.stream(p).max().orElse(0);
        }
        this.cacheableTotal = maxTotal <= 4096 ? (int) maxTotal : -1;
        long maxLeaf = 0;
        for (long[] p : points) {
            maxLeaf = Math.max(maxLeaf, Arrays.stream(p).max().orElse(0));
        }
        this.maxLeafPoints = maxLeaf;
        for (int i = 0; i < n; i++) {
            for (int c = NOT_APPLICABLE; c < options[i].length; c++) {
                int s = slotBase[i] + c + SLOT_SHIFT;
                long pts = pointsOf(i, c);
                slotPoints[s] = pts;
                int row = c >= 0 ? c + 1 : 0;
                int fails = 0;
                for (int st = 0; st < 3; st++) {
                    long req = required[i][row][st];
                    if (req != NO_REQUIREMENT && pts < req) {
                        fails |= 1 << st;
                    }
                }
                slotFails[s] = (byte) fails;
                slotCode[s] = c >= 0 ? options[i][c].code() : c == NONE ? Answer.NONE : "-";
                slotPlainPoints[s] = unscaled(pts);
                CriterionScore.Status st;
                String opt;
                if (c >= 0) {
                    st = CriterionScore.Status.ANSWERED;
                    opt = options[i][c].code();
                } else if (c == NONE) {
                    st = CriterionScore.Status.NONE_APPLIES;
                    opt = Answer.NONE;
                } else if (c == NOT_APPLICABLE) {
                    st = CriterionScore.Status.NOT_APPLICABLE;
                    opt = null;
                } else {
                    st = CriterionScore.Status.MISSING;
                    opt = null;
                }
                slotScore[s] = new CriterionScore(leaves[i].code(), opt, slotPlainPoints[s], st);
            }
        }
    }

    /**
     * The smallest mask (a power of two less one, at most 255) under which the codes' hashes do not collide, or -1
     * if there is none or a code repeats.
     */
    private static int hashMask(String[] codes) {
        for (int size = 1; size <= 256; size <<= 1) {
            boolean[] used = new boolean[size];
            boolean ok = true;
            for (String c : codes) {
                if (c == null) {
                    continue;
                }
                int h = c.hashCode() & (size - 1);
                if (used[h]) {
                    ok = false;
                    break;
                }
                used[h] = true;
            }
            if (ok) {
                return size - 1;
            }
        }
        return -1;
    }

    /** Index of the last option with this code (as a code -> index map filled in order gives), or -1. */
    private int lastOptionIndex(int leaf, String code) {
        int found = -1;
        for (int j = 0; j < options[leaf].length; j++) {
            if (options[leaf][j].code().equals(code)) {
                found = j;
            }
        }
        return found;
    }

    private void compileMinimums(int i) {
        Option[] opts = options[i];
        required[i] = new long[opts.length + 1][3];
        requiredBy[i] = new int[opts.length + 1][3];
        for (int chosen = -1; chosen < opts.length; chosen++) {
            for (int s = 3; s <= 5; s++) {
                long req = NO_REQUIREMENT;
                int by = -1;
                if (chosen >= 0) {
                    String chosenCase = opts[chosen].caseCode();
                    for (int j = 0; j < opts.length; j++) {
                        Option o = opts[j];
                        if (o.minStars() != null && o.minStars().level() <= s
                                && Objects.equals(o.caseCode(), chosenCase) && points[i][j] > req) {
                            req = points[i][j];
                            by = j;
                        }
                    }
                } else {
                    // no option chosen ("none" or not applicable): the weakest requirement over the cases
                    Map<String, long[]> perCase = new HashMap<>();
                    for (int j = 0; j < opts.length; j++) {
                        Option o = opts[j];
                        long[] cur = perCase.computeIfAbsent(String.valueOf(o.caseCode()), k -> new long[] {NO_REQUIREMENT, -1});
                        if (o.minStars() != null && o.minStars().level() <= s && points[i][j] > cur[0]) {
                            cur[0] = points[i][j];
                            cur[1] = j;
                        }
                    }
                    boolean first = true;
                    for (long[] cur : perCase.values()) {
                        if (first || cur[0] < req) {
                            req = cur[0];
                            by = (int) cur[1];
                            first = false;
                        }
                    }
                }
                required[i][chosen + 1][s - 3] = req;
                requiredBy[i][chosen + 1][s - 3] = by;
            }
        }
    }

    private long scaled(BigDecimal v) {
        try {
            return v.movePointRight(scale).longValueExact();
        } catch (ArithmeticException e) {
            throw new OcopException("set " + set.number() + " of " + edition.id() + ": the value " + v
                    + " is out of the evaluator's range", e);
        }
    }

    /** {@code plain(BigDecimal.valueOf(v, scale))}: the value without trailing zeros, never at a negative scale. */
    private BigDecimal unscaled(long v) {
        return plainOf(v, scale);
    }

    private static BigDecimal plainOf(long unscaledValue, int sc) {
        long u = unscaledValue;
        int s = sc;
        while (s > 0 && u % 10 == 0) {
            u /= 10;
            s--;
        }
        return u == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(u, s);
    }

    /**
     * {@code BigDecimal.valueOf(v, scale).divide(BigDecimal.valueOf(n), decimals, mode)}, in long arithmetic when
     * it fits (the same unscaled value and scale, so an equal result).
     */
    private BigDecimal divide(long v, long n, int decimals, RoundingMode mode) {
        // callers keep n > 0, decimals 0..10 and the scale ≤ MAX_SCALE (so both powers are in POW10), and use only
        // HALF_UP, HALF_EVEN and UP
        try {
            long num = decimals >= scale ? Math.multiplyExact(v, POW10[decimals - scale]) : v;
            long den = decimals >= scale ? n : Math.multiplyExact(n, POW10[scale - decimals]);
            return BigDecimal.valueOf(roundedQuotient(num, den, mode), decimals);
        } catch (ArithmeticException overflow) {
            // fall through to BigDecimal
        }
        return BigDecimal.valueOf(v, scale).divide(BigDecimal.valueOf(n), decimals, mode);
    }

    /** num / den (den > 0) rounded by HALF_UP, HALF_EVEN or UP, as BigDecimal rounds. */
    private static long roundedQuotient(long num, long den, RoundingMode mode) {
        long q = num / den;
        long r = num % den;
        if (r == 0) {
            return q;
        }
        long ar = Math.abs(r);
        int half = Long.compare(ar, den - ar); // > 0: above half, 0: exactly half
        boolean away;
        switch (mode) {
            case UP:
                away = true;
                break;
            case HALF_UP:
                away = half >= 0;
                break;
            default: // HALF_EVEN
                away = half > 0 || (half == 0 && (q & 1) != 0);
                break;
        }
        return away ? (num < 0 ? q - 1 : q + 1) : q;
    }

    /**
     * @param edition the edition, not null
     * @param setNumber number of one of its sets
     * @return an evaluator for that set
     * @throws OcopException if the edition has no such set
     */
    public static Evaluator of(Edition edition, int setNumber) {
        return new Evaluator(edition, edition.set(setNumber));
    }

    /**
     * @param edition the edition whose bands apply, not null
     * @param set a set of that edition (e.g. a draft loaded with {@code RubricLoader.loadSet}), not null
     * @return an evaluator for the set
     * @throws OcopException if the set belongs to another edition
     */
    public static Evaluator of(Edition edition, RubricSet set) {
        if (!set.editionId().equals(edition.id())) {
            throw new OcopException("set " + set + " belongs to edition " + set.editionId() + ", not " + edition.id());
        }
        return new Evaluator(edition, set);
    }

    /** @return the edition */
    public Edition edition() {
        return edition;
    }

    /** @return the rubric set */
    public RubricSet set() {
        return set;
    }

    // ------------------------------------------------------------------ sheets

    /**
     * Whether Bean Validation could find a violated constraint on the sheet's fields ({@code @NotBlank edition},
     * {@code @Min(1) @Max(26) set}, {@code @NotBlank member}; the lists are never null). Errs on the side of
     * asking: a blank string is empty or starts with a character {@code <= ' '}, and so is caught here.
     */
    private static boolean mayViolateConstraints(EvaluationSheet s) {
        return s.set() < 1 || s.set() > 26 || mayBeBlank(s.edition()) || mayBeBlank(s.member())
                || s.answers() == null || s.knockOuts() == null;
    }

    private static boolean mayBeBlank(String v) {
        return v == null || v.isEmpty() || v.charAt(0) <= ' ' || v.charAt(v.length() - 1) <= ' ';
    }

    /** Leaf index of a criterion code, trying the law's order first; -1 if none. */
    private int leafOf(String criterion, int position) {
        if (positional && position < leafCode.length && leafCode[position].equals(criterion)) {
            return position;
        }
        Integer li = leafIndex.get(criterion);
        return li == null ? -1 : li;
    }

    /** Option index of an option code on a leaf, NONE for {@value Answer#NONE}, or MISSING if unknown. */
    private int optionOf(int leaf, String option) {
        String[] codes = optionCodes[leaf];
        int mask = optionMask[leaf];
        if (mask >= 0 && option.length() == 1) {
            int d = option.charAt(0) - LETTER_BASE;
            if (d >= 0 && d < 32) {
                // a one-letter string equals a code exactly when it is that one-letter code
                int j = letterTable[(leaf << 5) + d] - 1;
                return j >= 0 ? j : MISSING;
            }
        }
        if (mask >= 0) {
            int j = optionTable[optionTableBase[leaf] + (option.hashCode() & mask)] - 1;
            if (j >= 0 && codes[j].equals(option)) {
                return j;
            }
            return option.equals(Answer.NONE) ? NONE : MISSING;
        }
        int found = MISSING;
        for (int j = 0; j < codes.length; j++) {
            if (option.equals(codes[j])) {
                found = j; // the last of equal codes, as the former code -> index map gave
            }
        }
        if (found != MISSING) {
            return found;
        }
        return option.equals(Answer.NONE) ? NONE : MISSING;
    }

    /** The chosen option code (NONE, MISSING, NOT_APPLICABLE or an index) of a resolved slot. */
    private int choiceOf(int leaf, int slot) {
        return slot - slotBase[leaf] - SLOT_SHIFT;
    }

    /**
     * Resolves a sheet into one slot per leaf, adding every problem to {@code problems} (same kinds, order and
     * messages as ever).
     */
    private int[] resolveSlots(EvaluationSheet s, boolean draft, List<SheetProblem> problems) {
        String m = s.member();
        if (mayViolateConstraints(s)) {
            for (String v : vn.ocop.internal.Beans.violations(s)) {
                problems.add(new SheetProblem(SheetProblem.Kind.INVALID_FIELD, m, null, null, v));
            }
        }
        if (!s.edition().equals(editionId) || s.set() != setNumber) {
            problems.add(new SheetProblem(SheetProblem.Kind.WRONG_SET, m, null, null, "sheet is for " + s.edition()
                    + " set " + s.set() + ", this evaluator scores " + editionId + " set " + setNumber));
        }
        int[] slots = new int[leaves.length]; // 0: no answer yet (slot 0 is no criterion's)
        int[] base = slotBase;
        int answered = 0;
        List<Answer> answers = s.answers();
        for (int k = 0, size = answers.size(); k < size; k++) {
            Answer a = answers.get(k);
            int li = leafOf(a.criterion(), k);
            if (li >= 0 && slots[li] == 0) {
                // fast path: a one-letter option code, looked up directly
                String option = a.option();
                if (option.length() == 1) {
                    int d = option.charAt(0) - LETTER_BASE;
                    if (d >= 0 && d < 32) {
                        int slot = letterSlot[(li << 5) + d];
                        if (slot != 0) {
                            slots[li] = slot;
                            answered++;
                            continue;
                        }
                    }
                }
            }
            if (li < 0) {
                Criterion c = set.criterion(a.criterion());
                problems.add(new SheetProblem(SheetProblem.Kind.UNKNOWN_CRITERION, m, a.criterion(), a.option(),
                        c != null ? "criterion " + a.criterion() + " is scored through its sub-criteria "
                                + c.leaves().stream().map(Criterion::code).toList()
                                : "set " + setNumber + " has no criterion " + a.criterion()));
                continue;
            }
            int current = slots[li] == 0 ? MISSING : slots[li] - base[li] - SLOT_SHIFT;
            if (current != MISSING) {
                problems.add(new SheetProblem(SheetProblem.Kind.DUPLICATE_ANSWER, m, a.criterion(), a.option(),
                        "second answer for criterion " + a.criterion() + " (first: "
                                + (current == NONE ? Answer.NONE : options[li][current].code()) + ")"));
                continue;
            }
            answered++;
            int oi = optionOf(li, a.option());
            if (oi == MISSING) {
                problems.add(new SheetProblem(SheetProblem.Kind.UNKNOWN_OPTION, m, a.criterion(), a.option(),
                        "criterion " + a.criterion() + " has no option '" + a.option() + "'; options: "
                                + Arrays.stream(options[li]).map(Option::code).distinct().sorted().toList()
                                + " or " + Answer.NONE));
                oi = NONE; // keep the criterion from being reported missing as well
            }
            slots[li] = base[li] + oi + SLOT_SHIFT;
        }
        if (answered < leaves.length) {
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] == 0) {
                    slots[i] = base[i] + MISSING + SLOT_SHIFT;
                }
            }
        }
        for (int i : onlyIfLeaves) {
            int t = onlyIfLeaf[i];
            int ct = slots[t] - base[t] - SLOT_SHIFT;
            boolean applicable = ct == MISSING || (ct >= 0 && onlyIfAllowed[i][ct]);
            if (!applicable) {
                int ci = slots[i] - base[i] - SLOT_SHIFT;
                if (ci >= 0) {
                    problems.add(new SheetProblem(SheetProblem.Kind.NOT_APPLICABLE, m, leaves[i].code(),
                            options[i][ci].code(), "criterion " + leaves[i].code() + " applies only if: "
                                    + leaves[i].onlyIf().label() + " (criterion " + leaves[t].code()
                                    + "); leave it unanswered or answer " + Answer.NONE));
                }
                slots[i] = base[i] + NOT_APPLICABLE + SLOT_SHIFT;
            }
        }
        if (!draft && answered < leaves.length) {
            for (int i = 0; i < leaves.length; i++) {
                if (slots[i] - base[i] - SLOT_SHIFT == MISSING) {
                    problems.add(new SheetProblem(SheetProblem.Kind.MISSING_ANSWER, m, leaves[i].code(), null,
                            "no answer for criterion " + leaves[i].code() + " (" + leaves[i].name() + ")"));
                }
            }
        }
        List<String> kos = s.knockOuts();
        for (int k = 0, size = kos.size(); k < size; k++) {
            String code = kos.get(k);
            if (!knockOutCodes.contains(code)) {
                problems.add(new SheetProblem(SheetProblem.Kind.UNKNOWN_KNOCK_OUT, m, null, code,
                        "set " + setNumber + " has no knock-out rule '" + code + "'; rules: " + knockOutCodes));
            }
        }
        return slots;
    }

    private long pointsOf(int leaf, int chosen) {
        return chosen >= 0 ? points[leaf][chosen] : 0L;
    }

    /**
     * Scores a complete sheet.
     *
     * @param sheet the sheet, not null
     * @return its scores
     * @throws SheetValidationException listing every problem (including missing answers)
     */
    public SheetScore score(EvaluationSheet sheet) {
        return score(sheet, false);
    }

    /**
     * Scores a draft sheet: missing answers score 0 and are listed in {@link SheetScore#missing()}; every other
     * problem is still an error.
     *
     * @param sheet the sheet, not null
     * @return its scores
     * @throws SheetValidationException listing every problem other than missing answers
     */
    public SheetScore scoreDraft(EvaluationSheet sheet) {
        return score(sheet, true);
    }

    private SheetScore score(EvaluationSheet sheet, boolean draft) {
        List<SheetProblem> problems = new ArrayList<>();
        int[] slots = resolveSlots(sheet, draft, problems);
        if (!problems.isEmpty()) {
            throw new SheetValidationException(scoreContext(sheet), problems);
        }
        return toScore(sheet, slots);
    }

    private String scoreContext(EvaluationSheet sheet) {
        return "cannot score the sheet of " + sheet.member() + " for " + editionId + " set " + setNumber;
    }

    /**
     * Resolves a complete sheet once into a compact form (one pre-resolved choice per criterion), checked exactly
     * as {@link #score(EvaluationSheet)} checks it. Classifying the resolved sheet ({@link #verdict(ResolvedSheet)})
     * does no code lookups and no validation again.
     *
     * @param sheet the sheet, not null
     * @return the resolved sheet, bound to this evaluator
     * @throws SheetValidationException listing every problem (including missing answers), as {@code score} does
     */
    public ResolvedSheet resolve(EvaluationSheet sheet) {
        Objects.requireNonNull(sheet, "sheet");
        List<SheetProblem> problems = new ArrayList<>();
        int[] slots = resolveSlots(sheet, false, problems);
        if (!problems.isEmpty()) {
            throw new SheetValidationException(scoreContext(sheet), problems);
        }
        long[] pts = new long[slots.length];
        byte[] fails = new byte[slots.length];
        for (int i = 0; i < slots.length; i++) {
            pts[i] = slotPoints[slots[i]];
            fails[i] = slotFails[slots[i]];
        }
        return new ResolvedSheet(this, sheet, slots, pts, fails);
    }

    /** Total of a resolved sheet, as an exact plain decimal. */
    BigDecimal total(int[] slots) {
        long t = 0;
        for (int s : slots) {
            t += slotPoints[s];
        }
        return unscaled(t);
    }

    private SheetScore toScore(EvaluationSheet sheet, int[] slots) {
        CriterionScore[] crit = new CriterionScore[leaves.length];
        long[] g = new long[groupCodes.length];
        long[] p = new long[partCodes.length];
        long total = 0;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < leaves.length; i++) {
            int s = slots[i];
            long pts = slotPoints[s];
            g[groupOf[i]] += pts;
            p[partOf[i]] += pts;
            total += pts;
            crit[i] = slotScore[s];
            if (choiceOf(i, s) == MISSING) {
                missing.add(leaves[i].code());
            }
        }
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        for (int i = 0; i < g.length; i++) {
            groups.put(groupCodes[i], unscaled(g[i]));
        }
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
            parts.put(partCodes[i], unscaled(p[i]));
        }
        return new SheetScore(editionId, setNumber, sheet.member(), List.of(crit), groups, parts,
                unscaled(total), missing, sheet.knockOuts());
    }

    // ------------------------------------------------------------------ council

    /**
     * Classifies one complete sheet as a council of one.
     *
     * @param sheet the sheet
     * @return the result
     * @throws SheetValidationException if the sheet is incomplete or invalid
     */
    public CouncilResult classify(EvaluationSheet sheet) {
        return verdict(sheet).result();
    }

    /**
     * Evaluates a council with the default options ({@link CouncilOptions#defaults()}).
     *
     * @param council the council's sheets, not null
     * @return the result with its explanation
     * @throws SheetValidationException listing every problem of every sheet (drafts cannot be classified)
     */
    public CouncilResult evaluate(Council council) {
        return evaluate(council, DEFAULTS);
    }

    /**
     * Evaluates a council: member totals, exact mean, spread and outliers, band, star minimums, knock-outs,
     * recognising authority and explanation.
     *
     * @param council the council's sheets, not null
     * @param opts options, not null
     * @return the result with its explanation
     * @throws SheetValidationException listing every problem of every sheet (drafts cannot be classified)
     * @throws OcopException if the policy is {@link MinimumPolicy#AGREED_SHEET} and the council has no agreed sheet
     */
    public CouncilResult evaluate(Council council, CouncilOptions opts) {
        return verdict(council, opts).result();
    }

    /**
     * Classifies one complete sheet as a council of one, computing the explanation and the full result only on
     * request: {@code verdict(sheet).classification()} equals {@code classify(sheet).classification()} and
     * {@code verdict(sheet).result()} equals {@code classify(sheet)}.
     *
     * @param sheet the sheet, not null
     * @return the verdict
     * @throws SheetValidationException if the sheet is incomplete or invalid (as {@link #classify})
     */
    public Verdict verdict(EvaluationSheet sheet) {
        Objects.requireNonNull(sheet, "sheet");
        List<SheetProblem> problems = new ArrayList<>();
        int[] slots = resolveSlots(sheet, false, problems);
        if (!problems.isEmpty()) {
            throw new SheetValidationException(classifyContext(), problems);
        }
        long sum = 0;
        int fails = 0;
        for (int slot : slots) {
            sum += slotPoints[slot];
            fails |= slotFails[slot];
        }
        return decide(List.of(sheet), new int[][] {slots}, sum, fails, null, null, List.of(), DEFAULTS);
    }

    /**
     * Classifies a resolved sheet as a council of one: the fast path for sheets scored repeatedly. Equal to
     * {@code verdict(sheet.sheet())}, without looking at any code again.
     *
     * @param sheet a sheet resolved by this evaluator, not null
     * @return the verdict
     * @throws OcopException if the sheet was resolved by another evaluator
     */
    public Verdict verdict(ResolvedSheet sheet) {
        if (sheet.evaluator() != this) {
            throw new OcopException("the sheet of " + sheet.member() + " was resolved by the evaluator of "
                    + sheet.evaluator().set() + ", not " + set);
        }
        long sum = 0;
        for (long p : sheet.points()) {
            sum += p;
        }
        int fails = 0;
        for (byte f : sheet.fails()) {
            fails |= f;
        }
        return decide(sheet.asMembers(), sheet.asCouncil(), sum, fails, null, null, List.of(), DEFAULTS);
    }

    /**
     * Classifies a council with the default options, computing the explanation and the full result only on request.
     *
     * @param council the council's sheets, not null
     * @return the verdict; {@code verdict(c).result()} equals {@code evaluate(c)}
     * @throws SheetValidationException listing every problem of every sheet (as {@link #evaluate(Council)})
     */
    public Verdict verdict(Council council) {
        return verdict(council, DEFAULTS);
    }

    /**
     * Classifies a council, computing the explanation and the full result only on request.
     *
     * @param council the council's sheets, not null
     * @param opts options, not null
     * @return the verdict; {@code verdict(c, o).result()} equals {@code evaluate(c, o)}
     * @throws SheetValidationException listing every problem of every sheet (drafts cannot be classified)
     * @throws OcopException if the policy is {@link MinimumPolicy#AGREED_SHEET} and the council has no agreed sheet
     */
    public Verdict verdict(Council council, CouncilOptions opts) {
        Objects.requireNonNull(opts, "opts");
        List<SheetProblem> problems = new ArrayList<>();
        List<EvaluationSheet> sheets = council.members();
        int n = sheets.size();
        int[][] slots = new int[n][];
        for (int k = 0; k < n; k++) {
            slots[k] = resolveSlots(sheets.get(k), false, problems);
        }
        int[] agreed = null;
        if (council.agreedSheet() != null) {
            agreed = resolveSlots(council.agreedSheet(), false, problems);
        } else if (opts.minimumPolicy() == MinimumPolicy.AGREED_SHEET) {
            throw new OcopException("minimum policy AGREED_SHEET needs the council's agreed sheet (Council.withAgreedSheet)");
        }
        for (String k : council.knockOuts()) {
            if (!knockOutCodes.contains(k)) {
                problems.add(new SheetProblem(SheetProblem.Kind.UNKNOWN_KNOCK_OUT, "council", null, k,
                        "set " + setNumber + " has no knock-out rule '" + k + "'; rules: " + knockOutCodes));
            }
        }
        if (!problems.isEmpty()) {
            throw new SheetValidationException(classifyContext(), problems);
        }
        long sum = 0;
        int fails = 0;
        for (int[] m : slots) {
            for (int slot : m) {
                sum += slotPoints[slot];
                fails |= slotFails[slot];
            }
        }
        return decide(sheets, slots, sum, fails, council.agreedSheet(), agreed, council.knockOuts(), opts);
    }

    private String classifyContext() {
        return "cannot classify " + editionId + " set " + setNumber;
    }

    /** The classification of valid resolved sheets; explanation and full result are left to the verdict. */
    /**
     * @param sum the sum of the members' totals (scaled)
     * @param memberFails bits (star - 3) of the star levels whose minimums some member's sheet misses
     */
    private Verdict decide(List<EvaluationSheet> sheets, int[][] slots, long sum, int memberFails,
            EvaluationSheet agreedSheet, int[] agreed, List<String> councilKnockOuts, CouncilOptions opts) {
        int n = slots.length;
        int band = bandIndex(sum, n);
        List<String> koReasons = knockOutReasons(sheets, agreedSheet, councilKnockOuts);
        MinimumPolicy policy = opts.minimumPolicy();
        int fails = memberFails;
        if (policy == MinimumPolicy.AGREED_SHEET) {
            fails = 0;
            for (int slot : agreed) {
                fails |= slotFails[slot];
            }
        } else if (policy == MinimumPolicy.CRITERION_MEAN) {
            fails = -1; // not known per sheet
        }
        Classification cls;
        if (n == 1 && policy == MinimumPolicy.EVERY_MEMBER && koReasons.isEmpty() && sum >= 0 && sum <= cacheableTotal) {
            Classification[] cache = singleSheetClassifications;
            if (cache == null) {
                cache = new Classification[(cacheableTotal + 1) * 8];
                singleSheetClassifications = cache;
            }
            int key = (int) sum * 8 + fails;
            cls = cache[key];
            if (cls == null) {
                cls = classification(slots, sum, band, fails, koReasons, policy);
                cache[key] = cls;
            }
        } else {
            cls = classification(slots, sum, band, fails, koReasons, policy);
        }
        return new Verdict(this, sheets, slots, agreed, opts, sum, band, fails, cls);
    }

    private Classification classification(int[][] slots, long sum, int band, int fails, List<String> koReasons,
            MinimumPolicy policy) {
        int n = slots.length;
        Star bandStars = bands[band].stars();
        Star awarded = null;
        if (koReasons.isEmpty()) {
            awarded = bandStars;
            if (bandStars.level() >= 3) {
                awarded = Star.TWO;
                for (int s = bandStars.level(); s >= 3; s--) {
                    boolean failed = policy == MinimumPolicy.CRITERION_MEAN ? failsOnMean(s, slots)
                            : (fails & (1 << (s - 3))) != 0;
                    if (!failed) {
                        awarded = Star.of(s);
                        break;
                    }
                }
            }
        }
        Classification.Status status = awarded == null ? Classification.Status.REJECTED : Classification.Status.CLASSIFIED;
        Authority authority = Authority.recognising(awarded);
        return new Classification(status, awarded, bandStars, exactMean(sum, n),
                awarded != null && awarded.isCertifiable(), authority, koReasons);
    }

    private List<String> knockOutReasons(List<EvaluationSheet> sheets, EvaluationSheet agreedSheet,
            List<String> councilKnockOuts) {
        boolean any = !councilKnockOuts.isEmpty() || (agreedSheet != null && !agreedSheet.knockOuts().isEmpty());
        for (int k = 0, n = sheets.size(); k < n && !any; k++) {
            any = !sheets.get(k).knockOuts().isEmpty();
        }
        if (!any) {
            return List.of();
        }
        Set<String> ko = new LinkedHashSet<>(councilKnockOuts);
        for (EvaluationSheet s : sheets) {
            ko.addAll(s.knockOuts());
        }
        if (agreedSheet != null) {
            ko.addAll(agreedSheet.knockOuts());
        }
        List<String> out = new ArrayList<>(ko.size());
        for (String code : ko) {
            out.add(knockOutReason.get(code));
        }
        return out;
    }

    private int bandIndex(long sum, int n) {
        for (int b = 0; b < bands.length; b++) {
            long lo = bandFrom[b] * n;
            long hi = bandTo[b] * n;
            if (sum >= lo && (sum < hi || (bandToInclusive[b] && sum == hi))) {
                return b;
            }
        }
        throw new OcopException("no band of " + editionId + " contains the mean " + exactMean(sum, n));
    }

    /**
     * The mean {@code sum / n}: exact when the division terminates (without trailing zeros, never at a negative
     * scale), otherwise rounded to 10 decimals half even.
     */
    private BigDecimal exactMean(long sum, int n) {
        long g = gcd(Math.abs(sum), n);
        long d = n / g;
        int twos = 0;
        int fives = 0;
        while (d % 2 == 0) {
            d /= 2;
            twos++;
        }
        while (d % 5 == 0) {
            d /= 5;
            fives++;
        }
        if (d != 1) {
            return divide(sum, n, 10, RoundingMode.HALF_EVEN);
        }
        int k = Math.max(twos, fives);
        if (k < POW10.length) {
            try {
                long q = Math.multiplyExact(sum, POW10[k]) / n; // exact
                return plainOf(q, scale + k);
            } catch (ArithmeticException overflow) {
                // fall through
            }
        }
        BigDecimal s = BigDecimal.valueOf(sum, scale);
        return plainOf(s.divide(BigDecimal.valueOf(n)));
    }

    private static BigDecimal plainOf(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /**
     * Policy CRITERION_MEAN on one criterion: the option whose marker the members' mean points miss at star level
     * {@code s + 3}, or -1 when the minimum is met or there is none. Comparing sums avoids dividing.
     */
    private int meanMissedBy(int i, int s, int[][] slots) {
        long reqSum = 0;
        long ptsSum = 0;
        int by = -1;
        for (int[] m : slots) {
            int c = choiceOf(i, m[i]);
            int row = c + 1 < 0 ? 0 : c + 1;
            long r = required[i][row][s];
            if (r != NO_REQUIREMENT) {
                reqSum += r;
                by = requiredBy[i][row][s];
            }
            ptsSum += slotPoints[m[i]];
        }
        return by >= 0 && ptsSum < reqSum ? by : -1;
    }

    /** Whether the members' mean points miss a star's minimum on some criterion (policy CRITERION_MEAN). */
    private boolean failsOnMean(int star, int[][] slots) {
        int s = star - 3;
        for (int i = 0; i < leaves.length; i++) {
            if (meanMissedBy(i, s, slots) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every marked minimum missed up to a star level: the minimums are cumulative (a 3★ marker binds 4★ and 5★ too),
     * so a criterion answered below both its 3★ and its 4★ marker yields two entries when the level is 4★ or 5★, the
     * lower one being the minimum that set the class. In criterion order, then marker level, then member order.
     */
    private List<FailedMinimum> failuresUpTo(int star, List<EvaluationSheet> sheets, int[][] slots, int[] agreed,
            MinimumPolicy policy, int failMask, byte[] leafFails) {
        // a set: a marker missed at 3★ is missed at 4★ and 5★ too, and members may share a name
        LinkedHashSet<FailedMinimum> all = new LinkedHashSet<>();
        for (int level = 3; level <= star; level++) {
            all.addAll(failures(level, sheets, slots, agreed, policy, failMask, leafFails));
        }
        List<FailedMinimum> out = new ArrayList<>(all);
        // criterion order, then marker level; the sort is stable, so member order stays
        out.sort(java.util.Comparator.comparingInt((FailedMinimum f) -> leafIndex.get(f.criterion()))
                .thenComparing(FailedMinimum::stars));
        return out;
    }

    /**
     * The minimums of a star level that are missed, in criterion order (and member order within a criterion).
     *
     * @param failMask bits (star - 3) of the levels missed anywhere, or -1 when not known (policy CRITERION_MEAN)
     * @param leafFails the same per criterion over the members' sheets (policy EVERY_MEMBER)
     */
    private List<FailedMinimum> failures(int star, List<EvaluationSheet> sheets, int[][] slots, int[] agreed,
            MinimumPolicy policy, int failMask, byte[] leafFails) {
        int s = star - 3;
        int bit = 1 << s;
        if ((failMask & bit) == 0) {
            return List.of();
        }
        if (policy == MinimumPolicy.EVERY_MEMBER) {
            int count = 0;
            for (int i = 0; i < leaves.length; i++) {
                if ((leafFails[i] & bit) != 0) {
                    for (int[] m : slots) {
                        count += (slotFails[m[i]] & bit) >> s;
                    }
                }
            }
            FailedMinimum[] out = new FailedMinimum[count];
            int o = 0;
            for (int i = 0; i < leaves.length; i++) {
                if ((leafFails[i] & bit) != 0) {
                    for (int k = 0; k < slots.length; k++) {
                        int slot = slots[k][i];
                        if ((slotFails[slot] & bit) != 0) {
                            FailedMinimum t = failTemplate(i, slot, s);
                            out[o++] = new FailedMinimum(t.stars(), t.criterion(), t.criterionName(), t.required(),
                                    t.actual(), sheets.get(k).member(), t.citation());
                        }
                    }
                }
            }
            return List.of(out);
        }
        if (policy == MinimumPolicy.AGREED_SHEET) {
            List<FailedMinimum> out = new ArrayList<>();
            for (int i = 0; i < leaves.length; i++) {
                if ((slotFails[agreed[i]] & bit) != 0) {
                    out.add(failTemplate(i, agreed[i], s));
                }
            }
            return out;
        }
        List<FailedMinimum> out = new ArrayList<>();
        for (int i = 0; i < leaves.length; i++) {
            int by = meanMissedBy(i, s, slots);
            if (by >= 0) {
                long ptsSum = 0;
                for (int[] m : slots) {
                    ptsSum += slotPoints[m[i]];
                }
                Option o = options[i][by];
                out.add(new FailedMinimum(o.minStars(), leaves[i].code(), leaves[i].name(), o.points(),
                        divide(ptsSum, slots.length, 2, RoundingMode.HALF_UP), null, optionCitation(i, by)));
            }
        }
        return out;
    }

    /**
     * The failed minimum of a slot that misses the minimum of a star level (star - 3 = s), without member; made on
     * first use (a benign race: failed minimums are immutable).
     */
    private FailedMinimum failTemplate(int i, int slot, int s) {
        FailedMinimum[] cache = failTemplates;
        if (cache == null) {
            cache = new FailedMinimum[slotPoints.length * 3];
            failTemplates = cache;
        }
        FailedMinimum t = cache[slot * 3 + s];
        if (t == null) {
            int c = choiceOf(i, slot);
            int row = c >= 0 ? c + 1 : 0;
            int by = requiredBy[i][row][s];
            Option o = options[i][by];
            t = new FailedMinimum(o.minStars(), leaves[i].code(), leaves[i].name(), o.points(), slotPlainPoints[slot],
                    null, optionCitation(i, by));
            cache[slot * 3 + s] = t;
        }
        return t;
    }

    private String optionCitation(int leaf, int option) {
        String c = optionCitation[leaf][option];
        if (c == null) {
            c = set.citeOption(leaves[leaf].code(), option);
            optionCitation[leaf][option] = c;
        }
        return c;
    }

    /** Builds the explanation of a verdict (see {@link Verdict#explanation()}). */
    Explanation explain(Verdict v) {
        int[][] slots = v.slots();
        int n = slots.length;
        MinimumPolicy policy = v.options().minimumPolicy();
        Classification cls = v.classification();
        Star bandStars = cls.bandStars();
        Star awarded = cls.stars();

        CriterionLine[] lines = new CriterionLine[leaves.length];
        byte[] leafFails = new byte[leaves.length];
        long[] parts = new long[partCodes.length];
        String[] codes = new String[n];
        CriterionLine[] unanimous = n <= UNANIMOUS_MAX ? unanimousLines : null;
        if (unanimous == null && n <= UNANIMOUS_MAX) {
            unanimous = new CriterionLine[slotPoints.length * UNANIMOUS_MAX];
            unanimousLines = unanimous;
        }
        for (int i = 0; i < leaves.length; i++) {
            long s = 0;
            int fails = 0;
            int first = slots[0][i];
            boolean same = true;
            for (int k = 0; k < n; k++) {
                int slot = slots[k][i];
                s += slotPoints[slot];
                fails |= slotFails[slot];
                codes[k] = slotCode[slot];
                same &= slot == first;
            }
            leafFails[i] = (byte) fails;
            parts[partOf[i]] += s;
            CriterionLine line = null;
            int key = first * UNANIMOUS_MAX + n - 1;
            if (same && unanimous != null) {
                line = unanimous[key];
            }
            if (line == null) {
                line = new CriterionLine(leaves[i].code(), leaves[i].name(), leaves[i].max(), criterionMean(s, n),
                        listOf(codes), leafCitation[i]);
                if (same && unanimous != null) {
                    unanimous[key] = line;
                }
            }
            lines[i] = line;
        }
        Map<String, BigDecimal> partMeans = new LinkedHashMap<>();
        for (int p = 0; p < parts.length; p++) {
            partMeans.put(partCodes[p], divide(parts[p], n, 2, RoundingMode.HALF_UP));
        }

        List<FailedMinimum> failedAtBand = List.of();
        if (cls.knockOutReasons().isEmpty() && bandStars.level() >= 3) {
            failedAtBand = failuresUpTo(bandStars.level(), v.sheets(), slots, v.agreed(), policy, v.failMask(),
                    leafFails);
        }
        Star next = awarded == null ? null : awarded.next();
        BigDecimal toNext = null;
        List<FailedMinimum> forNext = List.of();
        if (next != null) {
            int nb = bandOfStar[next.level()];
            long need = (nb >= 0 ? bandFrom[nb] : scaled(edition.band(next).from())) * n - v.sum();
            toNext = need <= 0 ? BigDecimal.ZERO : divide(need, n, 2, RoundingMode.UP);
            forNext = next.level() >= 3
                    ? failuresUpTo(next.level(), v.sheets(), slots, v.agreed(), policy, v.failMask(), leafFails)
                    : List.of();
        }
        return new Explanation(editionId, edition.citation(), setNumber, set.name(), List.of(lines), partMeans,
                bandText[v.band()], policy, failedAtBand, next, toNext, forNext, cls.knockOutReasons());
    }

    /** {@code divide(sum, n, 2, HALF_UP)}, the members' mean points on one criterion, from a cache when small. */
    private BigDecimal criterionMean(long sum, int n) {
        if (n > UNANIMOUS_MAX || sum < 0 || sum > maxLeafPoints * n || maxLeafPoints > 1000) {
            return divide(sum, n, 2, RoundingMode.HALF_UP);
        }
        BigDecimal[] cache = criterionMeans[n - 1];
        if (cache == null) {
            cache = new BigDecimal[(int) (maxLeafPoints * n) + 1];
            criterionMeans[n - 1] = cache;
        }
        BigDecimal m = cache[(int) sum];
        if (m == null) {
            m = divide(sum, n, 2, RoundingMode.HALF_UP);
            cache[(int) sum] = m;
        }
        return m;
    }

    /** {@code List.of(codes)} with one array copy fewer for up to 10 members (the fixed-arity factories). */
    private static List<String> listOf(String[] c) {
        switch (c.length) {
            case 1: return List.of(c[0]);
            case 2: return List.of(c[0], c[1]);
            case 3: return List.of(c[0], c[1], c[2]);
            case 4: return List.of(c[0], c[1], c[2], c[3]);
            case 5: return List.of(c[0], c[1], c[2], c[3], c[4]);
            case 6: return List.of(c[0], c[1], c[2], c[3], c[4], c[5]);
            case 7: return List.of(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
            case 8: return List.of(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
            case 9: return List.of(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
            case 10: return List.of(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
            default: return List.of(c);
        }
    }

    /** Builds the full result of a verdict (see {@link Verdict#result()}). */
    CouncilResult result(Verdict v) {
        List<EvaluationSheet> sheets = v.sheets();
        int[][] slots = v.slots();
        int n = slots.length;
        long sum = v.sum();
        CouncilOptions opts = v.options();
        List<SheetScore> scores = new ArrayList<>(n);
        long[] totals = new long[n];
        for (int k = 0; k < n; k++) {
            scores.add(toScore(sheets.get(k), slots[k]));
            long t = 0;
            for (int slot : slots[k]) {
                t += slotPoints[slot];
            }
            totals[k] = t;
        }
        List<MemberTotal> members = new ArrayList<>(n);
        List<String> outliers = new ArrayList<>();
        BigDecimal limit = n > 1 ? opts.outlierPoints().multiply(BigDecimal.valueOf(n - 1)) : null;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int k = 0; k < n; k++) {
            min = Math.min(min, totals[k]);
            max = Math.max(max, totals[k]);
            BigDecimal others = null;
            boolean out = false;
            if (n > 1) {
                long othersSum = sum - totals[k];
                others = divide(othersSum, n - 1, 2, RoundingMode.HALF_UP);
                // |total - othersSum / (n - 1)| > threshold, compared exactly
                BigDecimal gap = BigDecimal.valueOf(Math.abs(totals[k] * (n - 1) - othersSum), scale);
                out = gap.compareTo(limit) > 0;
            }
            members.add(new MemberTotal(sheets.get(k).member(), unscaled(totals[k]), others, out));
            if (out) {
                outliers.add(sheets.get(k).member());
            }
        }
        Classification cls = v.classification();
        return new CouncilResult(editionId, setNumber, scores, members, cls.mean(),
                divide(sum, n, opts.displayScale(), RoundingMode.HALF_UP), unscaled(max - min), outliers, cls,
                v.explanation());
    }
}
