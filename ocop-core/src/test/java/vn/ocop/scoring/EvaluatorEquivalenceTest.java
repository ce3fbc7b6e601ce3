package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
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
 * The optimised engine behaves exactly as the engine did before the fast path ({@link ReferenceEvaluator}): equal
 * results (records compare every component, decimals with their scale), equal exceptions with equal problem lists,
 * on seeded random councils over every bundled set and a set with quarter points, under every minimum policy; and
 * the fast path ({@link Evaluator#verdict}, {@link Evaluator#resolve}) agrees with the full one.
 */
class EvaluatorEquivalenceTest {
    private static final RubricCatalog CATALOG = RubricCatalog.bundled();

    @Test
    void everyBundledSetUnderEveryPolicy() {
        Random rnd = new Random(20260522L);
        int councils = 0;
        for (Edition e : CATALOG.editions()) {
            for (RubricSet s : e.sets()) {
                councils += check(Evaluator.of(e, s), ReferenceEvaluator.of(e, s), rnd, 40);
            }
        }
        assertThat(councils).isGreaterThan(2000);
    }

    /** Points with two decimals: the exact mean, display rounding and part means in long arithmetic. */
    @Test
    void quarterPointSets() {
        Random rnd = new Random(7L);
        Edition e = CATALOG.edition("QD-26-2026");
        for (int number : new int[] {1, 26}) {
            RubricSet q = quarterPoints(e.set(number));
            check(Evaluator.of(e, q), ReferenceEvaluator.of(e, q), rnd, 500);
        }
    }

    private static int check(Evaluator ev, ReferenceEvaluator ref, Random rnd, int rounds) {
        RubricSet set = ev.set();
        int done = 0;
        for (int r = 0; r < rounds; r++) {
            boolean clean = rnd.nextInt(3) > 0;
            int n = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 11 : 5);
            List<EvaluationSheet> members = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                members.add(sheet(set, "M" + k, rnd, clean));
            }
            Council c = Council.of(members);
            if (rnd.nextInt(4) == 0) {
                c = c.withAgreedSheet(sheet(set, "Hội đồng", rnd, clean));
            }
            if (rnd.nextInt(12) == 0) {
                c = c.withKnockOuts(List.of(knockOut(set, rnd, clean)));
            }
            CouncilOptions opts = CouncilOptions.defaults()
                    .withMinimumPolicy(MinimumPolicy.values()[rnd.nextInt(MinimumPolicy.values().length)])
                    .withOutlierPoints(BigDecimal.valueOf(rnd.nextInt(25), rnd.nextInt(2)));
            opts = new CouncilOptions(opts.minimumPolicy(), opts.outlierPoints(), rnd.nextInt(5));
            Council council = c;
            CouncilOptions o = opts;
            same(() -> ev.evaluate(council, o), () -> ref.evaluate(council, o));
            same(() -> ev.evaluate(council), () -> ref.evaluate(council));
            Outcome fast = Outcome.of(() -> ev.verdict(council, o).result());
            assertThat(fast).isEqualTo(Outcome.of(() -> ref.evaluate(council, o)));
            Outcome lazy = Outcome.of(() -> {
                Verdict v = ev.verdict(council, o);
                return List.of(v.classification(), v.explanation());
            });
            Outcome full = Outcome.of(() -> {
                CouncilResult x = ref.evaluate(council, o);
                return List.of(x.classification(), x.explanation());
            });
            assertThat(lazy).isEqualTo(full);

            EvaluationSheet one = members.get(0);
            same(() -> ev.classify(one), () -> ref.classify(one));
            same(() -> ev.verdict(one).result(), () -> ref.classify(one));
            same(() -> ev.score(one), () -> ref.score(one));
            same(() -> ev.scoreDraft(one), () -> ref.scoreDraft(one));
            Outcome resolved = Outcome.of(() -> ev.verdict(ev.resolve(one)).result());
            Outcome reference = Outcome.of(() -> ref.classify(one));
            if (reference.error == null) {
                assertThat(resolved).isEqualTo(reference);
                assertThat(ev.resolve(one).total()).isEqualTo(ref.score(one).total());
            } else {
                // resolve checks like score (its message says "score"); classify's own errors are the same problems
                Outcome scored = Outcome.of(() -> ref.score(one));
                assertThat(resolved).isEqualTo(scored.error != null ? scored : reference);
            }
            done++;
        }
        return done;
    }

    private static void same(Supplier<Object> actual, Supplier<Object> expected) {
        assertThat(Outcome.of(actual)).isEqualTo(Outcome.of(expected));
    }

    /** A result, or the class, message and problems of the exception thrown instead. */
    private record Outcome(Object value, String error, List<SheetProblem> problems) {
        static Outcome of(Supplier<Object> s) {
            try {
                return new Outcome(s.get(), null, null);
            } catch (RuntimeException e) {
                return new Outcome(null, e.getClass().getName() + ": " + e.getMessage(),
                        e instanceof SheetValidationException v ? v.problems() : null);
            }
        }
    }

    private static String knockOut(RubricSet set, Random rnd, boolean clean) {
        List<KnockOut> kos = set.knockOuts();
        if (kos.isEmpty() || (!clean && rnd.nextInt(3) == 0)) {
            return "KO-" + rnd.nextInt(9);
        }
        return kos.get(rnd.nextInt(kos.size())).code();
    }

    /** A random sheet; when not clean, with any of the mistakes a sheet can hold. */
    private static EvaluationSheet sheet(RubricSet set, String member, Random rnd, boolean clean) {
        List<Answer> answers = new ArrayList<>();
        int skew = rnd.nextInt(4); // high, low or uniform answers, so every band and minimum is reached
        for (Criterion c : set.leafCriteria()) {
            List<Option> opts = c.answerOptions();
            if (!clean && rnd.nextInt(40) == 0) {
                continue; // missing
            }
            String code;
            int pick = rnd.nextInt(24);
            if (pick == 0) {
                code = Answer.NONE;
            } else if (!clean && pick == 1) {
                code = "zz";
            } else {
                int i = skew == 0 ? opts.size() - 1 - rnd.nextInt(Math.min(2, opts.size()))
                        : skew == 1 ? rnd.nextInt(Math.min(2, opts.size())) : rnd.nextInt(opts.size());
                code = opts.get(i).code();
            }
            // a fresh string, as from a parser, not the rubric's own instance
            answers.add(new Answer(new String(c.code()), new String(code)));
            if (!clean && rnd.nextInt(60) == 0) {
                answers.add(new Answer(c.code(), opts.get(0).code())); // duplicate
            }
        }
        if (!clean && rnd.nextInt(30) == 0) {
            answers.add(new Answer("99.9", "a"));
        }
        if (!clean && rnd.nextInt(30) == 0 && set.criterion("6") != null && !set.criterion("6").isLeaf()) {
            answers.add(new Answer("6", "a"));
        }
        if (rnd.nextInt(5) == 0) {
            Collections.shuffle(answers, rnd);
        }
        List<String> kos = new ArrayList<>();
        if (rnd.nextInt(15) == 0) {
            kos.add(knockOut(set, rnd, clean));
        }
        String edition = set.editionId();
        int number = set.number();
        String name = member;
        if (!clean) {
            switch (rnd.nextInt(40)) {
                case 0 -> name = " ";
                case 1 -> number = 27;
                case 2 -> number = 0;
                case 3 -> edition = "QD-X";
                case 4 -> number = number == 1 ? 2 : 1;
                case 5 -> name = "\u0001";
                default -> { }
            }
        }
        return new EvaluationSheet(edition, number, name, answers, kos);
    }

    /** The set with every positive option worth a quarter point less (so points have two decimals). */
    private static RubricSet quarterPoints(RubricSet s) {
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
