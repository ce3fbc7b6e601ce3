package vn.ocop.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jol.info.GraphLayout;
import vn.ocop.area.AdministrativeUnitRegistry;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricLoader;
import vn.ocop.rubric.RubricSet;
import vn.ocop.scoring.Evaluator;

/**
 * Runs the benchmark suite with JMH and prints every figure against its target.
 *
 * <p>Run (from the repository root): {@code mvn -B -Pbench -DskipTests package -pl examples -am}; JMH options go in
 * {@code -Djmh.args="…"} (e.g. {@code -Djmh.args="-f 3"} for three forks, {@code -Djmh.args="SheetBench"} for one
 * class, {@code -Djmh.args="-h"} for all). Without {@code -prof}, the GC profiler runs (allocation per operation).
 * JMH's own runner works too: {@code java -cp <class path> org.openjdk.jmh.Main}.
 *
 * <p>After the JMH run, the retained heap of all bundled editions is measured with JOL (the size of every object
 * reachable from the loaded editions), together with what the evaluators of all sets add to it, and the retained
 * heap of the bundled administrative units.
 */
public final class BenchMain {
    private static final String PKG = BenchMain.class.getPackageName() + ".";
    private static final long MB = 1_000_000L;

    private BenchMain() {
    }

    /**
     * @param args JMH command-line options
     * @throws Exception if JMH fails
     */
    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        if (cli.shouldHelp() || cli.shouldList() || cli.shouldListProfilers() || cli.shouldListResultFormats()
                || cli.shouldListWithParams()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        ChainedOptionsBuilder b = new OptionsBuilder().parent(cli);
        if (cli.getIncludes().isEmpty()) {
            b.include(PKG.replace(".", "\\.") + ".*");
        }
        if (cli.getProfilers().isEmpty()) {
            b.addProfiler(GCProfiler.class);
        }
        Collection<RunResult> results = new Runner(b.build()).run();
        Map<String, RunResult> byName = new TreeMap<>();
        for (RunResult r : results) {
            byName.put(r.getParams().getBenchmark().substring(PKG.length()), r);
        }
        report(byName);
    }

    private static void report(Map<String, RunResult> r) {
        List<String[]> rows = new ArrayList<>();
        Double base = ns(r.get("SheetBench.baselineSumPoints"));
        row(rows, r, "LoadBench.loadBundledEditions", "load all bundled editions (3 editions, 52 sets), warm",
                "≤ 50 ms", x -> x <= 50e6, x -> fmt(x / 1e6, "ms"));
        long[] heap = heap();
        rows.add(new String[] {"retained heap of all bundled editions (JOL)",
            String.format(Locale.ROOT, "%.2f MB (%,d bytes)", heap[0] / (double) MB, heap[0]), "≤ 10 MB",
            heap[0] <= 10 * MB ? "met" : "MISSED", "-"});
        rows.add(new String[] {"  + evaluators of all 52 sets (JOL, extra)",
            String.format(Locale.ROOT, "%.2f MB", heap[1] / (double) MB), "-", "-", "-"});
        row(rows, r, "UnitsBench.loadBundledUnits", "load the bundled administrative units (old and new), warm",
                "≤ 100 ms", x -> x <= 100e6, x -> fmt(x / 1e6, "ms"));
        long units = unitsHeap();
        rows.add(new String[] {"retained heap of the bundled administrative units (JOL)",
            String.format(Locale.ROOT, "%.2f MB (%,d bytes)", units / (double) MB, units), "≤ 5 MB",
            units <= 5 * MB ? "met" : "MISSED", "-"});
        row(rows, r, "UnitsBench.lookupByCode", "administrative unit by code and date", "-", null,
                x -> fmt(x, "ns"));
        row(rows, r, "UnitsBench.lookupByName", "administrative units by name and date", "-", null,
                x -> fmt(x, "ns"));
        row(rows, r, "SheetBench.baselineSumPoints", "baseline: sum the chosen points of a pre-resolved int[]",
                "-", null, x -> fmt(x, "ns"));
        Double received = ns(r.get("SheetBench.classifySheet"));
        rowStatus(rows, r, "SheetBench.classifySheet", "score + classify one sheet of QD-26 set 1, as received",
                "≥ 2,000,000 sheets/s", x -> 1e9 / x >= 2_000_000 ? "met" : "MISSED",
                x -> fmt(x, "ns") + String.format(Locale.ROOT, " = %,.0f sheets/s", 1e9 / x) + ratio(received, base));
        Double resolved = ns(r.get("SheetBench.classifyResolved"));
        rowStatus(rows, r, "SheetBench.classifyResolved", "score + classify one pre-resolved sheet of QD-26 set 1",
                "≤ 10× baseline", x -> base == null ? "no baseline" : x / base <= 10 ? "met" : "MISSED",
                x -> fmt(x, "ns") + String.format(Locale.ROOT, " = %,.0f sheets/s", 1e9 / x) + ratio(resolved, base));
        row(rows, r, "SheetBench.classifyFullResult", "classify one sheet, every part of the result built",
                "-", null, x -> fmt(x, "ns") + String.format(Locale.ROOT, " = %,.0f sheets/s", 1e9 / x));
        row(rows, r, "CouncilBench.councilOf9WithExplanation", "council of 9 → classification with explanation",
                "≤ 5 µs", x -> x <= 5000, x -> fmt(x / 1e3, "µs"));
        row(rows, r, "CouncilBench.councilOf9FullResult", "council of 9 → every part of the result built", "-", null,
                x -> fmt(x / 1e3, "µs"));
        boolean plan = r.keySet().stream().anyMatch(k -> k.startsWith("PlanBench."));
        if (plan) {
            for (String k : r.keySet()) {
                if (k.startsWith("PlanBench.")) {
                    row(rows, r, k, "plan progress report, national-size registry (20,000 products, 40 targets)",
                            "≤ 200 ms",
                            x -> x <= 200e6, x -> fmt(x / 1e6, "ms"));
                }
            }
        } else {
            rows.add(new String[] {"plan progress report, national-size registry", "pending (vn.ocop.plan)",
                "≤ 200 ms", "pending", "-"});
        }

        System.out.println();
        System.out.println("OCOP benchmark figures — " + machine());
        System.out.println();
        System.out.println("| what | figure | target | | alloc/op |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (String[] row : rows) {
            System.out.println("| " + String.join(" | ", row) + " |");
        }
    }

    private static String ratio(Double ns, Double base) {
        return ns == null || base == null ? "" : String.format(Locale.ROOT, ", %.1f× baseline", ns / base);
    }

    private interface Check {
        boolean ok(double ns);
    }

    private interface Status {
        String text(double ns);
    }

    private interface Show {
        String text(double ns);
    }

    private static void row(List<String[]> rows, Map<String, RunResult> r, String key, String what, String target,
            Check check, Show show) {
        rowStatus(rows, r, key, what, target, check == null ? null : x -> check.ok(x) ? "met" : "MISSED", show);
    }

    private static void rowStatus(List<String[]> rows, Map<String, RunResult> r, String key, String what,
            String target, Status check, Show show) {
        Double ns = ns(r.get(key));
        if (ns == null) {
            rows.add(new String[] {what, "not run", target, "-", "-"});
            return;
        }
        Result<?> p = r.get(key).getPrimaryResult();
        String err = Double.isNaN(p.getScoreError()) ? "" : String.format(Locale.ROOT, " (±%.1f%%)",
                100 * p.getScoreError() / p.getScore());
        rows.add(new String[] {what, show.text(ns) + err, target, check == null ? "-" : check.text(ns),
            alloc(r.get(key))});
    }

    /** Primary score in nanoseconds per operation. */
    private static Double ns(RunResult rr) {
        if (rr == null) {
            return null;
        }
        Result<?> p = rr.getPrimaryResult();
        String unit = p.getScoreUnit();
        double s = p.getScore();
        if (unit.endsWith("/op")) {
            return s * factor(unit.substring(0, unit.length() - 3));
        }
        if (unit.startsWith("ops/")) {
            return factor(unit.substring(4)) / s;
        }
        return null;
    }

    private static double factor(String unit) {
        switch (unit) {
            case "ns": return 1;
            case "us": return 1e3;
            case "ms": return 1e6;
            case "s": return 1e9;
            case "min": return 60e9;
            default: throw new IllegalArgumentException("unit " + unit);
        }
    }

    private static String alloc(RunResult rr) {
        for (Map.Entry<String, ? extends Result<?>> e : secondary(rr).entrySet()) {
            if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                return String.format(Locale.ROOT, "%,.0f B", e.getValue().getScore());
            }
        }
        return "-";
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, ? extends Result<?>> secondary(RunResult rr) {
        return (Map) rr.getSecondaryResults();
    }

    private static String fmt(double v, String unit) {
        return String.format(Locale.ROOT, v >= 100 ? "%,.0f %s" : v >= 10 ? "%.1f %s" : "%.2f %s", v, unit);
    }

    /** @return retained bytes of all bundled editions, and what the evaluators of all their sets add */
    private static long[] heap() {
        // records' fields have no Unsafe offsets on JDK 17: JOL finds them its own way
        System.setProperty("jol.magicFieldOffset", "true");
        List<Edition> editions = RubricLoader.loadBundled();
        long eds = GraphLayout.parseInstance(editions).totalSize();
        List<Evaluator> evaluators = new ArrayList<>();
        for (Edition e : editions) {
            for (RubricSet s : e.sets()) {
                evaluators.add(Evaluator.of(e, s));
            }
        }
        long all = GraphLayout.parseInstance(editions, evaluators).totalSize();
        return new long[] {eds, all - eds};
    }

    /** @return retained bytes of the bundled administrative units, loaded anew */
    private static long unitsHeap() {
        System.setProperty("jol.magicFieldOffset", "true");
        return GraphLayout.parseInstance(AdministrativeUnitRegistry.loadBundled()).totalSize();
    }

    private static String machine() {
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("") + ", ";
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return cpu + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + ", JDK "
                + System.getProperty("java.vm.version") + " (" + System.getProperty("java.vm.name") + ")";
    }
}
