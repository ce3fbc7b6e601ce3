package vn.ocop.scoring;

import vn.ocop.rubric.Authority;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.OcopException;
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
 * The engine as it was before the fast path (commit ea15462, {@code Evaluator} verbatim but for its name): the
 * reference that {@link EvaluatorEquivalenceTest} holds the optimised {@link Evaluator} to. Do not optimise it.
 */
final class ReferenceEvaluator {
    private static final int NONE = -1;
    private static final int MISSING = -2;
    private static final int NOT_APPLICABLE = -3;
    private static final long NO_REQUIREMENT = -1;

    private final Edition edition;
    private final RubricSet set;
    private final int scale;
    private final Criterion[] leaves;
    private final Map<String, Integer> leafIndex;
    private final Option[][] options;
    private final List<Map<String, Integer>> optionIndex;
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
    private final long[] bandFrom;
    private final long[] bandTo;
    private final boolean[] bandToInclusive;
    private final StarBand[] bands;
    private final Set<String> knockOutCodes;

    private ReferenceEvaluator(Edition edition, RubricSet set) {
        this.edition = edition;
        this.set = set;
        List<Criterion> leafList = set.leafCriteria();
        int n = leafList.size();
        int sc = 0;
        for (Criterion c : leafList) {
            for (Option o : c.answerOptions()) {
                sc = Math.max(sc, Math.max(0, o.points().stripTrailingZeros().scale()));
            }
        }
        for (StarBand b : edition.bands()) {
            sc = Math.max(sc, Math.max(0, b.from().stripTrailingZeros().scale()));
            sc = Math.max(sc, Math.max(0, b.to().stripTrailingZeros().scale()));
        }
        this.scale = sc;
        this.leaves = leafList.toArray(new Criterion[0]);
        this.leafIndex = new HashMap<>();
        this.options = new Option[n][];
        this.optionIndex = new ArrayList<>();
        this.points = new long[n][];
        this.required = new long[n][][];
        this.requiredBy = new int[n][][];
        this.onlyIfLeaf = new int[n];
        this.onlyIfAllowed = new boolean[n][];
        for (int i = 0; i < n; i++) {
            Criterion c = leaves[i];
            leafIndex.put(c.code(), i);
            options[i] = c.answerOptions().toArray(new Option[0]);
            Map<String, Integer> idx = new HashMap<>();
            points[i] = new long[options[i].length];
            for (int j = 0; j < options[i].length; j++) {
                idx.put(options[i][j].code(), j);
                points[i][j] = scaled(options[i][j].points());
            }
            optionIndex.add(idx);
            compileMinimums(i);
        }
        for (int i = 0; i < n; i++) {
            onlyIfLeaf[i] = -1;
            if (leaves[i].onlyIf() != null) {
                int t = leafIndex.get(leaves[i].onlyIf().criterion());
                onlyIfLeaf[i] = t;
                onlyIfAllowed[i] = new boolean[options[t].length];
                for (String code : leaves[i].onlyIf().options()) {
                    onlyIfAllowed[i][optionIndex.get(t).get(code)] = true;
                }
            }
        }
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
        for (int b = 0; b < bands.length; b++) {
            bandFrom[b] = scaled(bands[b].from());
            bandTo[b] = scaled(bands[b].to());
            bandToInclusive[b] = bands[b].toInclusive();
        }
        this.knockOutCodes = new HashSet<>();
        for (KnockOut k : set.knockOuts()) {
            knockOutCodes.add(k.code());
        }
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
                                && java.util.Objects.equals(o.caseCode(), chosenCase) && points[i][j] > req) {
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
        return v.movePointRight(scale).longValueExact();
    }

    private BigDecimal unscaled(long v) {
        return plain(BigDecimal.valueOf(v, scale));
    }

    /** Strips trailing zeros without going to a negative scale (100, not 1E+2). */
    private static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * @param edition the edition, not null
     * @param setNumber number of one of its sets
     * @return an evaluator for that set
     * @throws OcopException if the edition has no such set
     */
    public static ReferenceEvaluator of(Edition edition, int setNumber) {
        return new ReferenceEvaluator(edition, edition.set(setNumber));
    }

    /**
     * @param edition the edition whose bands apply, not null
     * @param set a set of that edition (e.g. a draft loaded with {@code RubricLoader.loadSet}), not null
     * @return an evaluator for the set
     * @throws OcopException if the set belongs to another edition
     */
    public static ReferenceEvaluator of(Edition edition, RubricSet set) {
        if (!set.editionId().equals(edition.id())) {
            throw new OcopException("set " + set + " belongs to edition " + set.editionId() + ", not " + edition.id());
        }
        return new ReferenceEvaluator(edition, set);
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

    private int[] resolve(EvaluationSheet s, boolean draft, List<SheetProblem> problems) {
        String m = s.member();
        for (String v : vn.ocop.internal.Beans.violations(s)) {
            problems.add(new SheetProblem(SheetProblem.Kind.INVALID_FIELD, m, null, null, v));
        }
        if (!s.edition().equals(edition.id()) || s.set() != set.number()) {
            problems.add(new SheetProblem(SheetProblem.Kind.WRONG_SET, m, null, null, "sheet is for " + s.edition()
                    + " set " + s.set() + ", this evaluator scores " + edition.id() + " set " + set.number()));
        }
        int[] chosen = new int[leaves.length];
        Arrays.fill(chosen, MISSING);
        for (Answer a : s.answers()) {
            Integer li = leafIndex.get(a.criterion());
            if (li == null) {
                Criterion c = set.criterion(a.criterion());
                problems.add(new SheetProblem(SheetProblem.Kind.UNKNOWN_CRITERION, m, a.criterion(), a.option(),
                        c != null ? "criterion " + a.criterion() + " is scored through its sub-criteria "
                                + c.leaves().stream().map(Criterion::code).toList()
                                : "set " + set.number() + " has no criterion " + a.criterion()));
                continue;
            }
            if (chosen[li] != MISSING) {
                problems.add(new SheetProblem(SheetProblem.Kind.DUPLICATE_ANSWER, m, a.criterion(), a.option(),
                        "second answer for criterion " + a.criterion() + " (first: "
                                + (chosen[li] == NONE ? Answer.NONE : options[li][chosen[li]].code()) + ")"));
                continue;
            }
            if (a.option().equals(Answer.NONE)) {
                chosen[li] = NONE;
                continue;
            }
            Integer oi = optionIndex.get(li).get(a.option());
            if (oi == null) {
                problems.add(new SheetProblem(SheetProblem.Kind.UNKNOWN_OPTION, m, a.criterion(), a.option(),
                        "criterion " + a.criterion() + " has no option '" + a.option() + "'; options: "
                                + optionIndex.get(li).keySet().stream().sorted().toList() + " or " + Answer.NONE));
                chosen[li] = NONE; // keep the criterion from being reported missing as well
                continue;
            }
            chosen[li] = oi;
        }
        for (int i = 0; i < leaves.length; i++) {
            int t = onlyIfLeaf[i];
            if (t < 0) {
                continue;
            }
            boolean applicable = chosen[t] == MISSING || (chosen[t] >= 0 && onlyIfAllowed[i][chosen[t]]);
            if (!applicable) {
                if (chosen[i] >= 0) {
                    problems.add(new SheetProblem(SheetProblem.Kind.NOT_APPLICABLE, m, leaves[i].code(),
                            options[i][chosen[i]].code(), "criterion " + leaves[i].code() + " applies only if: "
                                    + leaves[i].onlyIf().label() + " (criterion " + leaves[t].code()
                                    + "); leave it unanswered or answer " + Answer.NONE));
                }
                chosen[i] = NOT_APPLICABLE;
            }
        }
        if (!draft) {
            for (int i = 0; i < leaves.length; i++) {
                if (chosen[i] == MISSING) {
                    problems.add(new SheetProblem(SheetProblem.Kind.MISSING_ANSWER, m, leaves[i].code(), null,
                            "no answer for criterion " + leaves[i].code() + " (" + leaves[i].name() + ")"));
                }
            }
        }
        for (String k : s.knockOuts()) {
            if (!knockOutCodes.contains(k)) {
                problems.add(new SheetProblem(SheetProblem.Kind.UNKNOWN_KNOCK_OUT, m, null, k,
                        "set " + set.number() + " has no knock-out rule '" + k + "'; rules: " + knockOutCodes));
            }
        }
        return chosen;
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
        int[] chosen = resolve(sheet, draft, problems);
        if (!problems.isEmpty()) {
            throw new SheetValidationException("cannot score the sheet of " + sheet.member() + " for " + edition.id()
                    + " set " + set.number(), problems);
        }
        return toScore(sheet, chosen);
    }

    private SheetScore toScore(EvaluationSheet sheet, int[] chosen) {
        List<CriterionScore> crit = new ArrayList<>(leaves.length);
        long[] g = new long[groupCodes.length];
        long[] p = new long[partCodes.length];
        long total = 0;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < leaves.length; i++) {
            int c = chosen[i];
            long pts = pointsOf(i, c);
            g[groupOf[i]] += pts;
            p[partOf[i]] += pts;
            total += pts;
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
                missing.add(leaves[i].code());
            }
            crit.add(new CriterionScore(leaves[i].code(), opt, unscaled(pts), st));
        }
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        for (int i = 0; i < g.length; i++) {
            groups.put(groupCodes[i], unscaled(g[i]));
        }
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
            parts.put(partCodes[i], unscaled(p[i]));
        }
        return new SheetScore(edition.id(), set.number(), sheet.member(), crit, groups, parts, unscaled(total),
                missing, sheet.knockOuts());
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
        return evaluate(Council.of(sheet), CouncilOptions.defaults());
    }

    /**
     * Evaluates a council with the default options ({@link CouncilOptions#defaults()}).
     *
     * @param council the council's sheets, not null
     * @return the result with its explanation
     * @throws SheetValidationException listing every problem of every sheet (drafts cannot be classified)
     */
    public CouncilResult evaluate(Council council) {
        return evaluate(council, CouncilOptions.defaults());
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
        List<SheetProblem> problems = new ArrayList<>();
        List<EvaluationSheet> sheets = council.members();
        int n = sheets.size();
        int[][] chosen = new int[n][];
        for (int k = 0; k < n; k++) {
            chosen[k] = resolve(sheets.get(k), false, problems);
        }
        int[] agreed = null;
        if (council.agreedSheet() != null) {
            agreed = resolve(council.agreedSheet(), false, problems);
        } else if (opts.minimumPolicy() == MinimumPolicy.AGREED_SHEET) {
            throw new OcopException("minimum policy AGREED_SHEET needs the council's agreed sheet (Council.withAgreedSheet)");
        }
        for (String k : council.knockOuts()) {
            if (!knockOutCodes.contains(k)) {
                problems.add(new SheetProblem(SheetProblem.Kind.UNKNOWN_KNOCK_OUT, "council", null, k,
                        "set " + set.number() + " has no knock-out rule '" + k + "'; rules: " + knockOutCodes));
            }
        }
        if (!problems.isEmpty()) {
            throw new SheetValidationException("cannot classify " + edition.id() + " set " + set.number(), problems);
        }
        long[] totals = new long[n];
        long sum = 0;
        for (int k = 0; k < n; k++) {
            long t = 0;
            for (int i = 0; i < leaves.length; i++) {
                t += pointsOf(i, chosen[k][i]);
            }
            totals[k] = t;
            sum += t;
        }
        int band = bandIndex(sum, n);
        Star bandStars = bands[band].stars();

        List<String> koReasons = new ArrayList<>();
        Set<String> ko = new java.util.LinkedHashSet<>(council.knockOuts());
        for (EvaluationSheet s : sheets) {
            ko.addAll(s.knockOuts());
        }
        if (council.agreedSheet() != null) {
            ko.addAll(council.agreedSheet().knockOuts());
        }
        for (String code : ko) {
            KnockOut k = set.knockOut(code);
            koReasons.add(k.code() + ": " + k.label() + " (" + k.citation() + ")");
        }

        Star awarded = null;
        List<FailedMinimum> failedAtBand = List.of();
        List<FailedMinimum> missedUpToBand = List.of();
        if (koReasons.isEmpty()) {
            awarded = bandStars;
            if (bandStars.level() >= 3) {
                failedAtBand = failures(bandStars.level(), sheets, chosen, agreed, opts.minimumPolicy());
                missedUpToBand = failuresUpTo(bandStars.level(), sheets, chosen, agreed, opts.minimumPolicy());
                awarded = Star.TWO;
                for (int s = bandStars.level(); s >= 3; s--) {
                    if (s == bandStars.level() ? failedAtBand.isEmpty()
                            : failures(s, sheets, chosen, agreed, opts.minimumPolicy()).isEmpty()) {
                        awarded = Star.of(s);
                        break;
                    }
                }
            }
        }
        Classification.Status status = awarded == null ? Classification.Status.REJECTED : Classification.Status.CLASSIFIED;
        Authority authority = awarded == null || awarded.level() < 3 ? Authority.NONE
                : awarded == Star.FIVE ? Authority.MINISTRY : Authority.PROVINCE;
        BigDecimal mean = exactMean(sum, n);
        Classification cls = new Classification(status, awarded, bandStars, mean,
                awarded != null && awarded.isCertifiable(), authority, koReasons);

        Star next = awarded == null ? null : awarded.next();
        BigDecimal toNext = null;
        List<FailedMinimum> forNext = List.of();
        if (next != null) {
            long need = scaled(edition.band(next).from()) * n - sum;
            toNext = need <= 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(need, scale).divide(BigDecimal.valueOf(n), 2, RoundingMode.UP);
            forNext = next.level() >= 3 ? failuresUpTo(next.level(), sheets, chosen, agreed, opts.minimumPolicy())
                    : List.of();
        }

        List<SheetScore> scores = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            scores.add(toScore(sheets.get(k), chosen[k]));
        }
        List<MemberTotal> members = new ArrayList<>(n);
        List<String> outliers = new ArrayList<>();
        BigDecimal threshold = opts.outlierPoints();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int k = 0; k < n; k++) {
            min = Math.min(min, totals[k]);
            max = Math.max(max, totals[k]);
            BigDecimal others = null;
            boolean out = false;
            if (n > 1) {
                long othersSum = sum - totals[k];
                others = BigDecimal.valueOf(othersSum, scale).divide(BigDecimal.valueOf(n - 1), 2, RoundingMode.HALF_UP);
                // |total - othersSum / (n - 1)| > threshold, compared exactly
                BigDecimal gap = BigDecimal.valueOf(Math.abs(totals[k] * (n - 1) - othersSum), scale);
                out = gap.compareTo(threshold.multiply(BigDecimal.valueOf(n - 1))) > 0;
            }
            members.add(new MemberTotal(sheets.get(k).member(), unscaled(totals[k]), others, out));
            if (out) {
                outliers.add(sheets.get(k).member());
            }
        }
        Explanation ex = explain(chosen, n, band, opts.minimumPolicy(), missedUpToBand, next, toNext, forNext, koReasons);
        return new CouncilResult(edition.id(), set.number(), scores, members, mean,
                BigDecimal.valueOf(sum, scale).divide(BigDecimal.valueOf(n), opts.displayScale(), RoundingMode.HALF_UP),
                unscaled(max - min), outliers, cls, ex);
    }

    private int bandIndex(long sum, int n) {
        for (int b = 0; b < bands.length; b++) {
            long lo = bandFrom[b] * n;
            long hi = bandTo[b] * n;
            if (sum >= lo && (sum < hi || (bandToInclusive[b] && sum == hi))) {
                return b;
            }
        }
        throw new OcopException("no band of " + edition.id() + " contains the mean " + exactMean(sum, n));
    }

    private BigDecimal exactMean(long sum, int n) {
        BigDecimal s = BigDecimal.valueOf(sum, scale);
        try {
            return plain(s.divide(BigDecimal.valueOf(n)));
        } catch (ArithmeticException nonTerminating) {
            return s.divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_EVEN);
        }
    }

    /** Every level from 3★ to {@code star}, each missed marker once, by criterion, then marker level. */
    private List<FailedMinimum> failuresUpTo(int star, List<EvaluationSheet> sheets, int[][] chosen, int[] agreed,
            MinimumPolicy policy) {
        java.util.LinkedHashSet<FailedMinimum> all = new java.util.LinkedHashSet<>();
        for (int level = 3; level <= star; level++) {
            all.addAll(failures(level, sheets, chosen, agreed, policy));
        }
        List<String> order = new ArrayList<>();
        for (Criterion c : leaves) {
            order.add(c.code());
        }
        List<FailedMinimum> out = new ArrayList<>(all);
        out.sort(java.util.Comparator.comparingInt((FailedMinimum f) -> order.indexOf(f.criterion()))
                .thenComparing(FailedMinimum::stars));
        return out;
    }

    private List<FailedMinimum> failures(int star, List<EvaluationSheet> sheets, int[][] chosen, int[] agreed,
            MinimumPolicy policy) {
        List<FailedMinimum> out = new ArrayList<>();
        int s = star - 3;
        for (int i = 0; i < leaves.length; i++) {
            switch (policy) {
                case EVERY_MEMBER:
                    for (int k = 0; k < chosen.length; k++) {
                        addIfFailed(out, i, chosen[k][i], s, sheets.get(k).member());
                    }
                    break;
                case AGREED_SHEET:
                    addIfFailed(out, i, agreed[i], s, null);
                    break;
                case CRITERION_MEAN:
                default:
                    long reqSum = 0;
                    long ptsSum = 0;
                    int by = -1;
                    for (int[] c : chosen) {
                        long r = required[i][c[i] + 1 < 0 ? 0 : c[i] + 1][s];
                        if (r != NO_REQUIREMENT) {
                            reqSum += r;
                            by = requiredBy[i][Math.max(0, c[i] + 1)][s];
                        }
                        ptsSum += pointsOf(i, c[i]);
                    }
                    if (by >= 0 && ptsSum < reqSum) {
                        Option o = options[i][by];
                        out.add(new FailedMinimum(o.minStars(), leaves[i].code(), leaves[i].name(), o.points(),
                                BigDecimal.valueOf(ptsSum, scale).divide(BigDecimal.valueOf(chosen.length), 2,
                                        RoundingMode.HALF_UP), null, set.citeOption(leaves[i].code(), by)));
                    }
                    break;
            }
        }
        return out;
    }

    private void addIfFailed(List<FailedMinimum> out, int i, int c, int s, String member) {
        int row = c >= 0 ? c + 1 : 0;
        long req = required[i][row][s];
        if (req == NO_REQUIREMENT || pointsOf(i, c) >= req) {
            return;
        }
        int by = requiredBy[i][row][s];
        Option o = options[i][by];
        out.add(new FailedMinimum(o.minStars(), leaves[i].code(), leaves[i].name(), o.points(),
                unscaled(pointsOf(i, c)), member, set.citeOption(leaves[i].code(), by)));
    }

    private Explanation explain(int[][] chosen, int n, int band, MinimumPolicy policy, List<FailedMinimum> failedAtBand,
            Star next, BigDecimal toNext, List<FailedMinimum> forNext, List<String> koReasons) {
        List<CriterionLine> lines = new ArrayList<>(leaves.length);
        long[] parts = new long[partCodes.length];
        for (int i = 0; i < leaves.length; i++) {
            long s = 0;
            List<String> opts = new ArrayList<>(n);
            for (int[] c : chosen) {
                s += pointsOf(i, c[i]);
                opts.add(c[i] >= 0 ? options[i][c[i]].code() : c[i] == NONE ? Answer.NONE : "-");
            }
            parts[partOf[i]] += s;
            lines.add(new CriterionLine(leaves[i].code(), leaves[i].name(), leaves[i].max(),
                    BigDecimal.valueOf(s, scale).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP), opts,
                    set.citeCriterion(leaves[i].code())));
        }
        Map<String, BigDecimal> partMeans = new LinkedHashMap<>();
        for (int p = 0; p < parts.length; p++) {
            partMeans.put(partCodes[p], BigDecimal.valueOf(parts[p], scale).divide(BigDecimal.valueOf(n), 2,
                    RoundingMode.HALF_UP));
        }
        String bandText = bands[band] + " (" + bands[band].citation() + ")";
        return new Explanation(edition.id(), edition.citation(), set.number(), set.name(), lines, partMeans, bandText,
                policy, dedupe(failedAtBand), next, toNext, dedupe(forNext), koReasons);
    }

    private static List<FailedMinimum> dedupe(List<FailedMinimum> in) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(in));
    }
}
