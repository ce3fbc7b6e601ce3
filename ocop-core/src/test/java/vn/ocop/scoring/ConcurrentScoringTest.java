package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.RubricSet;

/**
 * Concurrency: one catalog shared by 8 threads scoring 1,000,000 sheets gives results identical to a serial run.
 *
 * <p>The sheets come from a pool of {@value #POOL_PER_SET} seeded random sheets per set for all 52 sets of 26/2026
 * and 148/2023; sheet {@code i} of the run is pool sheet {@code i mod pool size}. The serial run classifies all
 * 1,000,000 on one thread and keeps each result's stars, total and deep hash code. Then 8 threads share the catalog
 * and a fresh {@link Evaluators}, which creates each evaluator on first use (so evaluator construction races too),
 * taking work
 * in small interleaved blocks so that several threads use one evaluator at the same moment; each of their results is
 * compared with the serial one at the same index (stars, total, hash code) and in full ({@code equals}) with the
 * serial result of the same pool sheet.
 *
 * <p>System property {@code ocop.concurrency.sheets} (default 1,000,000) changes the number of sheets.
 */
class ConcurrentScoringTest {
    static final int SHEETS = Integer.getInteger("ocop.concurrency.sheets", 1_000_000);
    static final int THREADS = 8;
    static final int BLOCK = 64;
    static final int POOL_PER_SET = 400;
    static final long SEED = 0x0C0BL;

    /** The pool of sheets and the shared catalog. */
    static final class Pool {
        final RubricCatalog catalog;
        final List<EvaluationSheet> sheets = new ArrayList<>();

        Pool(RubricCatalog catalog) {
            this.catalog = catalog;
            List<RubricSet> sets = new ArrayList<>();
            for (String id : List.of("QD-26-2026", "QD-148-2023")) {
                sets.addAll(catalog.edition(id).sets());
            }
            SplittableRandom rnd = new SplittableRandom(SEED);
            List<RandomSheets> gens = sets.stream().map(RandomSheets::new).toList();
            for (int i = 0; i < POOL_PER_SET * sets.size(); i++) {
                sheets.add(gens.get(i % sets.size()).sheet(rnd, "Thành viên " + i));
            }
        }

        EvaluationSheet sheet(int i) {
            return sheets.get(i % sheets.size());
        }
    }

    /**
     * Work on the shared catalog: get or create the set's evaluator, classify, and build every lazy part of the
     * result (its hash code covers them all).
     */
    static CouncilResult classify(Evaluators evaluators, EvaluationSheet sheet) {
        return evaluators.forSheet(sheet).evaluate(Council.of(sheet));
    }

    static long total(CouncilResult r) {
        return r.sheets().get(0).total().movePointRight(4).longValueExact();
    }

    static int stars(CouncilResult r) {
        return r.classification().stars() == null ? 0 : r.classification().stars().level();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void eightThreadsSharingOneCatalogScoreExactlyAsOneThreadDoes() throws Exception {
        RubricCatalog catalog = RubricCatalog.bundled();
        Pool pool = new Pool(catalog);
        int poolSize = pool.sheets.size();

        long t0 = System.nanoTime();
        int[] hash = new int[SHEETS];
        byte[] stars = new byte[SHEETS];
        long[] total = new long[SHEETS];
        CouncilResult[] serial = new CouncilResult[poolSize];
        Evaluators alone = Evaluators.of(catalog);
        for (int i = 0; i < SHEETS; i++) {
            CouncilResult r = classify(alone, pool.sheet(i));
            hash[i] = r.hashCode();
            stars[i] = (byte) stars(r);
            total[i] = total(r);
            if (i < poolSize) {
                serial[i] = r;
            }
        }
        long t1 = System.nanoTime();

        Evaluators shared = Evaluators.of(catalog);
        java.util.Set<Evaluator> used = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger differ = new AtomicInteger();
        AtomicInteger first = new AtomicInteger(Integer.MAX_VALUE);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(threads.submit(() -> {
                start.await();
                for (int from = next.getAndAdd(BLOCK); from < SHEETS; from = next.getAndAdd(BLOCK)) {
                    for (int i = from; i < Math.min(SHEETS, from + BLOCK); i++) {
                        used.add(shared.forSheet(pool.sheet(i)));
                        CouncilResult r = classify(shared, pool.sheet(i));
                        if (hash[i] != r.hashCode() || stars[i] != stars(r) || total[i] != total(r)
                                || !r.equals(serial[i % poolSize])) {
                            differ.incrementAndGet();
                            first.accumulateAndGet(i, Math::min);
                        }
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        long t2 = System.nanoTime();

        assertThat(differ.get()).as("sheets scored differently by %d threads (first: %d)", THREADS, first.get())
                .isZero();
        // one evaluator per set, however many threads asked for it at once
        assertThat(used).hasSize(Math.min(52, SHEETS));
        // the sheets cover every outcome, so that "identical" means something
        int[] seen = new int[6];
        for (byte s : stars) {
            seen[s]++;
        }
        for (int s = 0; s <= 5 && SHEETS >= 100_000; s++) {
            assertThat(seen[s]).as("results with %d stars (0: rejected)", s).isPositive();
        }
        System.out.printf("ConcurrentScoringTest: %,d sheets, serial %.1f s, %d threads %.1f s%n", SHEETS,
                (t1 - t0) / 1e9, THREADS, (t2 - t1) / 1e9);
    }
}
