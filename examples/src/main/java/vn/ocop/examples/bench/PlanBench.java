package vn.ocop.examples.bench;

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
import vn.ocop.plan.AreaProgress;
import vn.ocop.plan.ProgressReport;
import vn.ocop.plan.TargetProgress;
import vn.ocop.plan.Tracker;

/**
 * The progress report of a national plan on a national-size registry
 * ({@link SyntheticRegistry#national}: 20,000 products with their certificate histories, 700 communes, 34 provinces,
 * a plan of 40 targets allocated to every province). Target: at most 200 ms.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PlanBench {
    private SyntheticRegistry programme;
    private Tracker tracker;

    /** Generates the registry (deterministic) and the tracker. */
    @Setup
    public void setUp() {
        programme = SyntheticRegistry.national(42);
        tracker = Tracker.of(programme.registry(), programme.areas()).withReported(programme.reported());
    }

    /**
     * The progress report of every target, per allocated area, with every line's judgement read (status, percentage,
     * remaining, paces).
     *
     * @param bh receives the figures
     */
    @Benchmark
    public void progressReport(Blackhole bh) {
        ProgressReport r = tracker.progress(programme.plan(), programme.asOf());
        for (TargetProgress t : r.targets()) {
            judged(bh, t.total());
            for (AreaProgress a : t.areas()) {
                judged(bh, a);
            }
        }
    }

    private static void judged(Blackhole bh, AreaProgress a) {
        bh.consume(a.status());
        bh.consume(a.achievedPercent());
        bh.consume(a.remaining());
        bh.consume(a.expected());
        bh.consume(a.neededPerMonth());
        bh.consume(a.plannedPerMonth());
    }
}
