package vn.ocop.scoring;

import java.util.List;

/**
 * The classification of a council (or of one sheet), with its explanation and full result computed only on request:
 * the fast path of {@link Evaluator}.
 *
 * <p>{@link #classification()} is computed at once and equals {@code evaluate(…).classification()};
 * {@link #explanation()} and {@link #result()} are computed on first call (each at most once per call site that
 * sees it unset; the values are equal whichever thread computes them) and equal {@code evaluate(…).explanation()}
 * and {@code evaluate(…)}. The sheets were fully checked before the verdict was made, so neither can fail.
 *
 * <pre>{@code
 * Verdict v = evaluator.verdict(council);
 * if (v.classification().certifiable()) {
 *     report(v.explanation().toText());
 * }
 * }</pre>
 *
 * <p>Immutable (observably) and thread-safe.
 */
public final class Verdict {
    private final Evaluator evaluator;
    private final List<EvaluationSheet> sheets;
    private final int[][] slots;
    private final int[] agreed;
    private final CouncilOptions options;
    private final long sum;
    private final int band;
    private final int failMask;
    private final Classification classification;
    private volatile Explanation explanation;
    private volatile CouncilResult result;

    Verdict(Evaluator evaluator, List<EvaluationSheet> sheets, int[][] slots, int[] agreed, CouncilOptions options,
            long sum, int band, int failMask, Classification classification) {
        this.evaluator = evaluator;
        this.sheets = sheets;
        this.slots = slots;
        this.agreed = agreed;
        this.options = options;
        this.sum = sum;
        this.band = band;
        this.failMask = failMask;
        this.classification = classification;
    }

    /** @return the outcome: star class, band, exact mean, certificate, authority, knock-outs; not null */
    public Classification classification() {
        return classification;
    }

    /** @return the evaluator that made it, not null */
    public Evaluator evaluator() {
        return evaluator;
    }

    /** @return the number of members' sheets the mean is taken over (1 for a single sheet) */
    public int memberCount() {
        return slots.length;
    }

    /**
     * The explanation (criteria with citations, part means, band, failed minimums, what the next star needs),
     * built on first call.
     *
     * @return the explanation, equal to {@code evaluate(…).explanation()}, not null
     */
    public Explanation explanation() {
        Explanation e = explanation;
        if (e == null) {
            e = evaluator.explain(this);
            explanation = e;
        }
        return e;
    }

    /**
     * The full result (each member's sheet score, totals, mean, spread, outliers, classification, explanation),
     * built on first call.
     *
     * @return the result, equal to what {@link Evaluator#evaluate(Council, CouncilOptions)} (or
     *         {@link Evaluator#classify(EvaluationSheet)}) returns for the same input, not null
     */
    public CouncilResult result() {
        CouncilResult r = result;
        if (r == null) {
            r = evaluator.result(this);
            result = r;
        }
        return r;
    }

    List<EvaluationSheet> sheets() {
        return sheets;
    }

    int[][] slots() {
        return slots;
    }

    int[] agreed() {
        return agreed;
    }

    CouncilOptions options() {
        return options;
    }

    long sum() {
        return sum;
    }

    int band() {
        return band;
    }

    /** Bits (star - 3) of the star levels whose minimums the policy's sheets miss; -1 when not known. */
    int failMask() {
        return failMask;
    }

    @Override
    public String toString() {
        Classification c = classification;
        return "Verdict[" + (c.stars() == null ? "rejected" : c.stars()) + ", band " + c.bandStars() + ", mean "
                + c.mean().toPlainString() + ", " + slots.length + " member(s)]";
    }
}
