package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.RubricSet;

/**
 * A deliberately simple classifier written from the text of the law, sharing no code with {@link Evaluator}: it
 * reads only the rubric data (options, points, star markers, "only if" conditions) and works on plain maps with
 * {@link BigDecimal}s, one obvious loop at a time. It exists to be compared with the engine on random sheets.
 *
 * <ul>
 * <li>A member's total is the sum of the points of the options ticked; {@value Answer#NONE} and a criterion whose
 * "only if" condition is not met score 0.</li>
 * <li>Điều 3.3 (the same bands in 148/2023): on the mean of the members' totals, 5★ from 90 to 100, 4★ from 70 to
 * under 90, 3★ from 50 to under 70, 2★ from 30 to under 50, 1★ under 30. Compared exactly: mean ≥ b ⇔ sum ≥ b × n.</li>
 * <li>Phụ lục II, star markers: to be classed s★ (s = 3, 4, 5) a product must, on every criterion, reach at least
 * the points of every option marked for s★ or a lower class ("points ≥ marked option's points"; for tourism
 * criteria with "choose one case", the marked options of the case the ticked option belongs to). The highest star
 * whose band is reached and whose minimums are met is awarded; a product in the 3★ band or above that misses a
 * 3★ minimum is 2★.</li>
 * <li>Council (policy EVERY_MEMBER): a minimum is met when every member's sheet meets it.</li>
 * <li>A knock-out found by anyone rejects the dossier: no star.</li>
 * </ul>
 */
final class ReferenceClassifier {
    private ReferenceClassifier() {
    }

    /**
     * @param stars awarded, null when rejected
     * @param bandStars star of the band of the mean
     * @param totals each member's total
     * @param failedAtBand "member|criterion" of every minimum missed at the band's star (empty below 3★ or when
     *        rejected)
     */
    record Result(Integer stars, int bandStars, List<BigDecimal> totals, Set<String> failedAtBand) {
    }

    static Result classify(RubricSet set, List<String> members, List<Map<String, String>> answers,
            boolean knockedOut) {
        List<BigDecimal> totals = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map<String, String> a : answers) {
            BigDecimal t = BigDecimal.ZERO;
            for (Criterion c : set.leafCriteria()) {
                t = t.add(reached(set, c, a));
            }
            totals.add(t);
            sum = sum.add(t);
        }
        int n = answers.size();
        int band = band(sum, n);
        Set<String> failedAtBand = new LinkedHashSet<>();
        if (knockedOut) {
            return new Result(null, band, totals, failedAtBand);
        }
        if (band < 3) {
            return new Result(band, band, totals, failedAtBand);
        }
        for (int k = 0; k < n; k++) {
            for (Criterion c : set.leafCriteria()) {
                if (!meets(set, c, answers.get(k), band)) {
                    failedAtBand.add(members.get(k) + "|" + c.code());
                }
            }
        }
        for (int s = band; s >= 3; s--) {
            boolean all = true;
            for (Map<String, String> a : answers) {
                for (Criterion c : set.leafCriteria()) {
                    all &= meets(set, c, a, s);
                }
            }
            if (all) {
                return new Result(s, band, totals, failedAtBand);
            }
        }
        return new Result(2, band, totals, failedAtBand);
    }

    /** Điều 3.3, exactly on the mean sum / n. */
    static int band(BigDecimal sum, int n) {
        BigDecimal members = BigDecimal.valueOf(n);
        if (sum.compareTo(BigDecimal.valueOf(100).multiply(members)) > 0 || sum.signum() < 0) {
            throw new AssertionError("a mean outside 0 to 100: " + sum + " / " + n);
        }
        if (sum.compareTo(BigDecimal.valueOf(90).multiply(members)) >= 0) {
            return 5;
        }
        if (sum.compareTo(BigDecimal.valueOf(70).multiply(members)) >= 0) {
            return 4;
        }
        if (sum.compareTo(BigDecimal.valueOf(50).multiply(members)) >= 0) {
            return 3;
        }
        if (sum.compareTo(BigDecimal.valueOf(30).multiply(members)) >= 0) {
            return 2;
        }
        return 1;
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
        Option o = ticked(set, c, answers);
        BigDecimal reached = o == null ? BigDecimal.ZERO : o.points();
        if (c.cases().isEmpty() || o != null) {
            String inCase = o == null ? null : o.caseCode();
            for (Option m : c.options()) {
                if (m.minStars() != null && m.minStars().level() <= s && (c.cases().isEmpty()
                        || m.caseCode().equals(inCase)) && reached.compareTo(m.points()) < 0) {
                    return false;
                }
            }
            return true;
        }
        // nothing ticked on a "choose one case" criterion: met if some case asks for nothing above 0
        for (var k : c.cases()) {
            boolean ok = true;
            for (Option m : c.options()) {
                if (m.minStars() != null && m.minStars().level() <= s && m.caseCode().equals(k.code())
                        && m.points().signum() > 0) {
                    ok = false;
                }
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }
}
