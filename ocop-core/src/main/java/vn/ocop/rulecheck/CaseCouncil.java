package vn.ocop.rulecheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.RubricSet;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.EvaluationSheet;

/**
 * The council a case describes, with every sheet written out in full: bases applied, overrides and repetitions
 * resolved, "only if" criteria whose condition is not met left unanswered.
 */
final class CaseCouncil {
    private static final String DEFAULT_AGREED = "Hội đồng";

    private CaseCouncil() {
    }

    static Council of(RuleCheckCase c, Edition ed, RubricSet set) {
        List<EvaluationSheet> sheets = new ArrayList<>();
        int k = 0;
        for (RuleCheckCase.Sheet s : c.members()) {
            for (int t = 1; t <= s.times(); t++) {
                k++;
                String name = s.name() == null ? "Thành viên " + k : s.times() > 1 ? s.name() + " (" + t + ")" : s.name();
                sheets.add(sheet(ed, set, name, s));
            }
        }
        EvaluationSheet agreed = null;
        if (c.agreed() != null) {
            agreed = sheet(ed, set, c.agreed().name() == null ? DEFAULT_AGREED : c.agreed().name(), c.agreed());
            if (sheets.isEmpty()) {
                sheets.add(agreed);
            }
        }
        List<EvaluationSheet> second = new ArrayList<>();
        for (RuleCheckCase.Sheet s : c.secondRound()) {
            second.add(sheet(ed, set, s.name() == null ? "Thành viên " + (second.size() + 1) : s.name(), s));
        }
        return new Council(sheets, agreed, c.knockOuts(), c.chair(), c.appointed(), second,
                c.dismissedKnockOuts());
    }

    private static EvaluationSheet sheet(Edition ed, RubricSet set, String member, RuleCheckCase.Sheet s) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (s.base() != null) {
            for (Criterion leaf : set.leafCriteria()) {
                answers.put(leaf.code(), baseOption(leaf, s.base()).code());
            }
        }
        answers.putAll(s.answers());
        for (Criterion leaf : set.leafCriteria()) {
            if (leaf.onlyIf() != null && !s.answers().containsKey(leaf.code())) {
                String condition = answers.get(leaf.onlyIf().criterion());
                if (condition != null && !leaf.onlyIf().options().contains(condition)) {
                    answers.remove(leaf.code());
                }
            }
        }
        EvaluationSheet.Builder b = EvaluationSheet.builder(ed.id(), set.number(), member);
        answers.forEach(b::answer);
        s.knockOuts().forEach(b::knockOut);
        return b.build();
    }

    /** The first option with the most (or the fewest) points. */
    private static Option baseOption(Criterion leaf, RuleCheckCase.Base base) {
        Option pick = null;
        for (Option o : leaf.answerOptions()) {
            int cmp = pick == null ? 0 : o.points().compareTo(pick.points());
            if (pick == null || (base == RuleCheckCase.Base.ALL_BEST ? cmp > 0 : cmp < 0)) {
                pick = o;
            }
        }
        return pick;
    }
}
