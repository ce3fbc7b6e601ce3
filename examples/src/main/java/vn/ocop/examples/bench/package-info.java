/**
 * The JMH benchmark suite, with its targets: {@link vn.ocop.examples.bench.LoadBench} (load all bundled
 * editions, warm: ≤ 50 ms; retained heap ≤ 10 MB), {@link vn.ocop.examples.bench.SheetBench} (score and classify one
 * sheet: ≥ 2,000,000 sheets/s as received, and a pre-resolved one within 10× of summing pre-resolved points), {@link vn.ocop.examples.bench.CouncilBench}
 * (council of 9 with explanation: ≤ 5 µs), {@link vn.ocop.examples.bench.PlanBench} (plan progress report on a
 * national-size registry: ≤ 200 ms), {@link vn.ocop.examples.bench.UnitsBench} (load the bundled administrative
 * units, warm: ≤ 100 ms; retained heap ≤ 5 MB).
 *
 * <p>Run from the repository root, never as part of {@code mvn -B test}:
 * <pre>
 * mvn -B -Pbench -DskipTests package -pl examples -am                          # all, with -prof gc, then a table of figures vs targets
 * mvn -B -Pbench -DskipTests package -pl examples -am -Djmh.args="-f 3"          # three forks
 * mvn -B -Pbench -DskipTests package -pl examples -am -Djmh.args="SheetBench"    # one class (a regular expression)
 * </pre>
 * The profile runs {@link vn.ocop.examples.bench.BenchMain} with {@code exec:exec} (a separate JVM, so that JMH can
 * fork), which runs JMH with the GC profiler and measures the heap of the editions and of the administrative units
 * with JOL.
 */
package vn.ocop.examples.bench;
