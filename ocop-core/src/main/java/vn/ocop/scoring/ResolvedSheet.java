package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A complete evaluation sheet read once by an {@link Evaluator}: one checked choice per criterion. Evaluating it
 * ({@link Evaluator#evaluate(ResolvedSheet)}) looks at no code and checks nothing again, which is what a tool that
 * classifies the same sheets many times (what-if analysis, bulk runs) wants.
 *
 * <pre>{@code
 * ResolvedSheet r = evaluator.resolve(sheet);      // throws SheetValidationException like score(sheet)
 * Star stars = evaluator.evaluate(r).classification().stars();
 * }</pre>
 *
 * <p>Made by {@link Evaluator#resolve(EvaluationSheet)} only, and evaluated only by the evaluator that made it.
 * Immutable and thread-safe.
 */
public final class ResolvedSheet {
    private final CompiledSet compiled;
    private final EvaluationSheet sheet;
    private final List<EvaluationSheet> asMembers;
    private final int[][] asCouncil;
    private final Council council;

    ResolvedSheet(CompiledSet compiled, EvaluationSheet sheet, int[] slots) {
        this.compiled = compiled;
        this.sheet = sheet;
        this.asMembers = List.of(sheet);
        this.asCouncil = new int[][] {slots};
        this.council = Council.of(sheet);
    }

    /** @return the sheet it was read from, not null */
    public EvaluationSheet sheet() {
        return sheet;
    }

    /** @return the sheet's total points, exact; equal to the evaluator's {@code score(sheet()).total()} */
    public BigDecimal total() {
        long t = 0;
        for (int slot : asCouncil[0]) {
            t += compiled.slotPoints[slot];
        }
        return compiled.plain(t);
    }

    /** The compiled set it was read against. */
    CompiledSet compiled() {
        return compiled;
    }

    /** The sheet as the members of a council of one. */
    List<EvaluationSheet> asMembers() {
        return asMembers;
    }

    /** The sheet as a council of one. */
    Council council() {
        return council;
    }

    /** The slots as those of a council of one; never handed out of the package. */
    int[][] asCouncil() {
        return asCouncil;
    }

    @Override
    public String toString() {
        return "ResolvedSheet[" + sheet.edition() + " set " + sheet.set() + ", " + sheet.member() + ", total "
                + total().toPlainString() + "]";
    }
}
