package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.RubricSet;

/** Builds evaluation sheets for tests from the real rubric data. */
final class TestSheets {
    private TestSheets() {
    }

    static Option best(Criterion c) {
        return c.answerOptions().stream().max(Comparator.comparing(Option::points)).orElseThrow();
    }

    /** Every criterion at its highest option (total 100 on a consistent set). */
    static EvaluationSheet allBest(RubricSet set, String member) {
        EvaluationSheet.Builder b = EvaluationSheet.builder(set.editionId(), set.number(), member);
        for (Criterion c : set.leafCriteria()) {
            b.answer(c.code(), best(c).code());
        }
        return b.build();
    }

    static boolean marked(Criterion c) {
        return c.options().stream().anyMatch(o -> o.minStars() != null);
    }

    /**
     * Starts from all-best and lowers criteria (in reverse order) until the total is exactly {@code target}: first
     * criteria without star markers, then marked criteria down to their 3★ minimum, then anything. So a sheet with a
     * total of 70 or more meets every minimum, and one of 50 or more meets every 3★ minimum.
     */
    static EvaluationSheet bestWithTotal(RubricSet set, String member, int target) {
        EvaluationSheet s = allBest(set, member);
        BigDecimal[] total = {BigDecimal.valueOf(100)};
        List<Criterion> leaves = set.leafCriteria();
        for (int pass = 0; pass < 3; pass++) {
            for (int i = leaves.size() - 1; i >= 0 && total[0].intValue() > target; i--) {
                Criterion c = leaves.get(i);
                if (c.onlyIf() != null || (pass == 0 && marked(c))) {
                    continue;
                }
                BigDecimal floor = BigDecimal.ZERO;
                if (pass == 1) {
                    for (Option o : c.options()) {
                        if (o.minStars() != null && o.minStars().level() == 3 && o.points().compareTo(floor) > 0) {
                            floor = o.points();
                        }
                    }
                }
                s = lower(s, c, total, target, floor);
            }
        }
        assertThat(total[0].intValue()).as("could not build a sheet with total %s on set %s", target, set).isEqualTo(target);
        return s;
    }

    private static EvaluationSheet lower(EvaluationSheet s, Criterion c, BigDecimal[] total, int target, BigDecimal floor) {
        String current = s.answers().stream().filter(a -> a.criterion().equals(c.code())).findFirst().orElseThrow().option();
        BigDecimal now = current.equals(Answer.NONE) ? BigDecimal.ZERO : c.option(current).points();
        BigDecimal need = total[0].subtract(BigDecimal.valueOf(target));
        String code = current;
        BigDecimal pts = now;
        for (Option o : c.answerOptions()) {
            BigDecimal drop = now.subtract(o.points());
            if (drop.signum() > 0 && drop.compareTo(need) <= 0 && o.points().compareTo(floor) >= 0
                    && o.points().compareTo(pts) < 0) {
                code = o.code();
                pts = o.points();
            }
        }
        if (floor.signum() == 0 && now.compareTo(need) <= 0 && pts.signum() > 0) {
            code = Answer.NONE;
            pts = BigDecimal.ZERO;
        }
        total[0] = total[0].subtract(now.subtract(pts));
        return s.withAnswer(c.code(), code);
    }
}
