package vn.ocop.scoring;

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
 * Seeded random evaluation sheets for the property, concurrency and fuzz tests. Answers respect the "only if"
 * criteria: a criterion whose condition is not met is left out or answered {@value Answer#NONE}, never given an
 * option. Each sheet draws a "quality" between 0 and 1 (the chance of ticking the best option of a criterion), so
 * totals spread over every star band instead of piling up around the middle.
 */
final class RandomSheets {
    private final RubricSet set;
    private final List<Criterion> leaves;
    private final List<Criterion> order;
    /** Option codes of each criterion of {@link #order}, from the fewest points to the most. */
    private final String[][] byPoints;

    RandomSheets(RubricSet set) {
        this.set = set;
        this.leaves = set.leafCriteria();
        // criteria with an "only if" condition after the criteria they look at
        List<Criterion> o = new ArrayList<>(leaves);
        o.sort(Comparator.comparingInt(c -> depth(c)));
        this.order = List.copyOf(o);
        this.byPoints = new String[order.size()][];
        for (int i = 0; i < order.size(); i++) {
            byPoints[i] = order.get(i).answerOptions().stream().sorted(Comparator.comparing(Option::points))
                    .map(Option::code).toArray(String[]::new);
        }
    }

    private int depth(Criterion c) {
        int d = 0;
        for (Criterion x = c; x.onlyIf() != null && d <= leaves.size(); x = set.criterion(x.onlyIf().criterion())) {
            d++;
        }
        return d;
    }

    RubricSet set() {
        return set;
    }

    /**
     * @param rnd source of randomness
     * @return criterion code to option code ({@value Answer#NONE} included); not-applicable criteria are either
     *         absent or {@value Answer#NONE}; in the law's order
     */
    Map<String, String> answers(SplittableRandom rnd) {
        // each sheet aims at a level between the worst and the best option, with some noise and some plain
        // uniform choices, so that totals cover every band
        double level = rnd.nextDouble();
        double uniform = rnd.nextInt(4) == 0 ? 0.5 : 0.1;
        double none = rnd.nextInt(4) == 0 ? 0.15 : 0.02;
        Map<String, String> chosen = new HashMap<>();
        for (int i = 0; i < byPoints.length; i++) {
            Criterion c = order.get(i);
            if (!applicable(set, c, chosen)) {
                if (rnd.nextBoolean()) {
                    chosen.put(c.code(), Answer.NONE);
                }
                continue;
            }
            String[] opts = byPoints[i];
            String code;
            if (rnd.nextDouble() < none) {
                code = Answer.NONE;
            } else if (rnd.nextDouble() < uniform) {
                code = opts[rnd.nextInt(opts.length)];
            } else {
                int k = (int) Math.floor(level * opts.length + rnd.nextDouble() * 2 - 1);
                code = opts[Math.max(0, Math.min(opts.length - 1, k))];
            }
            chosen.put(c.code(), code);
        }
        // back in the law's order
        Map<String, String> out = new LinkedHashMap<>();
        for (Criterion c : leaves) {
            if (chosen.containsKey(c.code())) {
                out.put(c.code(), chosen.get(c.code()));
            }
        }
        return out;
    }

    /**
     * @return no knock-out most of the time, sometimes the code of one of the set's findings (rules on answers are
     *         not raised by anyone: the answers set them off)
     */
    List<String> knockOuts(SplittableRandom rnd, int oneIn) {
        List<KnockOut> kos = set.knockOuts().stream().filter(k -> !k.answerDriven()).toList();
        if (kos.isEmpty() || rnd.nextInt(oneIn) != 0) {
            return List.of();
        }
        return List.of(kos.get(rnd.nextInt(kos.size())).code());
    }

    EvaluationSheet sheet(String member, Map<String, String> answers, List<String> knockOuts) {
        EvaluationSheet.Builder b = EvaluationSheet.builder(set.editionId(), set.number(), member);
        answers.forEach(b::answer);
        knockOuts.forEach(b::knockOut);
        return b.build();
    }

    EvaluationSheet sheet(SplittableRandom rnd, String member) {
        return sheet(member, answers(rnd), knockOuts(rnd, 50));
    }

    /** Whether a criterion's "only if" condition is met by the answers given so far (true when it has none). */
    static boolean applicable(RubricSet set, Criterion c, Map<String, String> answers) {
        if (c.onlyIf() == null) {
            return true;
        }
        String target = answers.get(c.onlyIf().criterion());
        return target != null && c.onlyIf().options().contains(target);
    }
}
