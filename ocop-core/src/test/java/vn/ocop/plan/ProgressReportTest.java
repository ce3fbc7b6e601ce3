package vn.ocop.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopJson;

/** The Trà Vinh 2024 progress report on 2024-08-31 (see {@link TrackerTest}) as a table, CSV and JSON. */
class ProgressReportTest {
    static final ProgressReport REPORT = TrackerTest.report(TrackerTest.AUG_31);

    @Test
    void tableHasOneAlignedRowPerArea() {
        String text = REPORT.toTable();
        assertThat(text).startsWith("Kế hoạch triển khai Chương trình OCOP tỉnh Trà Vinh năm 2024\n"
                + "Kế hoạch năm 2024 của UBND tỉnh Trà Vinh (số hiệu không nêu trong bản tin) · Tỉnh Trà Vinh (84) · "
                + "2024-01-01 to 2024-12-31\n"
                + "as of 2024-08-31: 66.7% of the period elapsed\n");
        List<String> lines = List.of(text.split("\n"));
        String header = lines.stream().filter(l -> l.trim().startsWith("area")).findFirst().orElseThrow();
        String total = lines.stream().filter(l -> l.contains("Tỉnh Trà Vinh (84)") && l.contains("AT_RISK")).findFirst()
                .orElseThrow();
        assertThat(total).matches("^ {4}Tỉnh Trà Vinh \\(84\\) +40 +0 +23 +57\\.5% +26\\.67 +17 +4\\.24 +AT_RISK \\(có nguy cơ\\)$");
        // right-aligned numbers end under their header
        assertThat(total.indexOf("40") + 2).isEqualTo(header.indexOf("target") + "target".length());
        String cauNgang = lines.stream().filter(l -> l.contains("Huyện Cầu Ngang (848)")).findFirst().orElseThrow();
        assertThat(cauNgang).startsWith("      Huyện Cầu Ngang (848)").endsWith("BEHIND (chậm)");
        assertThat(cauNgang.indexOf("%") ).isEqualTo(total.indexOf("%"));
        assertThat(text).contains("T2  xây dựng ít nhất 5 nhãn hiệu sản phẩm OCOP")
                .contains("NO_DATA (chưa có số liệu)")
                .doesNotContain("problems:");
    }

    @Test
    void csvHasAHeaderAndOneRowPerLine() {
        String csv = REPORT.toCsv();
        assertThat(csv).endsWith("\r\n");
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).isEqualTo(String.join(",", ProgressReport.CSV_COLUMNS));
        assertThat(rows).hasSize(1 + 10 + 1); // header, T1 total + 9 districts, T2 total
        List<String> total = parse(rows[1]);
        assertThat(total).hasSize(ProgressReport.CSV_COLUMNS.size());
        assertThat(column(total, "target")).isEqualTo("T1");
        assertThat(column(total, "line")).isEqualTo("TOTAL");
        assertThat(column(total, "actual")).isEqualTo("23");
        assertThat(column(total, "status")).isEqualTo("AT_RISK");
        assertThat(column(total, "needed_per_month")).isEqualTo("4.24");
        assertThat(column(total, "how")).isEqualTo("counted in the registry, 2024-01-01 to 2024-08-31");
        assertThat(column(parse(rows[11]), "method")).isEqualTo("NONE");
        assertThat(column(parse(rows[11]), "actual")).isEmpty();
    }

    @Test
    void csvQuotesFieldsWithCommas() {
        Target t = Fixtures.traVinhNewProducts().withAllocations(List.of(Target.Allocation.of("90001", 20),
                Target.Allocation.of("90002", 20)));
        ProgressReport r = Tracker.of(TrackerTest.traVinh(new int[9], new int[9]).build(), Fixtures.traVinhAreas())
                .progress(PlanTest.withTargets(t), TrackerTest.AUG_31, AreaLevel.DISTRICT);
        String[] rows = r.toCsv().split("\r\n");
        assertThat(rows[2]).contains(",\"sum of 2 areas: 90001, 90002\",");
        assertThat(column(parse(rows[2]), "how")).isEqualTo("sum of 2 areas: 90001, 90002");
        assertThat(column(parse(rows[2]), "line")).isEqualTo("ROLL_UP");
    }

    @Test
    void jsonRoundTrip() throws Exception {
        ObjectMapper json = OcopJson.mapper();
        String text = json.writeValueAsString(REPORT);
        assertThat(text).contains("\"status\":\"AT_RISK\"").contains("\"measuredOn\":\"2024-08-31\"")
                .contains("\"method\":\"COMPUTED\"");
        assertThat(json.readValue(text, ProgressReport.class)).isEqualTo(REPORT);
    }

    @Test
    void lookups() {
        assertThat(REPORT.target("T1").area("845").target()).isEqualByComparingTo("5");
        assertThatThrownBy(() -> REPORT.target("T9")).hasMessageContaining("no target 'T9'");
        assertThatThrownBy(() -> REPORT.target("T1").area("999")).hasMessageContaining("no line for area 999");
        assertThat(REPORT.asOf()).isEqualTo(LocalDate.of(2024, 8, 31));
    }

    static String column(List<String> row, String name) {
        return row.get(ProgressReport.CSV_COLUMNS.indexOf(name));
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
