package vn.ocop.scoring;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The option each member chose on one criterion, in member order ({@value Answer#NONE}, or "-" for not applicable):
 * an explanation line's list, read from the members' resolved slots instead of copied out of them. The slots of a
 * result are never changed, so the list is immutable; it is what a {@link CriterionLine} keeps without a copy.
 */
final class MemberOptions extends AbstractList<String> implements RandomAccess {
    private final CompiledSet t;
    private final int[][] slots;
    private final int leaf;

    MemberOptions(CompiledSet t, int[][] slots, int leaf) {
        this.t = t;
        this.slots = slots;
        this.leaf = leaf;
    }

    @Override
    public String get(int member) {
        return t.slotCode[slots[member][leaf]];
    }

    @Override
    public int size() {
        return slots.length;
    }
}
