package vn.ocop.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.rubric.AnswerCondition;
import vn.ocop.rubric.CaseSpec;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.CriterionGroup;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.Part;
import vn.ocop.rubric.RubricSet;

/**
 * A deliberately simple classifier written from the text of the law, sharing no code with {@link Evaluator}: it
 * reads only the rubric data (options, points, star markers, "only if" conditions, cases) and works on plain maps
 * with {@link BigDecimal}s, one obvious loop at a time. It exists to be compared with the engine on random councils.
 *
 * <ul>
 * <li>A member's total is the sum of the points of the options ticked; {@value Answer#NONE} and a criterion whose
 * "only if" condition is not met score 0.</li>
 * <li>Điều 3.3 (the same bands in 148/2023): on the mean of the members' totals, 5★ from 90 to 100, 4★ from 70 to
 * under 90, 3★ from 50 to under 70, 2★ from 30 to under 50, 1★ under 30. Compared exactly: mean ≥ b ⇔ sum ≥ b × n.</li>
 * <li>Phụ lục II, star markers: to be classed s★ (s = 3, 4, 5) a product must, on every criterion, reach the points
 * of the <i>binding</i> marker of s★: among the options marked for s★ or a lower class, the one with the most points
 * (the first such; for a tourism criterion with "choose one case", among the marked options of the case of the
 * ticked option, and with nothing ticked, the case whose binding marker asks least). The highest star whose band is
 * reached and whose minimums are met is awarded; a product in the 3★ band or above that misses a 3★ minimum is 2★.</li>
 * <li>Council: under EVERY_MEMBER a minimum is met when every member's sheet meets it; under AGREED_SHEET when the
 * council's agreed sheet does; under CRITERION_MEAN when the members' points on the criterion add up to at least
 * what each member's own choice requires (a member whose case marks nothing requires nothing).</li>
 * <li>Knock-out findings: one the council records applies; one raised by members applies when the knock-out policy
 * says so (any member; more than half of the members), stays pending under COUNCIL, and is not carried by a
 * minority under MAJORITY. A rule on answers (its "when" conditions) is set off by a sheet whose answer on one of
 * its criteria is one of its options or "none", and applies when, under EVERY_MEMBER, a member's sheet sets it off;
 * under AGREED_SHEET, the agreed sheet does; under CRITERION_MEAN, the members' points on one of its criteria add
 * up to at most n × the most points among its options. A rule that applies rejects (no star, no minimums listed, no
 * next star); otherwise a pending finding leaves the result pending; otherwise, when the rules require a second
 * round, outliers make it "re-score required"; otherwise the product is classified.</li>
 * <li>The explanation: part and criterion means to 2 decimals half up; the minimums missed up to the band's star
 * (and up to the next star's) as "member|criterion|marker's star|points required|points reached" (member "-" and
 * the members' mean to 2 decimals half up for the agreed sheet and the mean); the
 * points the mean lacks for the next star's band, rounded up to 2 decimals (0 when it has them).</li>
 * <li>Outliers: members whose total is more than the threshold from the mean of the other members' totals.</li>
 * </ul>
 */
final class ReferenceClassifier {
    static final int[] BAND_FROM = {0, 0, 30, 50, 70, 90};

    private ReferenceClassifier() {
    }

    /** A council as the reference reads it: each member's answers, the agreed sheet's (or null), the options. */
    record Input(List<String> members, List<Map<String, String>> answers, Map<String, String> agreed,
            List<List<String>> memberKnockOuts, List<String> councilKnockOuts, MinimumPolicy policy,
            KnockOutPolicy knockOutPolicy, BigDecimal outlierPoints, int displayScale, boolean rescoreOutliers) {
    }

    /**
     * @param status the status's name
     * @param verdicts each knock-out rule raised or set off, by code, with its verdict's name, in the set's order
     * @param stars awarded, null when not classified
     * @param bandStars star of the band of the mean
     * @param totals each member's total
     * @param failedAtBand the minimums missed up to the band's star (empty below 3★ or when rejected)
     * @param forNextStar the minimums missed up to the next star's (empty when there is none or it is below 3★)
     * @param pointsToNext what the mean lacks for the next star's band, or null when there is no next star
     */
    record Result(String status, Map<String, String> verdicts, Integer stars, int bandStars, List<BigDecimal> totals, BigDecimal meanDisplay,
            Set<String> failedAtBand, Set<String> forNextStar, BigDecimal pointsToNext,
            Map<String, BigDecimal> partMeans, Map<String, BigDecimal> criterionMeans, List<String> outliers) {
    }

    static Result classify(RubricSet set, Input in) {
        List<BigDecimal> totals = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map<String, String> a : in.answers()) {
            BigDecimal t = BigDecimal.ZERO;
            for (Criterion c : set.leafCriteria()) {
                t = t.add(reached(set, c, a));
            }
            totals.add(t);
            sum = sum.add(t);
        }
        int n = in.answers().size();
        int band = band(sum, n);
        BigDecimal display = sum.divide(BigDecimal.valueOf(n), in.displayScale(), RoundingMode.HALF_UP);
        Map<String, String> verdicts = verdicts(set, in);
        List<String> outliers = outliers(in, totals, sum);
        String status = verdicts.containsValue("APPLIED") ? "REJECTED"
                : verdicts.containsValue("PENDING") ? "KNOCK_OUT_PENDING"
                : in.rescoreOutliers() && !outliers.isEmpty() ? "RESCORE_REQUIRED" : "CLASSIFIED";
        Integer stars = status.equals("CLASSIFIED") ? awarded(set, in, band) : null;
        Set<String> atBand = stars == null ? Set.of() : missedUpTo(set, in, band);
        Integer next = stars == null || stars == 5 ? null : stars + 1;
        Set<String> forNext = next == null ? Set.of() : missedUpTo(set, in, next);
        BigDecimal toNext = null;
        if (next != null) {
            BigDecimal need = BigDecimal.valueOf(BAND_FROM[next]).multiply(BigDecimal.valueOf(n)).subtract(sum);
            toNext = need.signum() <= 0 ? BigDecimal.ZERO : need.divide(BigDecimal.valueOf(n), 2, RoundingMode.UP);
        }
        return new Result(status, verdicts, stars, band, totals, display, atBand, forNext, toNext,
                partMeans(set, in.answers()), criterionMeans(set, in.answers()), outliers);
    }

    /** What becomes of each knock-out rule raised (findings) or set off (rules on answers), by code. */
    static Map<String, String> verdicts(RubricSet set, Input in) {
        Map<String, String> out = new LinkedHashMap<>();
        int n = in.answers().size();
        for (KnockOut rule : set.knockOuts()) {
            if (rule.answerDriven()) {
                boolean setOff = in.agreed() != null && setsOff(set, rule, in.agreed());
                boolean byMember = false;
                for (Map<String, String> a : in.answers()) {
                    byMember |= setsOff(set, rule, a);
                }
                if (setOff || byMember) {
                    boolean applies = switch (in.policy()) {
                        case EVERY_MEMBER -> byMember;
                        case AGREED_SHEET -> setOff;
                        case CRITERION_MEAN -> meanSetsOff(set, rule, in.answers());
                    };
                    out.put(rule.code(), applies ? "APPLIED" : "NOT_CARRIED");
                }
                continue;
            }
            int members = 0;
            for (List<String> codes : in.memberKnockOuts()) {
                members += codes.contains(rule.code()) ? 1 : 0;
            }
            if (in.councilKnockOuts().contains(rule.code())) {
                out.put(rule.code(), "APPLIED");
            } else if (members > 0) {
                out.put(rule.code(), switch (in.knockOutPolicy()) {
                    case COUNCIL -> "PENDING";
                    case MAJORITY -> members * 2 > n ? "APPLIED" : "NOT_CARRIED";
                    case ANY_MEMBER -> "APPLIED";
                });
            }
        }
        return out;
    }

    /** Whether one sheet's answers set off a rule on answers: an option of its conditions, or none. */
    static boolean setsOff(RubricSet set, KnockOut rule, Map<String, String> answers) {
        for (AnswerCondition w : rule.when()) {
            String a = answers.get(w.criterion());
            if (a != null && (a.equals(Answer.NONE) || w.options().contains(a))) {
                return true;
            }
        }
        return false;
    }

    /** CRITERION_MEAN: the members' points on one of the rule's criteria at most n times its options' most. */
    private static boolean meanSetsOff(RubricSet set, KnockOut rule, List<Map<String, String>> answers) {
        for (AnswerCondition w : rule.when()) {
            Criterion c = set.criterion(w.criterion());
            BigDecimal most = BigDecimal.ZERO;
            for (Option o : c.options()) {
                if (w.options().contains(o.code())) {
                    most = most.max(o.points());
                }
            }
            BigDecimal points = BigDecimal.ZERO;
            for (Map<String, String> a : answers) {
                points = points.add(reached(set, c, a));
            }
            if (points.compareTo(most.multiply(BigDecimal.valueOf(answers.size()))) <= 0) {
                return true;
            }
        }
        return false;
    }

    /** Điều 3.3, exactly on the mean sum / n. */
    static int band(BigDecimal sum, int n) {
        BigDecimal members = BigDecimal.valueOf(n);
        if (sum.compareTo(BigDecimal.valueOf(100).multiply(members)) > 0 || sum.signum() < 0) {
            throw new AssertionError("a mean outside 0 to 100: " + sum + " / " + n);
        }
        for (int s = 5; s >= 2; s--) {
            if (sum.compareTo(BigDecimal.valueOf(BAND_FROM[s]).multiply(members)) >= 0) {
                return s;
            }
        }
        return 1;
    }

    private static Integer awarded(RubricSet set, Input in, int band) {
        if (band < 3) {
            return band;
        }
        for (int s = band; s >= 3; s--) {
            if (missedAt(set, in, s).isEmpty()) {
                return s;
            }
        }
        return 2;
    }

    /** Every minimum missed at some level from 3★ up to {@code level}. */
    static Set<String> missedUpTo(RubricSet set, Input in, int level) {
        Set<String> out = new LinkedHashSet<>();
        for (int s = 3; s <= level; s++) {
            out.addAll(missedAt(set, in, s));
        }
        return out;
    }

    /** The minimums of level s missed under the council's policy, as "member|criterion|star|required|reached". */
    static Set<String> missedAt(RubricSet set, Input in, int s) {
        Set<String> out = new LinkedHashSet<>();
        for (Criterion c : set.leafCriteria()) {
            if (in.policy() == MinimumPolicy.CRITERION_MEAN) {
                Option m = missedOnMean(set, c, in.answers(), s);
                if (m != null) {
                    BigDecimal mean = BigDecimal.ZERO;
                    for (Map<String, String> a : in.answers()) {
                        mean = mean.add(reached(set, c, a));
                    }
                    mean = mean.divide(BigDecimal.valueOf(in.answers().size()), 2, RoundingMode.HALF_UP);
                    out.add(entry("-", c, m, mean));
                }
                continue;
            }
            List<Map<String, String>> sheets = in.policy() == MinimumPolicy.AGREED_SHEET ? List.of(in.agreed())
                    : in.answers();
            for (int k = 0; k < sheets.size(); k++) {
                Option b = binding(set, c, sheets.get(k), s);
                if (b != null && reached(set, c, sheets.get(k)).compareTo(b.points()) < 0) {
                    String who = in.policy() == MinimumPolicy.AGREED_SHEET ? "-" : in.members().get(k);
                    out.add(entry(who, c, b, reached(set, c, sheets.get(k))));
                }
            }
        }
        return out;
    }

    static String entry(String who, Criterion c, Option marker, BigDecimal reached) {
        return who + "|" + c.code() + "|" + marker.minStars().level() + "|" + plain(marker.points()) + "|"
                + plain(reached);
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /**
     * CRITERION_MEAN: the members' points against what each member's own choice requires; the marker named is the
     * last member's binding one.
     */
    private static Option missedOnMean(RubricSet set, Criterion c, List<Map<String, String>> answers, int s) {
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal required = BigDecimal.ZERO;
        Option named = null;
        for (Map<String, String> a : answers) {
            points = points.add(reached(set, c, a));
            Option b = binding(set, c, a, s);
            if (b != null) {
                required = required.add(b.points());
                named = b;
            }
        }
        return named != null && points.compareTo(required) < 0 ? named : null;
    }

    /** The binding marker of level s for what a sheet ticked on a criterion (see the class comment), or null. */
    static Option binding(RubricSet set, Criterion c, Map<String, String> answers, int s) {
        Option ticked = ticked(set, c, answers);
        if (c.cases().isEmpty() || ticked != null) {
            return bindingInCase(c, s, ticked == null ? null : ticked.caseCode());
        }
        Option weakest = null;
        for (CaseSpec k : c.cases()) {
            Option b = bindingInCase(c, s, k.code());
            if (b == null) {
                return null; // this case asks nothing
            }
            if (weakest == null || b.points().compareTo(weakest.points()) < 0) {
                weakest = b;
            }
        }
        return weakest;
    }

    private static Option bindingInCase(Criterion c, int s, String caseCode) {
        Option b = null;
        for (Option m : c.options()) {
            boolean inCase = caseCode == null ? m.caseCode() == null : caseCode.equals(m.caseCode());
            if (m.minStars() != null && m.minStars().level() <= s && inCase
                    && (b == null || m.points().compareTo(b.points()) > 0)) {
                b = m;
            }
        }
        return b;
    }

    /** The option ticked for a criterion, or null for none, not answered or not applicable. */
    static Option ticked(RubricSet set, Criterion c, Map<String, String> answers) {
        String code = answers.get(c.code());
        if (code == null || code.equals(Answer.NONE)) {
            return null;
        }
        if (c.onlyIf() != null) {
            String target = answers.get(c.onlyIf().criterion());
            if (target == null || !c.onlyIf().options().contains(target)) {
                return null;
            }
        }
        if (c.yesNo()) {
            // the law gives only a maximum: met scores the maximum, not met scores 0
            return code.equals("yes") ? new Option("yes", c.max(), "Có", null, null, List.of())
                    : new Option("no", BigDecimal.ZERO, "Không", null, null, List.of());
        }
        for (Option o : c.options()) {
            if (o.code().equals(code)) {
                return o;
            }
        }
        throw new AssertionError("criterion " + c.code() + " has no option " + code);
    }

    static BigDecimal reached(RubricSet set, Criterion c, Map<String, String> answers) {
        Option o = ticked(set, c, answers);
        return o == null ? BigDecimal.ZERO : o.points();
    }

    /** Whether the answer on one criterion meets every minimum marked for star s or lower. */
    static boolean meets(RubricSet set, Criterion c, Map<String, String> answers, int s) {
        Option b = binding(set, c, answers, s);
        return b == null || reached(set, c, answers).compareTo(b.points()) >= 0;
    }

    private static Map<String, BigDecimal> partMeans(RubricSet set, List<Map<String, String>> answers) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Part p : set.parts()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (CriterionGroup g : p.groups()) {
                for (Criterion c : g.criteria()) {
                    for (Criterion leaf : c.leaves()) {
                        for (Map<String, String> a : answers) {
                            sum = sum.add(reached(set, leaf, a));
                        }
                    }
                }
            }
            out.put(p.code(), sum.divide(BigDecimal.valueOf(answers.size()), 2, RoundingMode.HALF_UP));
        }
        return out;
    }

    private static Map<String, BigDecimal> criterionMeans(RubricSet set, List<Map<String, String>> answers) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Criterion c : set.leafCriteria()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Map<String, String> a : answers) {
                sum = sum.add(reached(set, c, a));
            }
            out.put(c.code(), sum.divide(BigDecimal.valueOf(answers.size()), 2, RoundingMode.HALF_UP));
        }
        return out;
    }

    /** Members more than the threshold from the others' mean: |total − others / (n − 1)| > threshold, exactly. */
    private static List<String> outliers(Input in, List<BigDecimal> totals, BigDecimal sum) {
        List<String> out = new ArrayList<>();
        int n = totals.size();
        for (int k = 0; k < n && n > 1; k++) {
            BigDecimal others = sum.subtract(totals.get(k));
            BigDecimal gap = totals.get(k).multiply(BigDecimal.valueOf(n - 1)).subtract(others).abs();
            if (gap.compareTo(in.outlierPoints().multiply(BigDecimal.valueOf(n - 1))) > 0) {
                out.add(in.members().get(k));
            }
        }
        return out;
    }
}
