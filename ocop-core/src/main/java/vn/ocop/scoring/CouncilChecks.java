package vn.ocop.scoring;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a council as a whole against its rules and the set, after its sheets, reporting every problem at its path in
 * the council's JSON form: a member with two sheets in one round (names compared in NFC, trimmed: a sheet's member is
 * normalised when it is made), a second-round sheet of someone without a first-round one, the council's knock-out
 * codes (unknown, of a rule on answers, upheld and dismissed at once), a quorum the council gives no figures for, and
 * more members than appointed. Thread-safe.
 */
final class CouncilChecks {
    private final SheetResolver resolver;

    CouncilChecks(SheetResolver resolver) {
        this.resolver = resolver;
    }

    void check(Council council, CouncilRules rules, List<SheetProblem> problems) {
        Map<String, Integer> first = members(council.members(), "members", problems);
        Map<String, Integer> second = members(council.secondRound(), "secondRound", problems);
        for (Map.Entry<String, Integer> e : second.entrySet()) {
            if (!first.containsKey(e.getKey())) {
                problems.add(new SheetProblem(SheetProblem.Kind.UNKNOWN_MEMBER, null, null, null,
                        "$.secondRound[" + e.getValue() + "].member", "problem.UNKNOWN_MEMBER", List.of(e.getKey())));
            }
        }
        resolver.checkKnockOuts(null, council.knockOuts(), "knockOuts", problems);
        resolver.checkKnockOuts(null, council.dismissedKnockOuts(), "dismissedKnockOuts", problems);
        Set<String> upheld = new HashSet<>(council.knockOuts());
        if (council.agreedSheet() != null) {
            upheld.addAll(council.agreedSheet().knockOuts());
        }
        List<String> dismissed = council.dismissedKnockOuts();
        for (int k = 0; k < dismissed.size(); k++) {
            if (upheld.contains(dismissed.get(k))) {
                problems.add(new SheetProblem(SheetProblem.Kind.KNOCK_OUT_DECIDED_TWICE, null, null, dismissed.get(k),
                        "$.dismissedKnockOuts[" + k + "]", "problem.KNOCK_OUT_DECIDED_TWICE",
                        List.of(dismissed.get(k))));
            }
        }
        quorum(council, rules, first.size(), problems);
    }

    /** The members of one round by name, with the index of their first sheet; reports every name given twice. */
    private static Map<String, Integer> members(List<EvaluationSheet> sheets, String key,
            List<SheetProblem> problems) {
        Map<String, Integer> out = new HashMap<>();
        for (int k = 0; k < sheets.size(); k++) {
            String name = sheets.get(k).member();
            Integer before = out.putIfAbsent(name, k);
            if (before != null) {
                problems.add(new SheetProblem(SheetProblem.Kind.DUPLICATE_MEMBER, null, null, null,
                        "$." + key + "[" + k + "].member", "problem.DUPLICATE_MEMBER", List.of(name,
                                "$." + key + "[" + before + "]", "$." + key + "[" + k + "]")));
            }
        }
        return out;
    }

    private static void quorum(Council council, CouncilRules rules, int present, List<SheetProblem> problems) {
        Quorum q = rules.quorum();
        if (!q.isNone() && council.appointed() == null) {
            problems.add(new SheetProblem(SheetProblem.Kind.QUORUM_UNKNOWN, null, null, null, "$.appointed",
                    "problem.QUORUM_APPOINTED", List.of(q.percent().toPlainString())));
        }
        if (q.chairRequired() && council.chair() == null) {
            problems.add(new SheetProblem(SheetProblem.Kind.QUORUM_UNKNOWN, null, null, null, "$.chair",
                    "problem.QUORUM_CHAIR", List.of()));
        }
        if (council.appointed() != null && present > council.appointed()) {
            problems.add(new SheetProblem(SheetProblem.Kind.TOO_MANY_MEMBERS, null, null, null, "$.appointed",
                    "problem.TOO_MANY_MEMBERS", List.of(String.valueOf(present),
                            String.valueOf(council.appointed()))));
        }
    }
}
