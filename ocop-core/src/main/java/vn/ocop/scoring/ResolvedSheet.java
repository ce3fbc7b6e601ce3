package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A complete evaluation sheet resolved once by an {@link Evaluator}: one pre-resolved choice per criterion, already
 * checked (codes, duplicates, "only if" conditions, missing answers, knock-out codes, field constraints). Classifying
 * it ({@link Evaluator#verdict(ResolvedSheet)}) looks at no code and validates nothing again, which is what a tool
 * scoring the same sheets many times (what-if analysis, re-classification under another policy, bulk runs) wants.
 *
 * <pre>{@code
 * ResolvedSheet r = evaluator.resolve(sheet);      // throws SheetValidationException like score(sheet)
 * Star stars = evaluator.verdict(r).classification().stars();
 * }</pre>
 *
 * <p>Obtained only from {@link Evaluator#resolve(EvaluationSheet)} and bound to that evaluator. Immutable and
 * thread-safe.
 */
public final class ResolvedSheet {
    private final Evaluator evaluator;
    private final EvaluationSheet sheet;
    private final int[] slots;
    private final long[] points;
    private final byte[] fails;
    private final List<EvaluationSheet> asMembers;
    private final int[][] asCouncil;

    ResolvedSheet(Evaluator evaluator, EvaluationSheet sheet, int[] slots, long[] points, byte[] fails) {
        this.evaluator = evaluator;
        this.sheet = sheet;
        this.slots = slots;
        this.points = points;
        this.fails = fails;
        this.asMembers = List.of(sheet);
        this.asCouncil = new int[][] {slots};
    }

    /** @return the evaluator that resolved it, not null */
    public Evaluator evaluator() {
        return evaluator;
    }

    /** @return the sheet it was resolved from, not null */
    public EvaluationSheet sheet() {
        return sheet;
    }

    /** @return the council member, not null */
    public String member() {
        return sheet.member();
    }

    /** @return the knock-out codes on the sheet, not null */
    public List<String> knockOuts() {
        return sheet.knockOuts();
    }

    /** @return the sheet's total points, exact, equal to {@code evaluator().score(sheet()).total()} */
    public BigDecimal total() {
        return evaluator.total(slots);
    }

    /** The resolved choices; never handed out of the package (nor are the arrays below). */
    int[] slots() {
        return slots;
    }

    /** Points per criterion (scaled). */
    long[] points() {
        return points;
    }

    /** Missed minimum bits per criterion. */
    byte[] fails() {
        return fails;
    }

    /** The sheet as the members of a council of one. */
    List<EvaluationSheet> asMembers() {
        return asMembers;
    }

    /** The choices as those of a council of one. */
    int[][] asCouncil() {
        return asCouncil;
    }

    @Override
    public String toString() {
        return "ResolvedSheet[" + sheet.edition() + " set " + sheet.set() + ", " + sheet.member() + ", total "
                + total().toPlainString() + "]";
    }
}
