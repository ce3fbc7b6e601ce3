package vn.ocop.examples;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.ocop.OcopJson;
import vn.ocop.Problem;
import vn.ocop.plan.Areas;
import vn.ocop.plan.Plan;
import vn.ocop.plan.ProgressReport;
import vn.ocop.plan.Registry;
import vn.ocop.plan.ReportedValue;
import vn.ocop.plan.SyntheticRegistry;
import vn.ocop.plan.Tracker;

/**
 * The Trà Vinh 2024 OCOP plan (40 new 3★+ products allocated to the nine district-level units, at least 5 brands),
 * read from {@code samples/tra-vinh-plan-2024.json}, tracked against a SAMPLE registry ({@link TraVinhSample}) and
 * sample reports: progress after the first evaluation rounds and at the end of the year, a CSV excerpt, the
 * province's statistics snapshot, the 2025 old-to-new mapping, and one timing of a national-size progress report
 * ({@link SyntheticRegistry}: 20,000 products, 700 communes, 40 targets; a rough figure, the JMH suite is issue 6).
 *
 * <p>Run: {@code mvn -q -B -DskipTests package exec:java -pl examples -am -Ddemo.main=vn.ocop.examples.TraVinhPlanDemo}
 */
public final class TraVinhPlanDemo {
    private TraVinhPlanDemo() {
    }

    /**
     * @param args unused
     * @throws Exception on a read failure
     */
    public static void main(String[] args) throws Exception {
        Areas areas;
        Plan plan;
        List<ReportedValue> reports;
        try (InputStream a = resource("tra-vinh-areas.json"); InputStream p = resource("tra-vinh-plan-2024.json");
                InputStream r = resource("tra-vinh-reports-2024.json")) {
            areas = Areas.read(a, "samples/tra-vinh-areas.json");
            plan = Plan.read(p, "samples/tra-vinh-plan-2024.json");
            reports = OcopJson.mapper().readValue(r, new TypeReference<List<ReportedValue>>() { });
        }
        Registry registry = TraVinhSample.registry();
        System.out.println("OCOP plan tracking — " + plan.title());
        System.out.println("Sample registry (invented, not real products): " + registry);
        List<Problem> problems = plan.problems(areas);
        System.out.println("Plan check: " + (problems.isEmpty() ? "allocations add up (4+4+4+4+4+5+5+5+5 = 40), all areas known"
                : problems));

        Tracker tracker = Tracker.of(registry, areas).withReported(reports);
        System.out.println();
        System.out.println("=== After the first evaluation rounds ===");
        System.out.print(tracker.progress(plan, LocalDate.of(2024, 8, 31)).toTable());
        System.out.println();
        System.out.println("=== End of the year ===");
        ProgressReport end = tracker.progress(plan, LocalDate.of(2024, 12, 31));
        System.out.print(end.toTable());
        System.out.println();
        System.out.println("CSV export (first 3 of " + end.toCsv().split("\r\n").length + " lines):");
        Arrays.stream(end.toCsv().split("\r\n")).limit(3).forEach(l -> System.out.println("  " + l));
        System.out.println();
        System.out.print(tracker.snapshot("84", LocalDate.of(2024, 12, 31)).toText());
        System.out.println();
        System.out.println("After the 2025 reform, Huyện Cầu Kè (845) as recorded in 2024 corresponds on 2026-01-01 to "
                + areas.correspondingOn("845", LocalDate.of(2024, 12, 31), LocalDate.of(2026, 1, 1)) + " "
                + areas.label("86", LocalDate.of(2026, 1, 1)));

        System.out.println();
        long g0 = System.nanoTime();
        SyntheticRegistry national = SyntheticRegistry.national(42);
        double generated = (System.nanoTime() - g0) / 1e6;
        Tracker big = Tracker.of(national.registry(), national.areas()).withReported(national.reported());
        for (int i = 0; i < 5; i++) {
            big.progress(national.plan(), national.asOf());
        }
        int runs = 15;
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            big.progress(national.plan(), national.asOf());
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("Timing (rough, not JMH): progress report of the synthetic national registry (%d products, "
                + "%d certificates, %d communes, %d targets, 2024–2026): median %.1f ms, min %.1f ms over %d runs after "
                + "5 warm-up runs (generation %.0f ms)%n", national.registry().products().size(),
                national.registry().certificates().size(), SyntheticRegistry.COMMUNES, national.plan().targets().size(),
                ms[runs / 2], ms[0], runs, generated);
    }

    private static InputStream resource(String name) {
        InputStream in = TraVinhPlanDemo.class.getResourceAsStream("/samples/" + name);
        if (in == null) {
            throw new IllegalStateException("sample " + name + " is missing from the class path");
        }
        return in;
    }
}
