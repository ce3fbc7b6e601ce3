package vn.ocop.examples.bench;

import java.math.BigDecimal;
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
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.CouncilResult;
import vn.ocop.scoring.CouncilRules;
import vn.ocop.scoring.Quorum;
import vn.ocop.scoring.Evaluator;
import vn.ocop.scoring.Explanation;

/**
 * A council of 9 members on set 1 of Decision 26/2026 (sheets read from JSON) → classification with explanation
 * (criteria lines with citations and each member's option, part means, band, failed minimums, what the next star
 * needs). Target: at most 5 µs.
 *
 * <p>Four councils (a 3★ with failed minimums, 4★, 5★ and a 2★ one) are taken in turn.
 * <ul>
 * <li>{@link #councilOf9WithExplanation}: {@link Evaluator#evaluate(Council)}, then its explanation, built.</li>
 * <li>{@link #councilOf9WithRules}: the same under a province's council rules (quorum 75 % of 11 appointed members
 * with the chair, second round on outliers over 10 points), the council giving its chair and appointed count.</li>
 * <li>{@link #councilOf9FullResult}: the same with every member's sheet score, totals and outliers built too (for
 * comparison; no target).</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class CouncilBench {
    private Evaluator evaluator;
    private Council[] councils;
    private Council[] withChair;
    private CouncilRules rules;
    private int next;

    /** Reads the councils. */
    @Setup
    public void setUp() {
        evaluator = Evaluator.of(RubricCatalog.bundled().edition("QD-26-2026"), 1);
        councils = new Council[] {
            Fixtures.council(evaluator, 9, 11, 0.55),
            Fixtures.council(evaluator, 9, 12, 0.75),
            Fixtures.council(evaluator, 9, 13, 0.97),
            Fixtures.council(evaluator, 9, 14, 0.30),
        };
        withChair = new Council[councils.length];
        for (int i = 0; i < councils.length; i++) {
            withChair[i] = councils[i].withChair(councils[i].members().get(0).member()).withAppointed(11);
        }
        rules = CouncilRules.defaults().withQuorum(Quorum.of(new BigDecimal("75"), true)).withRescoreOutliers(true);
    }

    private Council nextCouncil() {
        Council c = councils[next];
        next = (next + 1) & 3;
        return c;
    }

    /**
     * @param bh receives the classification
     * @return the explanation
     */
    @Benchmark
    public Explanation councilOf9WithExplanation(Blackhole bh) {
        CouncilResult r = evaluator.evaluate(nextCouncil());
        bh.consume(r.classification());
        return r.explanation();
    }

    /**
     * @param bh receives the classification
     * @return the explanation
     */
    @Benchmark
    public Explanation councilOf9WithRules(Blackhole bh) {
        Council c = withChair[next];
        next = (next + 1) & 3;
        CouncilResult r = evaluator.evaluate(c, rules);
        bh.consume(r.classification());
        return r.explanation();
    }

    /**
     * @param bh receives every part of the result
     * @return the full result, every part built
     */
    @Benchmark
    public CouncilResult councilOf9FullResult(Blackhole bh) {
        CouncilResult r = evaluator.evaluate(nextCouncil());
        bh.consume(r.sheets());
        bh.consume(r.members());
        bh.consume(r.outliers());
        bh.consume(r.explanation());
        return r;
    }
}
