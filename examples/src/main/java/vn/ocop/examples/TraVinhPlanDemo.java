package vn.ocop.examples;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.ocop.Problem;
import vn.ocop.area.Area;
import vn.ocop.area.Areas;
import vn.ocop.examples.bench.SyntheticRegistry;
import vn.ocop.format.Formats;
import vn.ocop.format.ProblemFormatter;
import vn.ocop.format.ProgressReportFormatter;
import vn.ocop.format.StatisticsFormatter;
import vn.ocop.plan.Plan;
import vn.ocop.plan.ProgressReport;
import vn.ocop.plan.ReportedValue;
import vn.ocop.plan.Tracker;
import vn.ocop.registry.PtntOcop;
import vn.ocop.registry.Registry;
import vn.ocop.statistics.StatisticsSnapshot;

/**
 * The Trà Vinh 2024 OCOP plan (40 new 3★+ products allocated to the nine district-level units, at least 5 brands),
 * read from {@code samples/tra-vinh-plan-2024.json}, tracked against a SAMPLE registry ({@link TraVinhSample}) and
 * sample reports: progress after the first evaluation rounds and at the end of the year, a CSV excerpt, the
 * province's statistics, the 2025 old-to-new mapping, and one rough timing of a national-size progress report
 * ({@link SyntheticRegistry}: 20,000 products, 700 communes, 40 targets; the JMH suite in
 * {@code vn.ocop.examples.bench} measures it properly). In Vietnamese, or in English with the argument {@code en}.
 *
 * <p>Run: {@code mvn -q -B -DskipTests package exec:java -pl examples -am -Ddemo.main=vn.ocop.examples.TraVinhPlanDemo}
 * (add {@code -Dexec.args=en} for English).
 */
public final class TraVinhPlanDemo {
    private final Locale locale;
    private final boolean english;

    private TraVinhPlanDemo(Locale locale) {
        this.locale = locale;
        this.english = Formats.isEnglish(locale);
    }

    /**
     * @param args {@code en} for English; Vietnamese otherwise
     * @throws Exception on a read failure
     */
    public static void main(String[] args) throws Exception {
        Demos.quietValidatorLog();
        new TraVinhPlanDemo(args.length > 0 ? Locale.forLanguageTag(args[0]) : Formats.VIETNAMESE_LOCALE).run();
    }

    private void say(String vietnamese, String inEnglish) {
        System.out.println(english ? inEnglish : vietnamese);
    }

    private void run() throws Exception {
        Areas areas;
        Plan plan;
        List<ReportedValue> reports;
        try (InputStream a = resource("tra-vinh-areas.json"); InputStream p = resource("tra-vinh-plan-2024.json");
                InputStream r = resource("tra-vinh-reports-2024.json")) {
            areas = Areas.read(a, "samples/tra-vinh-areas.json");
            plan = Plan.read(p, "samples/tra-vinh-plan-2024.json");
            reports = ReportedValue.readList(r, "samples/tra-vinh-reports-2024.json");
        }
        Registry registry = TraVinhSample.registry();
        say("Theo dõi kế hoạch OCOP — " + plan.title(), "OCOP plan tracking — " + plan.title());
        int products = registry.products().size();
        int certificates = registry.certificates().size();
        say("Sổ theo dõi MẪU (sản phẩm giả định, không có thật): " + products + " sản phẩm, " + certificates
                + " giấy chứng nhận", "SAMPLE registry (invented, not real products): " + products + " products, "
                + certificates + " certificates");
        checkPlan(plan, areas);
        progress(Tracker.of(registry, areas).withReported(reports), plan);
        System.out.println();
        System.out.print(StatisticsFormatter.of(locale).text(StatisticsSnapshot.of(registry, areas, "84",
                LocalDate.of(2024, 12, 31))));
        System.out.println();
        String now = areas.correspondingOn("845", LocalDate.of(2024, 12, 31), LocalDate.of(2026, 1, 1)).toString();
        String name = areas.unit("86", LocalDate.of(2026, 1, 1)).map(Area::label).orElse("86");
        say("Sau cải cách năm 2025, Huyện Cầu Kè (845) ghi năm 2024 ứng với " + now + " " + name + " vào 01/01/2026",
                "After the 2025 reform, Huyện Cầu Kè (845) as recorded in 2024 corresponds on 2026-01-01 to " + now
                        + " " + name);
        System.out.println();
        nationalExchange(registry);
        System.out.println();
        roughTiming();
    }

    /** The register in the layout of table PTNT_OCOP (Decision 5277/QĐ-BNNMT): the sample registry file, then why
     *  the Trà Vinh sample cannot be exported as it is (its products are recorded under district codes). */
    private void nationalExchange(Registry sample) throws Exception {
        LocalDate date = LocalDate.of(2024, 11, 30);
        Registry registry;
        try (InputStream in = resource("registry-sample.json")) {
            registry = Registry.read(in, "samples/registry-sample.json");
        }
        PtntOcop export = PtntOcop.of(registry, date);
        say("=== Bảng PTNT_OCOP (QĐ 5277/QĐ-BNNMT) của samples/registry-sample.json ngày " + Formats.of(locale)
                .date(date) + " (CSV) ===", "=== Table PTNT_OCOP (Decision 5277/QĐ-BNNMT) of samples/registry-sample.json on "
                + Formats.of(locale).date(date) + " (CSV) ===");
        Arrays.stream(export.csv().split("\n")).forEach(l -> System.out.println("  " + l));
        PtntOcop traVinh = PtntOcop.exportable(sample, LocalDate.of(2024, 12, 31));
        say("Sổ mẫu Trà Vinh: " + traVinh.rows().size() + " dòng xuất được, " + traVinh.refused().size()
                + " sản phẩm không xuất được, ví dụ:", "Trà Vinh sample: " + traVinh.rows().size() + " rows exported, "
                + traVinh.refused().size() + " products refused, e.g.:");
        traVinh.refused().stream().limit(1).forEach(r -> System.out.println("  " + r.text(locale)));
    }

    private void checkPlan(Plan plan, Areas areas) {
        List<Problem> problems = plan.problems(areas);
        if (problems.isEmpty()) {
            say("Kiểm tra kế hoạch: phân bổ cộng lại đủ (4+4+4+4+4+5+5+5+5 = 40), mọi địa bàn đều có trong danh mục",
                    "Plan check: allocations add up (4+4+4+4+4+5+5+5+5 = 40), all areas known");
        } else {
            System.out.println(ProblemFormatter.of(locale).format(english ? "plan" : "kế hoạch", problems));
        }
    }

    private void progress(Tracker tracker, Plan plan) {
        ProgressReportFormatter f = ProgressReportFormatter.of(locale);
        System.out.println();
        say("=== Sau các đợt đánh giá đầu năm ===", "=== After the first evaluation rounds ===");
        System.out.print(f.table(tracker.progress(plan, LocalDate.of(2024, 8, 31))));
        System.out.println();
        say("=== Cuối năm ===", "=== End of the year ===");
        ProgressReport end = tracker.progress(plan, LocalDate.of(2024, 12, 31));
        System.out.print(f.table(end));
        System.out.println();
        String[] csv = f.csv(end).split("\r\n");
        say("Tệp CSV (3 dòng đầu trong " + csv.length + " dòng):", "CSV export (first 3 of " + csv.length + " lines):");
        Arrays.stream(csv).limit(3).forEach(l -> System.out.println("  " + l));
    }

    private void roughTiming() {
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
        Formats fmt = Formats.of(locale);
        String median = fmt.decimal(java.math.BigDecimal.valueOf(ms[runs / 2]), 1);
        String min = fmt.decimal(java.math.BigDecimal.valueOf(ms[0]), 1);
        String gen = fmt.decimal(java.math.BigDecimal.valueOf(generated), 0);
        String n = fmt.integer(national.registry().products().size());
        String c = fmt.integer(national.registry().certificates().size());
        say("Thời gian (ước lượng thô, không phải JMH): báo cáo tiến độ trên sổ theo dõi toàn quốc giả lập (" + n
                + " sản phẩm, " + c + " giấy chứng nhận, " + SyntheticRegistry.COMMUNES + " xã, "
                + national.plan().targets().size() + " mục tiêu, 2024–2026): trung vị " + median + " ms, nhanh nhất "
                + min + " ms qua " + runs + " lần sau 5 lần chạy khởi động (tạo dữ liệu " + gen + " ms)",
                "Timing (rough, not JMH): progress report of the synthetic national registry (" + n + " products, " + c
                + " certificates, " + SyntheticRegistry.COMMUNES + " communes, " + national.plan().targets().size()
                + " targets, 2024–2026): median " + median + " ms, min " + min + " ms over " + runs + " runs after 5 "
                + "warm-up runs (generation " + gen + " ms)");
    }

    private static InputStream resource(String name) {
        InputStream in = TraVinhPlanDemo.class.getResourceAsStream("/samples/" + name);
        if (in == null) {
            throw new IllegalStateException("sample " + name + " is missing from the class path");
        }
        return in;
    }
}
