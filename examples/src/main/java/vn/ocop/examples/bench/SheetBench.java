package vn.ocop.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.scoring.Answer;
import vn.ocop.scoring.Classification;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.CouncilResult;
import vn.ocop.scoring.EvaluationSheet;
import vn.ocop.scoring.Evaluator;
import vn.ocop.scoring.ResolvedSheet;

/**
 * Score and classify one complete sheet of set 1 of Decision 26/2026 (32 answerable criteria), one thread. Targets:
 * at least 2,000,000 sheets/s (at most 500 ns a sheet) as received, and a pre-resolved sheet within 10× of
 * {@link #baselineSumPoints}, which only sums the chosen points from a pre-resolved {@code int[]}.
 *
 * <p>16 different sheets (1★ to 5★, read from JSON) are taken in turn, so that no branch is always taken.
 * <ul>
 * <li>{@link #classifySheet}: the sheet as received ({@link EvaluationSheet}) as a council of one: resolve its
 * codes, check it, score, band, star minimums, classification ({@code evaluate(Council.of(sheet))}).</li>
 * <li>{@link #classifyResolved}: the same from a sheet resolved beforehand ({@link Evaluator#resolve}): score,
 * band, star minimums, classification ({@code evaluate(resolved)}); the engine's counterpart of the baseline.</li>
 * <li>{@link #classifyFullResult}: the same as received, with every part of the result built (sheet score, member
 * totals, explanation), for comparison; no target.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class SheetBench {
    private static final int SHEETS = 16;

    private Evaluator evaluator;
    private EvaluationSheet[] sheets;
    private ResolvedSheet[] resolved;
    private int[][] chosenPoints;
    private int next;

    /** Reads the sheets and resolves them for the pre-resolved variants. */
    @Setup
    public void setUp() {
        Edition e = RubricCatalog.bundled().edition("QD-26-2026");
        evaluator = Evaluator.of(e, 1);
        sheets = new EvaluationSheet[SHEETS];
        for (int k = 0; k < SHEETS; k++) {
            sheets[k] = Fixtures.sheet(evaluator, 1000 + k, 0.2 + 0.8 * k / (SHEETS - 1));
        }
        resolved = new ResolvedSheet[SHEETS];
        chosenPoints = new int[SHEETS][];
        for (int k = 0; k < SHEETS; k++) {
            resolved[k] = evaluator.resolve(sheets[k]);
            List<Criterion> leaves = evaluator.set().leafCriteria();
            chosenPoints[k] = new int[leaves.size()];
            for (Answer a : sheets[k].answers()) {
                Criterion c = evaluator.set().criterion(a.criterion());
                chosenPoints[k][leaves.indexOf(c)] = a.option().equals(Answer.NONE) ? 0
                        : c.option(a.option()).points().intValueExact();
            }
        }
    }

    private int nextIndex() {
        int k = next;
        next = (k + 1) & (SHEETS - 1);
        return k;
    }

    /** @return the sum of the chosen points of a pre-resolved sheet: the physical floor */
    @Benchmark
    public int baselineSumPoints() {
        int[] p = chosenPoints[nextIndex()];
        int t = 0;
        for (int x : p) {
            t += x;
        }
        return t;
    }

    /** @return the classification of a sheet as received */
    @Benchmark
    public Classification classifySheet() {
        return evaluator.evaluate(Council.of(sheets[nextIndex()])).classification();
    }

    /** @return the classification of a pre-resolved sheet */
    @Benchmark
    public Classification classifyResolved() {
        return evaluator.evaluate(resolved[nextIndex()]).classification();
    }

    /**
     * @param bh receives every part of the result
     * @return the full result with sheet score, member total and explanation built
     */
    @Benchmark
    public CouncilResult classifyFullResult(Blackhole bh) {
        CouncilResult r = evaluator.evaluate(Council.of(sheets[nextIndex()]));
        bh.consume(r.sheets());
        bh.consume(r.members());
        bh.consume(r.explanation());
        return r;
    }
}
