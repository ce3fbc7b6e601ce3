package vn.ocop.scoring;

import java.util.List;

/**
 * A council's sheets read against a compiled set, all checked: the slots of every member's sheet (and of the agreed
 * sheet), the council's own knock-out codes, the options, and the two sums everything else is derived from.
 *
 * @param sheets the members' sheets, in member order
 * @param slots the slots of each member's sheet, in member order
 * @param agreedSheet the council's agreed sheet, or null
 * @param agreed the slots of the agreed sheet, or null
 * @param councilKnockOuts the knock-out codes the council found as a body
 * @param options the council's options
 * @param sum the sum of the members' totals (scaled)
 * @param memberFails bits (star - 3) of the levels whose minimum some member's sheet misses
 */
record ResolvedCouncil(List<EvaluationSheet> sheets, int[][] slots, EvaluationSheet agreedSheet, int[] agreed,
        List<String> councilKnockOuts, CouncilOptions options, long sum, int memberFails) {

    /**
     * Sums the members' points and missed-minimum bits.
     *
     * @return the council
     */
    static ResolvedCouncil of(CompiledSet t, List<EvaluationSheet> sheets, int[][] slots, EvaluationSheet agreedSheet,
            int[] agreed, List<String> councilKnockOuts, CouncilOptions options) {
        long sum = 0;
        int fails = 0;
        for (int[] member : slots) {
            for (int slot : member) {
                sum += t.slotPoints[slot];
                fails |= t.slotFails[slot];
            }
        }
        return new ResolvedCouncil(sheets, slots, agreedSheet, agreed, councilKnockOuts, options, sum, fails);
    }

    /** @return the number of members' sheets */
    int size() {
        return slots.length;
    }
}
