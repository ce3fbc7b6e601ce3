package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.CriterionGroup;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.Part;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.RubricSet;

/**
 * Golden results: the engine's complete output (classification, mean and its display, member totals, outliers,
 * sheet scores, explanation figures, failed minimums, what the other minimum policies would give, knock-out verdicts
 * and who raised them, sheet problems) on a fixed corpus of seeded random councils over every bundled set and two
 * sets with quarter points, under every minimum policy, with agreed sheets, knock-outs, outlier thresholds, display
 * scales and sheets with every kind of mistake (a member's name given twice among them), is the one recorded in
 * {@code golden-results.txt}.
 *
 * <p>Each line of the file is one council: a readable summary and the SHA-256 of the full canonical form of every
 * result computed for it (see {@link #digest}). Text meant for people (explanation text, problem messages) is left
 * out: only figures, codes, kinds and citations are compared.
 *
 * <p>To record the file again after an intended change of behaviour, run with
 * {@code -Docop.golden.write=<path of golden-results.txt>} and review the diff; {@code -Docop.golden.details=<file>}
 * writes the full canonical forms for comparison.
 */
class GoldenResultsTest {
    static final RubricCatalog CATALOG = RubricCatalog.bundled();
    static final String RESOURCE = "/vn/ocop/scoring/golden-results.txt";

    @Test
    void everyResultOfTheCorpusIsTheRecordedOne() throws Exception {
        List<String[]> lines = corpus();
        String write = System.getProperty("ocop.golden.write");
        String details = System.getProperty("ocop.golden.details");
        if (details != null) {
            List<String> out = new ArrayList<>();
            for (String[] l : lines) {
                out.add("=== " + l[0]);
                out.add(l[1]);
            }
            Files.write(Path.of(details), out, StandardCharsets.UTF_8);
        }
        List<String> actual = lines.stream().map(l -> l[0] + " sha=" + sha(l[1])).toList();
        if (write != null) {
            Files.write(Path.of(write), actual, StandardCharsets.UTF_8);
        }
        List<String> expected;
        try (InputStream in = GoldenResultsTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(expected).hasSizeGreaterThan(1000);
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            assertThat(i < actual.size() ? actual.get(i) : null).as("council %d", i)
                    .isEqualTo(i < expected.size() ? expected.get(i) : null);
        }
    }

    /** Every council of the corpus: {summary, full canonical form}. */
    static List<String[]> corpus() {
        List<String[]> out = new ArrayList<>();
        Random rnd = new Random(20260522L);
        for (Edition e : CATALOG.editions()) {
            for (RubricSet s : e.sets()) {
                councils(Evaluator.of(e, s), rnd, 20, out);
            }
        }
        Random q = new Random(7L);
        Edition e = CATALOG.edition("QD-26-2026");
        for (int number : new int[] {1, 26}) {
            councils(Evaluator.of(e, quarterPoints(e.set(number))), q, 150, out);
        }
        return out;
    }

    private static void councils(Evaluator ev, Random rnd, int rounds, List<String[]> out) {
        RubricSet set = ev.set();
        List<Criterion> order = applicabilityOrder(set);
        for (int r = 0; r < rounds; r++) {
            boolean clean = rnd.nextInt(4) > 0;
            int n = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 11 : 5);
            double quality = rnd.nextDouble();
            List<EvaluationSheet> members = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                // a council with mistakes sometimes names a member twice (M0), which must be refused
                boolean twice = rnd.nextInt(8) == 0 && !clean;
                members.add(sheet(set, order, "M" + (twice ? 0 : k), quality, rnd, clean));
            }
            Council c = Council.of(members);
            MinimumPolicy policy = MinimumPolicy.values()[rnd.nextInt(MinimumPolicy.values().length)];
            if (policy == MinimumPolicy.AGREED_SHEET ? rnd.nextInt(8) > 0 : rnd.nextInt(5) == 0) {
                c = c.withAgreedSheet(sheet(set, order, "Hội đồng", quality, rnd, clean));
            }
            if (rnd.nextInt(12) == 0) {
                c = c.withKnockOuts(List.of(knockOut(set, rnd, clean)));
            }
            BigDecimal outlier = BigDecimal.valueOf(rnd.nextInt(25), rnd.nextInt(2));
            int displayScale = rnd.nextInt(5);
            CouncilRules opts = CouncilRules.defaults().withMinimumPolicy(policy).withOutlierPoints(outlier)
                    .withDisplayScale(displayScale);
            Council council = c;
            EvaluationSheet one = members.get(0);
            StringBuilder d = new StringBuilder();
            d.append("options ").append(policy).append(' ').append(outlier.toPlainString()).append(' ')
                    .append(displayScale).append('\n');
            d.append("evaluate(opts): ").append(outcome(() -> ev.evaluate(council, opts))).append('\n');
            d.append("evaluate(): ").append(outcome(() -> ev.evaluate(council))).append('\n');
            d.append("classify(one): ").append(outcome(() -> ev.evaluate(Council.of(one)))).append('\n');
            d.append("score(one): ").append(outcome(() -> ev.score(one))).append('\n');
            d.append("scoreDraft(one): ").append(outcome(() -> ev.scoreDraft(one))).append('\n');
            String summary = out.size() + " " + set.editionId() + "/" + set.number() + " n=" + n + " " + policy + " "
                    + summary(() -> ev.evaluate(council, opts));
            out.add(new String[] {summary, d.toString()});
        }
    }

    private static String summary(Supplier<CouncilResult> s) {
        try {
            Classification c = s.get().classification();
            return (c.stars() == null ? c.status().name().toLowerCase(java.util.Locale.ROOT) : c.stars()) + " band "
                    + c.bandStars() + " mean "
                    + c.mean().toPlainString();
        } catch (SheetValidationException e) {
            return "refused " + e.sheetProblems().stream().map(p -> p.kind().name()).distinct().sorted().toList();
        } catch (RuntimeException e) {
            return "error " + e.getClass().getSimpleName();
        }
    }

    private static String outcome(Supplier<Object> s) {
        try {
            Object v = s.get();
            return v instanceof CouncilResult r ? digest(r) : digest((SheetScore) v);
        } catch (SheetValidationException e) {
            StringBuilder sb = new StringBuilder("refused");
            for (SheetProblem p : e.sheetProblems()) {
                sb.append("\n  ").append(p.kind()).append('|').append(member(p)).append('|').append(p.criterion())
                        .append('|').append(p.option());
            }
            return sb.toString();
        } catch (RuntimeException e) {
            return "error " + e.getClass().getSimpleName();
        }
    }

    /** The member a problem is about; "council" for the council's own knock-out codes. */
    private static String member(SheetProblem p) {
        return p.member() == null ? "council" : p.member();
    }

    /** The full canonical form of a council result: every figure, code and citation, nothing meant for people. */
    static String digest(CouncilResult r) {
        StringBuilder sb = new StringBuilder();
        Classification c = r.classification();
        sb.append("\n  classification ").append(c.status()).append('|').append(c.stars()).append('|')
                .append(c.bandStars()).append('|').append(c.mean()).append('|').append(c.certifiable()).append('|')
                .append(c.authority()).append('|').append(knockOutCodes(r));
        if (!c.rescore().isEmpty()) {
            sb.append("\n  rescore ").append(c.rescore());
        }
        if (c.knockOuts().stream().anyMatch(k -> !k.applied() || k.findings().stream().anyMatch(f -> !f.byCouncil()))) {
            for (KnockOutOutcome k : c.knockOuts()) {
                sb.append("\n  knock-out ").append(k.rule().code()).append('|').append(k.verdict());
                for (KnockOutFinding f : k.findings()) {
                    sb.append('|').append(f.byCouncil() ? "council" : f.member())
                            .append(f.criterion() == null ? "" : " " + f.criterion());
                }
            }
        }
        sb.append("\n  mean ").append(r.mean()).append('|').append(r.meanDisplay()).append('|').append(r.spread())
                .append('|').append(r.outliers());
        for (MemberTotal m : r.members()) {
            sb.append("\n  member ").append(m.member()).append('|').append(m.total()).append('|')
                    .append(m.othersMean()).append('|').append(m.outlier());
        }
        for (SheetScore s : r.sheets()) {
            sb.append("\n  sheet ").append(digest(s));
        }
        Explanation x = r.explanation();
        sb.append("\n  explanation ").append(x.edition()).append('|').append(x.editionCitation()).append('|')
                .append(x.set()).append('|').append(x.setName()).append('|').append(band(r)).append('|')
                .append(x.policy());
        for (CriterionLine l : x.criteria()) {
            sb.append("\n    line ").append(l.criterion()).append('|').append(l.name()).append('|').append(l.max())
                    .append('|').append(l.meanPoints()).append('|').append(l.options()).append('|')
                    .append(l.citation());
        }
        sb.append("\n    parts ").append(x.parts());
        for (FailedMinimum f : x.failedMinimums()) {
            sb.append("\n    failed ").append(digest(f));
        }
        sb.append("\n    next ").append(x.nextStar()).append('|').append(x.pointsToNextBand());
        for (PolicyAlternative a : x.alternatives()) {
            sb.append("\n    alternative ").append(a.policy()).append('|').append(a.stars());
        }
        for (FailedMinimum f : x.minimumsForNextStar()) {
            sb.append("\n    forNext ").append(digest(f));
        }
        return sb.toString();
    }

    /** The knock-out rules that rejected the product, by code, in the order reported. */
    private static List<String> knockOutCodes(CouncilResult r) {
        List<String> out = new ArrayList<>();
        for (vn.ocop.rubric.KnockOut k : r.classification().knockOutRules()) {
            out.add(k.code());
        }
        return out;
    }

    /** The band the mean falls in: its star, bounds and citation. */
    private static String band(CouncilResult r) {
        vn.ocop.rubric.StarBand b = r.explanation().band();
        return b.stars() + " " + b.from().toPlainString() + (b.toInclusive() ? "–" : " to under ")
                + b.to().toPlainString() + " (" + b.citation() + ")";
    }

    static String digest(SheetScore s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.edition()).append('|').append(s.set()).append('|').append(s.member()).append('|')
                .append(s.total()).append('|').append(s.missing()).append('|').append(s.knockOuts()).append('|')
                .append(s.groups()).append('|').append(s.parts());
        for (CriterionScore c : s.criteria()) {
            sb.append(' ').append(c.criterion()).append('=').append(c.option()).append(':').append(c.points())
                    .append(':').append(c.status());
        }
        return sb.toString();
    }

    static String digest(FailedMinimum f) {
        return f.stars() + "|" + f.criterion() + "|" + f.criterionName() + "|" + f.required() + "|" + f.actual() + "|"
                + f.member() + "|" + f.citation();
    }

    static String sha(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    // ------------------------------------------------------------------ the corpus

    private static String knockOut(RubricSet set, Random rnd, boolean clean) {
        List<KnockOut> kos = set.knockOuts();
        if (kos.isEmpty() || (!clean && rnd.nextInt(3) == 0)) {
            return "KO-" + rnd.nextInt(9);
        }
        return kos.get(rnd.nextInt(kos.size())).code();
    }

    /** The set's answerable criteria, those with an "only if" condition after the criteria they look at. */
    private static List<Criterion> applicabilityOrder(RubricSet set) {
        List<Criterion> out = new ArrayList<>();
        List<Criterion> left = new ArrayList<>(set.leafCriteria());
        while (!left.isEmpty()) {
            for (java.util.Iterator<Criterion> it = left.iterator(); it.hasNext();) {
                Criterion c = it.next();
                if (c.onlyIf() == null || out.stream().anyMatch(o -> o.code().equals(c.onlyIf().criterion()))) {
                    out.add(c);
                    it.remove();
                }
            }
        }
        return out;
    }

    /**
     * A random sheet around a product's quality (0: lowest options, 1: highest), which leaves a criterion whose
     * "only if" condition is not met unanswered or answers it {@value Answer#NONE}; when not clean, with the
     * mistakes a sheet's answers can hold (unknown criteria and options, an option for a criterion that does not
     * apply, duplicates, missing answers, an answer to a parent of sub-criteria, unknown knock-outs, another edition
     * or set), in any order. Fields that break the sheet's own constraints (blank member, set out of 1 to 26) are
     * tested on their own.
     */
    private static EvaluationSheet sheet(RubricSet set, List<Criterion> order, String member, double quality,
            Random rnd, boolean clean) {
        java.util.Map<String, String> chosen = new java.util.HashMap<>();
        List<Answer> answers = new ArrayList<>();
        for (Criterion c : order) {
            List<Option> opts = new ArrayList<>(c.answerOptions());
            opts.sort(java.util.Comparator.comparing(Option::points));
            String condition = c.onlyIf() == null ? null : chosen.get(c.onlyIf().criterion());
            boolean applies = c.onlyIf() == null || (condition != null && c.onlyIf().options().contains(condition));
            if ((!applies && !(!clean && rnd.nextInt(10) == 0)) || (!clean && rnd.nextInt(40) == 0)) {
                if (rnd.nextBoolean()) {
                    answers.add(new Answer(c.code(), Answer.NONE));
                }
                continue;
            }
            String code;
            int pick = rnd.nextInt(60);
            if (pick == 0) {
                code = Answer.NONE;
            } else if (!clean && pick == 1) {
                code = "zz";
            } else {
                int i = (int) Math.round(quality * (opts.size() - 1) + rnd.nextGaussian() * (0.15 + 0.5 * rnd.nextDouble() * (1 - quality)));
                code = opts.get(Math.max(0, Math.min(opts.size() - 1, i))).code();
            }
            chosen.put(c.code(), code);
            answers.add(new Answer(new String(c.code()), new String(code)));
            if (!clean && rnd.nextInt(60) == 0) {
                answers.add(new Answer(c.code(), opts.get(0).code())); // duplicate
            }
        }
        if (rnd.nextInt(3) > 0) {
            List<String> law = set.leafCriteria().stream().map(Criterion::code).toList();
            answers.sort(java.util.Comparator.comparingInt(a -> law.indexOf(a.criterion())));
        } else {
            Collections.shuffle(answers, rnd);
        }
        if (!clean && rnd.nextInt(30) == 0) {
            answers.add(new Answer("99.9", "a"));
        }
        if (!clean && rnd.nextInt(30) == 0 && set.criterion("6") != null && !set.criterion("6").isLeaf()) {
            answers.add(new Answer("6", "a"));
        }
        List<String> kos = new ArrayList<>();
        if (rnd.nextInt(40) == 0) {
            kos.add(knockOut(set, rnd, clean));
        }
        String edition = set.editionId();
        int number = set.number();
        if (!clean) {
            switch (rnd.nextInt(40)) {
                case 3 -> edition = "QD-X";
                case 4 -> number = number == 1 ? 2 : 1;
                default -> { }
            }
        }
        return new EvaluationSheet(edition, number, member, answers, kos);
    }

    /** The set with every positive option worth a quarter point less (so points have two decimals). */
    static RubricSet quarterPoints(RubricSet s) {
        List<Part> parts = new ArrayList<>();
        for (Part p : s.parts()) {
            List<CriterionGroup> groups = new ArrayList<>();
            for (CriterionGroup g : p.groups()) {
                List<Criterion> cs = new ArrayList<>();
                for (Criterion c : g.criteria()) {
                    cs.add(quarter(c));
                }
                groups.add(new CriterionGroup(g.code(), g.name(), g.nameEn(), g.max(), cs));
            }
            parts.add(new Part(p.code(), p.max(), groups));
        }
        return new RubricSet(s.editionId(), s.number(), s.name(), s.nameEn(), s.taxonomy(), s.citation(),
                s.knockOuts(), parts, s.doubts(), s.unverified());
    }

    private static Criterion quarter(Criterion c) {
        List<Option> opts = new ArrayList<>();
        for (Option o : c.options()) {
            BigDecimal p = o.points().signum() > 0 ? o.points().subtract(new BigDecimal("0.25")) : o.points();
            opts.add(new Option(o.code(), p, o.label(), o.minStars(), o.caseCode(), o.doubts()));
        }
        List<Criterion> subs = new ArrayList<>();
        for (Criterion sc : c.criteria()) {
            subs.add(quarter(sc));
        }
        return new Criterion(c.code(), c.name(), c.nameEn(), c.max(), opts, subs, c.yesNo(), c.requirement(),
                c.notes(), c.onlyIf(), c.cases(), c.doubts(), c.unverified());
    }
}
