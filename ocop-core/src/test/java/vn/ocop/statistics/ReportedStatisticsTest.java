package vn.ocop.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.format.StatisticsFormatter;
import vn.ocop.statistics.ReportedStatistics.Bound;
import vn.ocop.statistics.ReportedStatistics.Breakdown;
import vn.ocop.statistics.ReportedStatistics.Change;
import vn.ocop.statistics.ReportedStatistics.Finding;
import vn.ocop.statistics.ReportedStatistics.Kind;
import vn.ocop.statistics.ReportedStatistics.Part;
import vn.ocop.testing.English;

/**
 * Published figures, entered number by number and checked. Sources: Thanh Hóa 2021 (vhds.baothanhhoa.vn, in
 * ../shared/reference/programme-reports/thanh-hoa-2021.txt), Ninh Bình 2021 (baoninhbinh.org.vn, ninh-binh-2021.txt),
 * and national aggregates quoted in ../shared/domain/ocop-facts-148-1048.md §7 (secondary sources). Neither
 * provincial report has an arithmetic slip; the end-2023 national figures do.
 */
class ReportedStatisticsTest {
    static final StatisticsFormatter EN = StatisticsFormatter.of(java.util.Locale.ENGLISH);
    static final StatisticsFormatter VI = StatisticsFormatter.of(java.util.Locale.forLanguageTag("vi"));

    /** "120 sản phẩm của 63 xã … ở 21 huyện … với 77 chủ thể … 1 sản phẩm OCOP 5 sao, 30 sản phẩm 4 sao, 89 sản phẩm 3 sao"; "công nhận được 51 sản phẩm" in 2021. */
    static ReportedStatistics thanhHoa(long threeStars) {
        return new ReportedStatistics("Báo Thanh Hóa (vhds.baothanhhoa.vn), 2021", "Thanh Hóa", null,
                List.of(new Breakdown("sản phẩm OCOP lũy kế theo hạng sao", 120L, true,
                        List.of(Part.count("5★", 1), Part.count("4★", 30), Part.count("3★", threeStars)))),
                List.of(new Bound("chủ thể", 77, "sản phẩm", 120), new Bound("xã có sản phẩm", 63, "sản phẩm", 120),
                        new Bound("huyện có sản phẩm", 21, "xã có sản phẩm", 63),
                        new Bound("sản phẩm công nhận năm 2021", 51, "sản phẩm lũy kế", 120)),
                List.of());
    }

    /**
     * "06 hợp tác xã …; 12 công ty cổ phần; 01 doanh nghiệp tư nhân; 02 hộ gia đình"; "28 sản phẩm đăng ký … (vượt
     * 16,7% so với kế hoạch)"; "nhóm thực phẩm (10 sản phẩm); nhóm thảo dược (06 sản phẩm); nhóm đồ uống (02 sản
     * phẩm); nhóm thủ công mỹ nghệ, trang trí (10 sản phẩm)"; "10 sản phẩm đạt hạng 3 sao; 14 sản phẩm đạt 4 sao; 4
     * sản phẩm có tiềm năng 5 sao".
     */
    static ReportedStatistics ninhBinh(Long planBase) {
        return new ReportedStatistics("Báo Ninh Bình (baoninhbinh.org.vn), 24/12/2021", "Ninh Bình", null,
                List.of(new Breakdown("sản phẩm theo hạng sao", 28L, true,
                                List.of(Part.count("3★", 10), Part.count("4★", 14), Part.count("tiềm năng 5★", 4))),
                        new Breakdown("sản phẩm theo nhóm", 28L, true, List.of(Part.count("thực phẩm", 10),
                                Part.count("thảo dược", 6), Part.count("đồ uống", 2), Part.count("thủ công mỹ nghệ", 10))),
                        new Breakdown("chủ thể tham gia năm 2021", null, true, List.of(Part.count("hợp tác xã", 6),
                                Part.count("công ty cổ phần", 12), Part.count("doanh nghiệp tư nhân", 1),
                                Part.count("hộ gia đình", 2)))),
                List.of(), List.of(new Change("sản phẩm đăng ký so với kế hoạch", 28, new BigDecimal("16.7"), planBase)));
    }

    @Test
    void thanhHoa2021HasNoSlip() {
        assertThat(thanhHoa(89).check()).isEmpty();
    }

    @Test
    void aMissingProductWouldBeCaught() {
        assertThat(thanhHoa(88).slips()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.PARTS_DO_NOT_ADD_UP);
            assertThat(f.where()).isEqualTo("sản phẩm OCOP lũy kế theo hạng sao");
            assertThat(f.stated()).isEqualByComparingTo("120");
            assertThat(f.expected()).isEqualByComparingTo("119");
            assertThat(EN.finding(f)).isEqualTo("sản phẩm OCOP lũy kế theo hạng sao: the parts add up to 119, not the"
                    + " total 120");
            assertThat(VI.finding(f)).isEqualTo("sản phẩm OCOP lũy kế theo hạng sao: các phần cộng lại được 119, không"
                    + " bằng tổng 120");
        });
    }

    @Test
    void ninhBinh2021HasNoSlipAndImpliesAPlanOf24() {
        List<Finding> all = ninhBinh(null).check();
        assertThat(ninhBinh(null).slips()).isEmpty();
        assertThat(all).extracting(Finding::toString).containsExactly(
                "IMPLIED_TOTAL chủ thể tham gia năm 2021, expected 21",
                "IMPLIED_BASES sản phẩm đăng ký so với kế hoạch, stated 16.7, count 28, bases [24]");
        assertThat(EN.findings(all)).containsExactly("chủ thể tham gia năm 2021: implied total 21 (sum of the parts)",
                "sản phẩm đăng ký so với kế hoạch: implied base 24 (28 is a change of 16.7% from it)");
        assertThat(VI.finding(all.get(1))).isEqualTo("sản phẩm đăng ký so với kế hoạch: số gốc suy ra 24 (28 là thay"
                + " đổi 16,7 % so với số gốc)");
        assertThat(ninhBinh(null).changes().get(0).impliedBases()).containsExactly(24L);
        assertThat(ninhBinh(24L).slips()).isEmpty();
    }

    @Test
    void aWrongBaseOrAnImpossibleChangeIsASlip() {
        assertThat(ninhBinh(25L).slips()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CHANGE_DOES_NOT_MATCH);
            assertThat(List.of(f.stated(), f.expected())).extracting(BigDecimal::toPlainString)
                    .containsExactly("16.7", "12.00");
            assertThat(f.base()).isEqualTo(25L);
            assertThat(f.count()).isEqualTo(28L);
            assertThat(EN.finding(f)).isEqualTo("sản phẩm đăng ký so với kế hoạch: 28 against 25 is a change of"
                    + " 12.00%, not 16.7%");
        });
        ReportedStatistics tiny = new ReportedStatistics("test", "x", null, null, null,
                List.of(new Change("x", 3, new BigDecimal("16.7"), null)));
        assertThat(tiny.slips()).singleElement().extracting(Finding::kind).isEqualTo(Kind.NO_BASE_FITS);
        // a fall: 20 is 20% below 25
        assertThat(new Change("x", 20, new BigDecimal("-20"), null).impliedBases()).contains(25L);
    }

    @Test
    void nationalEnd2023PercentagesDoNotAddUp() {
        // ocop-facts §7: end-2023 — 10 322 (67.3 % 3★, 31.2 % 4★, 0.8 % potential 5★, 42 5★): 99.3 % + 42/10 322
        // (0.41 %) = 99.71 %, more than rounding to 1 decimal can explain (3 × 0.05)
        ReportedStatistics s = new ReportedStatistics("lmhtx.hochiminhcity.gov.vn via ocop-facts §7", "Việt Nam", null,
                List.of(new Breakdown("sản phẩm OCOP cuối 2023", 10_322L, true, List.of(Part.percent("3★", "67.3"),
                        Part.percent("4★", "31.2"), Part.percent("tiềm năng 5★", "0.8"), Part.count("5★", 42)))),
                null, null);
        assertThat(s.slips()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.PERCENTS_DO_NOT_ADD_UP);
            assertThat(f.stated()).isEqualByComparingTo("99.71");
            assertThat(f.expected()).isEqualByComparingTo("100");
            assertThat(EN.finding(f)).startsWith("sản phẩm OCOP cuối 2023: the percentages add up to 99.71%, further"
                    + " from 100% than rounding can explain");
        });
        // 67.3 % of 10 322 stands for 6 946.7, a whole count of about 6 947 (any from 6 937 to 6 956 rounds to it)
        Finding count = s.check().stream().filter(f -> "3★".equals(f.part())).findFirst().orElseThrow();
        assertThat(count.kind()).isEqualTo(Kind.IMPLIED_COUNT);
        assertThat(count.expected()).isEqualByComparingTo("6946.7");
        assertThat(count.count()).isEqualTo(6947L);
        assertThat(EN.finding(count)).isEqualTo("sản phẩm OCOP cuối 2023 / 3★: 67.3% of 10,322 is 6,946.7, about 6,947");
        assertThat(VI.finding(count)).isEqualTo("sản phẩm OCOP cuối 2023 / 3★: 67,3 % của 10.322 là 6.946,7, tức khoảng"
                + " 6.947");
    }

    @Test
    void nationalFiguresOf2022AddUp() {
        // early 2022: 5 401 products — 62.6 % 3★, 35.8 % 4★, 1.6 % potential 5★
        ReportedStatistics early = new ReportedStatistics("baotuyenquang.com.vn via ocop-facts §7", "Việt Nam", null,
                List.of(new Breakdown("sản phẩm đầu 2022", 5_401L, true, List.of(Part.percent("3★", "62.6"),
                        Part.percent("4★", "35.8"), Part.percent("tiềm năng 5★", "1.6")))), null, null);
        assertThat(early.slips()).isEmpty();
        // 8 867 — 65.9 % 3★, 33.2 % 4★, 0.7 % potential 5★, 20 5★: 99.8 % + 0.23 % = 100.03 %, within rounding
        ReportedStatistics late = new ReportedStatistics("ocopvietnam.vn via ocop-facts §7", "Việt Nam", null,
                List.of(new Breakdown("sản phẩm 2022", 8_867L, true, List.of(Part.percent("3★", "65.9"),
                        Part.percent("4★", "33.2"), Part.percent("tiềm năng 5★", "0.7"), Part.count("5★", 20)))), null, null);
        assertThat(late.slips()).isEmpty();
    }

    @Test
    void aPercentageThatIsNotItsCountIsASlip() {
        // Ninh Bình's food group as 37.5 % instead of 35.7 % (a digit swap)
        ReportedStatistics s = new ReportedStatistics("test", "Ninh Bình", null, List.of(new Breakdown("nhóm", 28L, true,
                List.of(new Part("thực phẩm", 10L, new BigDecimal("37.5")), new Part("khác", 18L, new BigDecimal("64.3"))))),
                null, null);
        assertThat(s.slips()).extracting(Finding::kind).containsExactly(Kind.PERCENT_DOES_NOT_MATCH_COUNT,
                Kind.PERCENTS_DO_NOT_ADD_UP);
        Finding f = s.slips().get(0);
        assertThat(List.of(f.part(), f.count(), f.base(), f.stated().toPlainString(), f.expected().toPlainString()))
                .containsExactly("thực phẩm", 10L, 28L, "37.5", "35.71");
        assertThat(EN.finding(f)).isEqualTo("nhóm / thực phẩm: 10 of 28 is 35.71%, not 37.5%");
        assertThat(VI.finding(f)).isEqualTo("nhóm / thực phẩm: 10 trên 28 là 35,71 %, không phải 37,5 %");
    }

    @Test
    void boundsAndIncompleteBreakdowns() {
        ReportedStatistics s = new ReportedStatistics("test", "x", null,
                List.of(new Breakdown("một phần", 10L, false, List.of(Part.count("a", 7), Part.count("b", 6)))),
                List.of(new Bound("chủ thể", 130, "sản phẩm", 120)), null);
        assertThat(s.slips()).extracting(Finding::toString).containsExactly(
                "PARTS_EXCEED_TOTAL một phần, stated 10, expected 13",
                "BOUND_EXCEEDED chủ thể, part sản phẩm, stated 130, expected 120");
        assertThat(EN.findings(s.slips())).containsExactly("một phần: the parts given add up to 13, more than the total"
                + " 10", "chủ thể 130 exceeds sản phẩm 120");
        assertThat(VI.findings(s.slips())).containsExactly("một phần: các phần đã nêu cộng lại được 13, lớn hơn tổng"
                + " 10", "chủ thể 130 vượt sản phẩm 120");
        assertThatThrownBy(() -> new Part("x", null, null)).hasMessageContaining("give a count, a percentage or both");
    }

    @Test
    void readsFromJson() {
        String json = "{\"source\":\"Báo Thanh Hóa\",\"area\":\"Thanh Hóa\",\"breakdowns\":[{\"what\":\"sao\",\"total\":120,"
                + "\"complete\":true,\"parts\":[{\"label\":\"5★\",\"count\":1},{\"label\":\"4★\",\"count\":30},"
                + "{\"label\":\"3★\",\"count\":89}]}],\"bounds\":[],\"changes\":[]}";
        ReportedStatistics s = ReportedStatistics.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "th.json");
        assertThat(s.breakdowns().get(0).parts()).hasSize(3);
        assertThat(s.check()).isEmpty();
        assertThatThrownBy(() -> ReportedStatistics.read(new ByteArrayInputStream("{\"source\":1"
                .getBytes(StandardCharsets.UTF_8)), "x.json")).isInstanceOf(StatisticsValidationException.class)
                .satisfies(e -> assertThat(English.text(e)).contains("published statistics")).hasMessageContaining("x.json")
                .satisfies(e -> assertThat(((StatisticsValidationException) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.source()).isEqualTo("x.json");
                            assertThat(p.path()).isEqualTo("$.source");
                            assertThat(p.line()).isEqualTo(1);
                        }));
    }
}
