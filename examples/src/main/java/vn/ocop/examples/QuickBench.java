package vn.ocop.examples;

import java.util.ArrayList;
import java.util.List;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.RubricLoader;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.EvaluationSheet;
import vn.ocop.scoring.Evaluator;

/**
 * A rough timing harness (not JMH; the JMH suite with the targets is {@code vn.ocop.examples.bench}, run by
 * {@code mvn -B -Pbench -DskipTests package -pl examples -am}): load time of the bundled editions, single-sheet
 * classification throughput and 9-member council latency on set 1 of Decision 26/2026. Prints figures only.
 *
 * <p>Run: {@code mvn -q -B -DskipTests package exec:java -pl examples -am -Ddemo.main=vn.ocop.examples.QuickBench}
 */
public final class QuickBench {
    private QuickBench() {
    }

    /**
     * @param args unused
     */
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        RubricLoader.loadBundled();
        System.out.printf("cold load of all bundled editions: %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        for (int i = 0; i < 20; i++) {
            RubricLoader.loadBundled();
        }
        t0 = System.nanoTime();
        int loads = 20;
        for (int i = 0; i < loads; i++) {
            RubricLoader.loadBundled();
        }
        System.out.printf("warm load of all bundled editions: %.1f ms%n", (System.nanoTime() - t0) / 1e6 / loads);

        Edition e = RubricCatalog.bundled().edition("QD-26-2026");
        Evaluator ev = Evaluator.of(e, 1);
        List<EvaluationSheet> sheets = new ArrayList<>();
        for (int m = 0; m < 9; m++) {
            EvaluationSheet.Builder b = EvaluationSheet.builder("QD-26-2026", 1, "M" + m);
            int k = 0;
            for (Criterion c : ev.set().leafCriteria()) {
                List<Option> opts = c.answerOptions();
                // never the first option, so that "only if" conditions (e.g. 5.1 has a story) hold
                b.answer(c.code(), opts.get(opts.size() == 1 ? 0 : 1 + (k++ + m) % (opts.size() - 1)).code());
            }
            sheets.add(b.build());
        }
        Council council = Council.of(sheets);
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            int n = 200_000;
            t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += ev.evaluate(Council.of(sheets.get(i % 9))).classification().bandStars().level();
            }
            double perSheet = (System.nanoTime() - t0) / (double) n;
            int c = 20_000;
            t0 = System.nanoTime();
            for (int i = 0; i < c; i++) {
                sink += ev.evaluate(council).explanation().band().stars().level();
            }
            double perCouncil = (System.nanoTime() - t0) / (double) c;
            System.out.printf("round %d: classify one sheet %.2f µs (%.0f sheets/s); council of 9 with explanation %.1f µs%n",
                    round, perSheet / 1e3, 1e9 / perSheet, perCouncil / 1e3);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
