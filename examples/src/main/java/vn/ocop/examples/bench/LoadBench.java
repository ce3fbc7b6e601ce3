package vn.ocop.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricLoader;

/**
 * Load and check every bundled edition (3 editions, 52 set files) from the class path, warm.
 * Target: at most 50 ms. The retained heap of the loaded editions (target: at most 10 MB) is measured with JOL by
 * {@link BenchMain} after the run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LoadBench {
    /** @return the editions */
    @Benchmark
    public List<Edition> loadBundledEditions() {
        return RubricLoader.loadBundled();
    }
}
