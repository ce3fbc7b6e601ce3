package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.RubricSet;

/**
 * One council for the differential check of the engine against {@link ReferenceClassifier}: the council and rules
 * the engine evaluates (every minimum and knock-out policy, outlier thresholds, display scales, second rounds
 * required or not), and the same input as the reference reads it. Councils are drawn at random (property test)
 * or from a fuzzer's choices ({@link ScoringDifferentialFuzzTest}); every sheet is valid (answers respect "only if"
 * conditions, knock-out codes are the set's), so both must produce a result.
 *
 * @param council what the engine evaluates
 * @param options the council's rules
 * @param input the same for the reference
 */
record Differential(Council council, CouncilRules options, ReferenceClassifier.Input input) {

    /** A source of choices: a number from 0 to {@code bound - 1}. */
    @FunctionalInterface
    interface Choices {
        int next(int bound);
    }

    /** A council of n members drawn from seeded random sheets around a quality (see {@link RandomSheets}). */
    static Differential random(RandomSheets gen, SplittableRandom rnd, int n) {
        List<Map<String, String>> answers = new ArrayList<>();
        List<List<String>> knockOuts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            answers.add(gen.answers(rnd));
            knockOuts.add(gen.knockOuts(rnd, 100));
        }
        MinimumPolicy policy = MinimumPolicy.values()[rnd.nextInt(MinimumPolicy.values().length)];
        Map<String, String> agreed = policy == MinimumPolicy.AGREED_SHEET || rnd.nextInt(8) == 0
                ? gen.answers(rnd) : null;
        CouncilRules rules = CouncilRules.defaults().withMinimumPolicy(policy)
                .withKnockOutPolicy(KnockOutPolicy.values()[rnd.nextInt(KnockOutPolicy.values().length)])
                .withOutlierPoints(BigDecimal.valueOf(rnd.nextInt(200), rnd.nextInt(2)))
                .withDisplayScale(rnd.nextInt(5)).withRescoreOutliers(rnd.nextInt(4) == 0);
        return of(gen.set(), answers, knockOuts, agreed, gen.knockOuts(rnd, 300), rules);
    }

    /** A council of 1 to 9 members whose every answer, code and option is the fuzzer's choice. */
    static Differential chosen(RubricSet set, Choices c) {
        int n = 1 + c.next(9);
        List<Map<String, String>> answers = new ArrayList<>();
        List<List<String>> knockOuts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            answers.add(answers(set, c));
            knockOuts.add(knockOuts(set, c));
        }
        MinimumPolicy policy = MinimumPolicy.values()[c.next(MinimumPolicy.values().length)];
        Map<String, String> agreed = policy == MinimumPolicy.AGREED_SHEET || c.next(4) == 0 ? answers(set, c) : null;
        CouncilRules rules = CouncilRules.defaults().withMinimumPolicy(policy)
                .withKnockOutPolicy(KnockOutPolicy.values()[c.next(KnockOutPolicy.values().length)])
                .withOutlierPoints(BigDecimal.valueOf(c.next(300), c.next(3))).withDisplayScale(c.next(11))
                .withRescoreOutliers(c.next(3) == 0);
        return of(set, answers, knockOuts, agreed, knockOuts(set, c), rules);
    }

    private static Differential of(RubricSet set, List<Map<String, String>> answers, List<List<String>> knockOuts,
            Map<String, String> agreed, List<String> councilKnockOuts, CouncilRules rules) {
        List<String> names = new ArrayList<>();
        List<EvaluationSheet> sheets = new ArrayList<>();
        for (int k = 0; k < answers.size(); k++) {
            String name = "Thành viên " + (k + 1);
            names.add(name);
            sheets.add(sheet(set, name, answers.get(k), knockOuts.get(k)));
        }
        Council council = new Council(sheets, agreed == null ? null : sheet(set, "Hội đồng", agreed, List.of()),
                councilKnockOuts);
        return new Differential(council, rules, new ReferenceClassifier.Input(names, answers, agreed, knockOuts,
                councilKnockOuts, rules.minimumPolicy(), rules.knockOutPolicy(), rules.outlierPoints(),
                rules.displayScale(), rules.rescoreOutliers()));
    }

    private static EvaluationSheet sheet(RubricSet set, String member, Map<String, String> answers,
            List<String> knockOuts) {
        EvaluationSheet.Builder b = EvaluationSheet.builder(set.editionId(), set.number(), member);
        answers.forEach(b::answer);
        knockOuts.forEach(b::knockOut);
        return b.build();
    }

    /**
     * Answers chosen one criterion at a time, criteria with an "only if" condition after the criterion they look
     * at: an option, {@value Answer#NONE}, and for a criterion whose condition is not met, nothing or
     * {@value Answer#NONE}.
     */
    static Map<String, String> answers(RubricSet set, Choices c) {
        Map<String, String> chosen = new HashMap<>();
        List<Criterion> order = new ArrayList<>(set.leafCriteria());
        order.sort(Comparator.comparingInt(x -> depth(set, x)));
        for (Criterion leaf : order) {
            List<Option> opts = leaf.answerOptions();
            if (!RandomSheets.applicable(set, leaf, chosen)) {
                if (c.next(2) == 0) {
                    chosen.put(leaf.code(), Answer.NONE);
                }
                continue;
            }
            int pick = c.next(opts.size() + 1);
            chosen.put(leaf.code(), pick == opts.size() ? Answer.NONE : opts.get(pick).code());
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Criterion leaf : set.leafCriteria()) {
            if (chosen.containsKey(leaf.code())) {
                out.put(leaf.code(), chosen.get(leaf.code()));
            }
        }
        return out;
    }

    /** How many "only if" conditions lead from a criterion to one without. */
    private static int depth(RubricSet set, Criterion c) {
        int d = 0;
        for (Criterion x = c; x.onlyIf() != null && d <= set.leafCriteria().size(); x = set.criterion(x.onlyIf().criterion())) {
            d++;
        }
        return d;
    }

    private static List<String> knockOuts(RubricSet set, Choices c) {
        List<KnockOut> kos = set.knockOuts().stream().filter(k -> !k.answerDriven()).toList();
        if (kos.isEmpty() || c.next(8) != 0) {
            return List.of();
        }
        return List.of(kos.get(c.next(kos.size())).code());
    }
}
