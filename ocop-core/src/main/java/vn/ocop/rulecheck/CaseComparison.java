package vn.ocop.rulecheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.RubricSet;
import vn.ocop.product.RegistrationKind;
import vn.ocop.rubric.Authority;
import vn.ocop.product.Routing;
import vn.ocop.scoring.Classification;
import vn.ocop.scoring.PolicyAlternative;
import vn.ocop.scoring.CouncilResult;
import vn.ocop.scoring.CriterionLine;
import vn.ocop.scoring.FailedMinimum;
import vn.ocop.scoring.MemberTotal;
import vn.ocop.scoring.MinimumPolicy;
import vn.ocop.scoring.SheetProblem;

/**
 * Compares what a case expects with what the engine produced, key by key (only the keys the case gives), and
 * describes the engine's result in one line. Each difference is one line of text for the case's author.
 */
final class CaseComparison {
    private final RuleCheckCase.Expected x;
    private final List<String> diffs = new ArrayList<>();
    private Authority level = Authority.PROVINCE;
    private RegistrationKind registration = RegistrationKind.FIRST;

    private CaseComparison(RuleCheckCase.Expected x) {
        this.x = x;
    }

    /** @return the differences between the case's expectations and a result */
    static List<String> of(RuleCheckCase rc, CouncilResult r, RubricSet set) {
        RuleCheckCase.Expected x = rc.expected();
        CaseComparison c = new CaseComparison(x);
        c.level = rc.level();
        c.registration = rc.registration();
        if (x.sheetProblems() != null) {
            c.diffs.add("sheetProblems: expected the sheets to be refused with " + x.sheetProblems()
                    + ", but they were evaluated");
        }
        c.figures(r, set);
        c.stars(r);
        c.minimums(r);
        c.recognition(r);
        return c.diffs;
    }

    /** @return the differences between the problems a case expects and those the engine reported */
    static List<String> ofProblems(RuleCheckCase.Expected x, List<SheetProblem> got) {
        CaseComparison c = new CaseComparison(x);
        if (x.sheetProblems() == null) {
            c.diffs.add("the sheets cannot be evaluated: " + lines(got));
        } else {
            c.problems(x.sheetProblems(), got);
        }
        return c.diffs;
    }

    private void figures(CouncilResult r, RubricSet set) {
        if (x.totals() != null) {
            List<BigDecimal> got = r.members().stream().map(MemberTotal::total).toList();
            if (!sameNumbers(x.totals(), got)) {
                diffs.add("totals: expected " + plain(x.totals()) + ", got " + plain(got));
            }
        }
        if (x.parts() != null) {
            points("parts", x.parts(), r.explanation().parts());
        }
        if (x.criteria() != null) {
            points("criteria", x.criteria(), criterionMeans(r, set));
        }
        number("mean", x.mean(), r.mean());
        number("meanDisplay", x.meanDisplay(), r.meanDisplay());
    }

    /** The members' mean per criterion, and per parent criterion the sum of its sub-criteria's. */
    private Map<String, BigDecimal> criterionMeans(CouncilResult r, RubricSet set) {
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        for (CriterionLine l : r.explanation().criteria()) {
            lines.put(l.criterion(), l.meanPoints());
        }
        for (String code : x.criteria().keySet()) {
            Criterion cr = set.criterion(code);
            if (!lines.containsKey(code) && cr != null && !cr.isLeaf()) {
                lines.put(code, cr.leaves().stream().map(l -> lines.get(l.code())).reduce(BigDecimal.ZERO,
                        BigDecimal::add));
            }
        }
        return lines;
    }

    private void stars(CouncilResult r) {
        Classification cls = r.classification();
        if (x.bandStars() != null && x.bandStars() != cls.bandStars()) {
            diffs.add("bandStars: expected " + x.bandStars() + ", got " + cls.bandStars() + " (mean "
                    + r.mean().toPlainString() + ")");
        }
        if (x.rejected() != null) {
            String want = x.rejected() ? "rejected" : String.valueOf(x.stars());
            String got = cls.status() == Classification.Status.REJECTED ? "rejected" : String.valueOf(cls.stars());
            if (!want.equals(got)) {
                diffs.add("stars: expected " + want + ", got " + got);
            }
        }
        if (x.status() != null && x.status() != cls.status()) {
            diffs.add("status: expected " + x.status() + ", got " + cls.status());
        }
        if (x.rescore() != null && !x.rescore().equals(cls.rescore())) {
            diffs.add("rescore: expected " + x.rescore() + ", got " + cls.rescore());
        }
        if (x.routes() != null) {
            Routing.Decision d = level == Authority.MINISTRY ? Routing.central(r) : Routing.provincial(r, registration);
            if (!x.routes().equals(d.routes())) {
                diffs.add("routes: expected " + x.routes() + ", got " + d.routes() + " (" + d.citation() + ")");
            }
        }
        if (x.alternatives() != null) {
            Map<MinimumPolicy, String> got = new LinkedHashMap<>();
            for (PolicyAlternative a : r.alternatives()) {
                got.put(a.policy(), a.stars() == null ? "stopped" : String.valueOf(a.stars().level()));
            }
            if (!x.alternatives().equals(got)) {
                diffs.add("alternatives: expected " + x.alternatives() + ", got " + got);
            }
        }
    }

    private void recognition(CouncilResult r) {
        Classification cls = r.classification();
        if (x.certifiable() != null && x.certifiable() != cls.certifiable()) {
            diffs.add("certifiable: expected " + x.certifiable() + ", got " + cls.certifiable());
        }
        if (x.authority() != null && x.authority() != cls.authority()) {
            diffs.add("authority: expected " + x.authority() + ", got " + cls.authority());
        }
        if (x.knockOuts() != null) {
            Set<String> got = new LinkedHashSet<>(codes(cls.knockOutRules()));
            if (!new TreeSet<>(x.knockOuts()).equals(new TreeSet<>(got))) {
                diffs.add("knockOuts: expected " + x.knockOuts() + ", got " + got);
            }
        }
    }

    private void minimums(CouncilResult r) {
        if (x.failedMinimums() != null) {
            minimums("failedMinimums", x.failedMinimums(), r.explanation().failedMinimums());
        }
        if (x.minimumsForNextStar() != null) {
            minimums("minimumsForNextStar", x.minimumsForNextStar(), r.explanation().minimumsForNextStar());
        }
        if (x.pointsToNextBand() != null) {
            BigDecimal got = r.explanation().pointsToNextBand();
            if (got == null || got.compareTo(x.pointsToNextBand()) != 0) {
                diffs.add("pointsToNextBand: expected " + x.pointsToNextBand().toPlainString() + ", got "
                        + (got == null ? "none (no next star)" : got.toPlainString()));
            }
        }
    }

    private void minimums(String what, List<RuleCheckCase.ExpectedMinimum> want, List<FailedMinimum> got) {
        Set<String> wantPairs = new TreeSet<>();
        for (RuleCheckCase.ExpectedMinimum m : want) {
            wantPairs.add(m.criterion() + " " + m.stars());
        }
        Set<String> gotPairs = new TreeSet<>();
        for (FailedMinimum f : got) {
            gotPairs.add(f.criterion() + " " + f.stars());
        }
        if (!wantPairs.equals(gotPairs)) {
            diffs.add(what + ": expected " + wantPairs + ", got " + describe(got));
            return;
        }
        for (RuleCheckCase.ExpectedMinimum m : want) {
            if (m.member() != null && got.stream().noneMatch(f -> f.criterion().equals(m.criterion())
                    && f.stars() == m.stars() && m.member().equals(f.member()))) {
                diffs.add(what + ": expected " + m + ", but no such member misses it; got " + describe(got));
            }
        }
    }

    private void problems(List<RuleCheckCase.ExpectedProblem> want, List<SheetProblem> got) {
        List<SheetProblem> left = new ArrayList<>(got);
        List<RuleCheckCase.ExpectedProblem> missing = new ArrayList<>();
        for (RuleCheckCase.ExpectedProblem p : want) {
            SheetProblem hit = left.stream().filter(g -> g.kind() == p.kind()
                    && (p.criterion() == null || p.criterion().equals(g.criterion()))
                    && (p.member() == null || p.member().equals(g.member()))).findFirst().orElse(null);
            if (hit == null) {
                missing.add(p);
            } else {
                left.remove(hit);
            }
        }
        if (!missing.isEmpty() || !left.isEmpty()) {
            List<String> gotText = new ArrayList<>();
            got.stream().sorted(Comparator.comparing(SheetProblem::kind)).forEach(g -> gotText.add(describe(g)));
            diffs.add("sheetProblems: expected " + want + ", got " + gotText);
        }
    }

    private void points(String what, Map<String, BigDecimal> want, Map<String, BigDecimal> got) {
        for (Map.Entry<String, BigDecimal> e : want.entrySet()) {
            BigDecimal g = got.get(e.getKey());
            if (g == null) {
                diffs.add(what + ": no " + e.getKey() + " in this set; known: " + got.keySet());
            } else if (g.compareTo(e.getValue()) != 0) {
                diffs.add(what + " " + e.getKey() + ": expected " + e.getValue().toPlainString() + ", got "
                        + g.toPlainString());
            }
        }
    }

    private void number(String what, BigDecimal want, BigDecimal got) {
        if (want != null && want.compareTo(got) != 0) {
            diffs.add(what + ": expected " + want.toPlainString() + ", got " + got.toPlainString());
        }
    }

    /** @return the engine's result in one line: totals, mean, band, and the class or the rejection */
    static String summary(String where, MinimumPolicy policy, CouncilResult r) {
        Classification cls = r.classification();
        Set<String> failed = new LinkedHashSet<>();
        for (FailedMinimum f : r.explanation().failedMinimums()) {
            failed.add(f.criterion() + " " + f.stars());
        }
        return where + ", " + policy + ": totals " + plain(r.members().stream().map(MemberTotal::total).toList())
                + ", mean " + r.mean().toPlainString() + ", band " + cls.bandStars() + ", "
                + (cls.status() == Classification.Status.REJECTED ? "rejected " + codes(cls.knockOutRules())
                        : "awarded " + cls.stars() + ", failed minimums " + failed + ", authority " + cls.authority());
    }

    private static List<String> codes(List<KnockOut> rules) {
        return rules.stream().map(KnockOut::code).toList();
    }

    private static boolean sameNumbers(List<BigDecimal> a, List<BigDecimal> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).compareTo(b.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    private static List<String> plain(Collection<BigDecimal> in) {
        return in.stream().map(BigDecimal::toPlainString).toList();
    }

    private static List<String> describe(List<FailedMinimum> got) {
        List<String> out = new ArrayList<>();
        for (FailedMinimum f : got) {
            out.add(f.criterion() + " " + f.stars() + " (needs " + f.required().toPlainString() + ", has "
                    + f.actual().toPlainString() + (f.member() == null ? "" : ", " + f.member()) + ")");
        }
        return out;
    }

    /** A problem as a case names it ({@code NOT_APPLICABLE 5.2 [Thành viên 1]}) and what is wrong. */
    static String describe(SheetProblem p) {
        return p.kind() + (p.criterion() == null ? "" : " " + p.criterion())
                + " [" + (p.member() == null ? "council" : p.member()) + "]: " + p.message(Locale.ENGLISH);
    }

    private static String lines(List<SheetProblem> problems) {
        StringBuilder sb = new StringBuilder();
        for (SheetProblem p : problems) {
            sb.append("\n  ").append(describe(p));
        }
        return sb.toString();
    }
}
