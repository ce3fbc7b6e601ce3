package vn.ocop.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ocop.area.AreaLevel;
import vn.ocop.plan.ProgressReport;
import vn.ocop.plan.Target;
import vn.ocop.plan.Tracker;
import vn.ocop.product.RegistrationKind;
import vn.ocop.rubric.Star;
import vn.ocop.testing.TraVinh;

/**
 * The Trà Vinh 2024 progress report on 2024-08-31 ({@link TraVinh#report}) as text tables and CSV, in Vietnamese
 * (the default) and English.
 */
class ProgressReportFormatterTest {
    static final ProgressReport REPORT = TraVinh.report(TraVinh.AUG_31);
    static final ProgressReportFormatter EN = ProgressReportFormatter.of(Locale.ENGLISH);
    static final ProgressReportFormatter VI = ProgressReportFormatter.of(Locale.forLanguageTag("vi"));

    static String line(String text, String... parts) {
        return List.of(text.split("\n")).stream().filter(l -> List.of(parts).stream().allMatch(l::contains))
                .findFirst().orElseThrow();
    }

    @Test
    void englishTableHasOneAlignedRowPerArea() {
        String text = EN.table(REPORT);
        assertThat(text).startsWith("Kế hoạch triển khai Chương trình OCOP tỉnh Trà Vinh năm 2024\n"
                + "Kế hoạch năm 2024 của UBND tỉnh Trà Vinh (số hiệu không nêu trong bản tin) · Tỉnh Trà Vinh (84) · "
                + "2024-01-01 to 2024-12-31\n"
                + "as of 2024-08-31: 66.7% of the period elapsed\n"
                + "\nT1  Năm 2024 có thêm 40 sản phẩm được công nhận sản phẩm OCOP đạt hạng 3 sao trở lên\n"
                + "    products recognised at 3★ or more in the period (new), goal: level\n");
        String header = line(text, "area", "target");
        String total = line(text, "Tỉnh Trà Vinh (84)", "at risk");
        assertThat(total).matches("^ {4}Tỉnh Trà Vinh \\(84\\) +40 +0 +23 +57\\.5% +26\\.67 +17 +4\\.24 +at risk$");
        // right-aligned numbers end under their header
        assertThat(total.indexOf("40") + 2).isEqualTo(header.indexOf("target") + "target".length());
        String cauNgang = line(text, "Huyện Cầu Ngang (848)");
        assertThat(cauNgang).startsWith("      Huyện Cầu Ngang (848)").endsWith("behind");
        assertThat(cauNgang.indexOf("%")).isEqualTo(total.indexOf("%"));
        assertThat(text).contains("T2  xây dựng ít nhất 5 nhãn hiệu sản phẩm OCOP")
                .contains("no data")
                .doesNotContain("problems:");
    }

    @Test
    void vietnameseTableIsTheDefaultAndNamesNoConstant() {
        String text = VI.table(REPORT);
        assertThat(text).startsWith("Kế hoạch triển khai Chương trình OCOP tỉnh Trà Vinh năm 2024\n"
                + "Kế hoạch năm 2024 của UBND tỉnh Trà Vinh (số hiệu không nêu trong bản tin) · Tỉnh Trà Vinh (84) · "
                + "01/01/2024 đến 31/12/2024\n"
                + "tính đến 31/08/2024: đã qua 66,7 % thời gian của kỳ kế hoạch\n"
                + "\nT1  Năm 2024 có thêm 40 sản phẩm được công nhận sản phẩm OCOP đạt hạng 3 sao trở lên\n"
                + "    số sản phẩm được công nhận từ 3★ trở lên trong kỳ (mới), mục tiêu: mức cần đạt\n");
        String header = line(text, "địa bàn", "chỉ tiêu");
        String total = line(text, "Tỉnh Trà Vinh (84)", "có nguy cơ");
        assertThat(total).matches("^ {4}Tỉnh Trà Vinh \\(84\\) +40 +0 +23 +57,5 % +26,67 +17 +4,24 +có nguy cơ chậm$");
        assertThat(total.indexOf("40") + 2).isEqualTo(header.indexOf("chỉ tiêu") + "chỉ tiêu".length());
        assertThat(line(text, "Huyện Cầu Ngang (848)")).endsWith("chậm tiến độ");
        assertThat(text).contains("chưa có số liệu");
        for (String constant : List.of("AT_RISK", "BEHIND", "NO_DATA", "ON_TRACK", "LEVEL", "new≥")) {
            assertThat(text).doesNotContain(constant);
        }
        assertThat(ProgressReportFormatter.of(Locale.CHINA).table(REPORT)).as("Vietnamese unless English").isEqualTo(text);
    }

    @Test
    void notesAndProblemsAppearUnderTheirTables() {
        TraVinh.RegistryBuilder b = TraVinh.registry(new int[9], new int[9]);
        b.product("U1", "99", "99999");
        b.cert("U1", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 5, 20));
        List<Target.Allocation> allocs = new ArrayList<>(TraVinh.newProducts().allocations());
        allocs.set(5, Target.Allocation.of("845", 4));
        ProgressReport r = Tracker.of(b.build(), TraVinh.areas())
                .progress(TraVinh.planWith(TraVinh.newProducts().withAllocations(allocs)), TraVinh.AUG_31);
        String en = EN.table(r);
        assertThat(en).contains("\n      unattributed ")
                .contains("\n    note: records under unit codes the register does not know: 99999\n")
                .contains("\n    note: the allocations add up to 39, not 40 (see problems)\n")
                .contains("\nproblems:\n  plan TV-2024, $.targets[0].allocations: target T1: the allocations add up to 39");
        String vi = VI.table(r);
        assertThat(vi).contains("\n      chưa xác định địa bàn ")
                .contains("\n    ghi chú: có hồ sơ mang mã đơn vị hành chính không có trong danh mục: 99999\n")
                .contains("\n    ghi chú: tổng phân bổ là 39, không bằng chỉ tiêu 40 (xem các lỗi)\n")
                .contains("\ncác lỗi của kế hoạch:\n  plan TV-2024, $.targets[0].allocations: ");
        String[] rows = EN.csv(r).split("\r\n");
        List<String> unattributed = parse(rows[rows.length - 1]);
        assertThat(column(EN, unattributed, "line")).isEqualTo("unattributed");
        assertThat(column(EN, unattributed, "note")).isEqualTo("records under unit codes the register does not know: "
                + "99999");
        // the total's row has every note of the target
        assertThat(column(EN, parse(rows[1]), "note")).isEqualTo("records under unit codes the register does not "
                + "know: 99999; the allocations add up to 39, not 40 (see problems)");
    }

    @Test
    void englishCsvHasAHeaderAndOneRowPerLine() {
        String csv = EN.csv(REPORT);
        assertThat(csv).endsWith("\r\n");
        String[] rows = csv.split("\r\n");
        assertThat(EN.csvColumns()).containsExactly("plan", "as_of", "measured_on", "target", "indicator",
                "goal_kind", "line", "area", "area_name", "target_value", "ceiling", "baseline", "goal", "actual", "numerator",
                "denominator", "method", "achieved_percent", "expected", "remaining", "status", "needed_per_month",
                "planned_per_month", "how", "note");
        assertThat(rows[0]).isEqualTo(String.join(",", EN.csvColumns()));
        assertThat(rows).hasSize(1 + 10 + 1); // header, T1 total + 9 districts, T2 total
        List<String> total = parse(rows[1]);
        assertThat(total).hasSize(EN.csvColumns().size());
        assertThat(column(EN, total, "target")).isEqualTo("T1");
        assertThat(column(EN, total, "indicator")).isEqualTo("new≥3★[FIRST]");
        assertThat(column(EN, total, "as_of")).isEqualTo("2024-08-31");
        assertThat(column(EN, total, "line")).isEqualTo("total");
        assertThat(column(EN, total, "area_name")).isEqualTo("Tỉnh Trà Vinh (84)");
        assertThat(column(EN, total, "actual")).isEqualTo("23");
        assertThat(column(EN, total, "status")).isEqualTo("at risk");
        assertThat(column(EN, total, "needed_per_month")).isEqualTo("4.24");
        assertThat(column(EN, total, "how")).isEqualTo("counted in the registry, 2024-01-01 to 2024-08-31");
        assertThat(column(EN, parse(rows[11]), "method")).isEqualTo("none");
        assertThat(column(EN, parse(rows[11]), "actual")).isEmpty();
    }

    @Test
    void theOfficeFileHasTheSameRowsWithABomAndTheLanguagesSeparator() throws Exception {
        byte[] vi = VI.officeCsv(REPORT, OfficeCsv.of(Locale.forLanguageTag("vi")));
        assertThat(java.util.Arrays.copyOf(vi, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(vi, 3, vi.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(";", VI.csvColumns()));
        assertThat(readCsv(text, ';')).isEqualTo(readCsv(VI.csv(REPORT), ','));
        byte[] en = EN.officeCsv(REPORT, OfficeCsv.of(Locale.ENGLISH));
        String enText = new String(en, 3, en.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(enText.split("\r\n")[0]).isEqualTo(String.join(",", EN.csvColumns()));
        assertThat(readCsv(enText, ',')).isEqualTo(readCsv(EN.csv(REPORT), ','));
    }

    private static List<List<String>> readCsv(String text, char separator) throws Exception {
        com.fasterxml.jackson.dataformat.csv.CsvMapper m = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        m.enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> out = new ArrayList<>();
        try (com.fasterxml.jackson.databind.MappingIterator<List<String>> it = m.readerForListOf(String.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withColumnSeparator(separator))
                .readValues(text)) {
            while (it.hasNext()) {
                out.add(it.next());
            }
        }
        return out;
    }

    @Test
    void vietnameseCsvWritesDatesAndDecimalsTheVietnameseWay() {
        String[] rows = VI.csv(REPORT).split("\r\n");
        assertThat(rows[0]).startsWith("kế hoạch,ngày báo cáo,ngày số liệu,mục tiêu,chỉ số,").endsWith(",cách lấy số liệu,ghi chú");
        List<String> total = parse(rows[1]);
        assertThat(rows[1]).contains(",\"4,24\",");
        assertThat(column(VI, total, "ngày báo cáo")).isEqualTo("31/08/2024");
        assertThat(column(VI, total, "tình trạng")).isEqualTo("có nguy cơ chậm");
        assertThat(column(VI, total, "cần mỗi tháng")).isEqualTo("4,24");
        assertThat(column(VI, total, "dòng")).isEqualTo("toàn địa bàn");
        assertThat(column(VI, total, "cách lấy số liệu")).isEqualTo("đếm trong sổ theo dõi từ 01/01/2024 đến 31/08/2024");
        assertThat(column(VI, parse(rows[11]), "nguồn số liệu")).isEqualTo("không có số liệu");
    }

    @Test
    void csvQuotesFieldsWithCommas() {
        Target t = TraVinh.newProducts().withAllocations(List.of(Target.Allocation.of("90001", 20),
                Target.Allocation.of("90002", 20)));
        ProgressReport r = Tracker.of(TraVinh.registry(new int[9], new int[9]).build(), TraVinh.areas())
                .progress(TraVinh.planWith(t), TraVinh.AUG_31, AreaLevel.DISTRICT);
        String[] rows = EN.csv(r).split("\r\n");
        assertThat(rows[2]).contains(",\"sum of 2 areas: 90001, 90002\",");
        assertThat(column(EN, parse(rows[2]), "how")).isEqualTo("sum of 2 areas: 90001, 90002");
        assertThat(column(EN, parse(rows[2]), "line")).isEqualTo("roll-up");
        assertThat(column(VI, parse(VI.csv(r).split("\r\n")[2]), "cách lấy số liệu"))
                .isEqualTo("tổng của 2 địa bàn: 90001, 90002");
    }

    static String column(ProgressReportFormatter f, List<String> row, String name) {
        return row.get(f.csvColumns().indexOf(name));
    }

    /** RFC 4180 fields of one record. */
    static List<String> parse(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }
}
