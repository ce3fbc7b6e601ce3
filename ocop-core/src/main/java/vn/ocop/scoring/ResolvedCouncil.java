package vn.ocop.scoring;

import java.util.List;

/**
 * A council's sheets read against a compiled set, all checked: the council as given, the sheets the result is
 * taken over (the first round's, each replaced by the same member's second-round sheet if there is one) and their
 * slots, the first round's slots, the agreed sheet's slots, the rules, and the sums everything else is derived from.
 *
 * @param council the council as given
 * @param sheets the sheets the result is taken over, in first-round member order
 * @param slots the slots of each of those sheets
 * @param firstRound the slots of the first-round sheets ({@code council.members()}); the same array as
 *        {@code slots} when there is no second round
 * @param agreed the slots of the agreed sheet, or null
 * @param rules the council's rules
 * @param sum the sum of the members' totals (scaled)
 * @param memberFails bits (star - 3) of the levels whose minimum some member's sheet misses
 * @param memberTriggers bits of the rules on answers some member's sheet sets off
 */
record ResolvedCouncil(Council council, List<EvaluationSheet> sheets, int[][] slots, int[][] firstRound, int[] agreed,
        CouncilRules rules, long sum, int memberFails, int memberTriggers) {

    /**
     * Sums the members' points, missed-minimum bits and rules on answers set off.
     *
     * @return the council
     */
    static ResolvedCouncil of(CompiledSet t, Council council, List<EvaluationSheet> sheets, int[][] slots,
            int[][] firstRound, int[] agreed, CouncilRules rules) {
        long sum = 0;
        int fails = 0;
        for (int[] member : slots) {
            for (int slot : member) {
                sum += t.slotPoints[slot];
                fails |= t.slotFails[slot];
            }
        }
        // most sets have no rule on answers: their sheets are not read a second time
        int triggers = 0;
        if (!t.answerRules.isEmpty()) {
            for (int[] member : slots) {
                for (int slot : member) {
                    triggers |= t.slotTriggers[slot];
                }
            }
        }
        return new ResolvedCouncil(council, sheets, slots, firstRound, agreed, rules, sum, fails, triggers);
    }

    /** @return the number of sheets the result is taken over */
    int size() {
        return slots.length;
    }

    /** @return the council's agreed sheet, or null */
    EvaluationSheet agreedSheet() {
        return council.agreedSheet();
    }

    /** @return whether a second round replaced some first-round sheets */
    boolean secondRound() {
        return firstRound != slots;
    }

    /** @return who took part in the first round, against the rules' quorum */
    Attendance attendance() {
        String chair = council.chair();
        boolean chairPresent = false;
        for (EvaluationSheet s : council.members()) {
            chairPresent |= s.member().equals(chair);
        }
        return new Attendance(council.members().size(), council.appointed(), chair, chairPresent, rules.quorum());
    }
}
