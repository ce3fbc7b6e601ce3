package vn.ocop.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopException;
import vn.ocop.format.StatisticsFormatter;
import vn.ocop.statistics.ReportedStatistics.Bound;
import vn.ocop.statistics.ReportedStatistics.Breakdown;
import vn.ocop.statistics.ReportedStatistics.Change;
import vn.ocop.statistics.ReportedStatistics.Finding;
import vn.ocop.statistics.ReportedStatistics.Kind;
import vn.ocop.statistics.ReportedStatistics.Part;

/**
 * Published percentages checked strictly, on figures built for these tests: a breakdown given only as percentages, a
 * percentage no whole count can give, the totals that explain a breakdown, numbers written the Vietnamese way, and
 * findings as figures with their words in both languages.
 */
class PublishedPercentagesTest {
    static final StatisticsFormatter EN = StatisticsFormatter.of(Locale.ENGLISH);
    static final StatisticsFormatter VI = StatisticsFormatter.of(Locale.forLanguageTag("vi"));

    static ReportedStatistics of(Breakdown... b) {
        return new ReportedStatistics("test", "84", null, List.of(b), null, null);
    }

    @Test
    void aBreakdownGivenOnlyAsPercentagesIsCheckedAndItsTotalsFound() {
        // 50,0 % + 33,3 % + 16,7 %: adds up; a total of 6 (3, 2, 1) or any multiple of 6 explains every part
        ReportedStatistics ok = of(new Breakdown("chủ thể theo loại hình", null, true, List.of(
                Part.percent("hợp tác xã", "50,0"), Part.percent("doanh nghiệp", "33,3"),
                Part.percent("hộ sản xuất", "16,7"))));
        assertThat(ok.slips()).isEmpty();
        assertThat(ok.check()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.IMPLIED_TOTALS);
            assertThat(f.bases()).containsExactly(6L, 12L, 18L, 24L, 30L, 36L, 42L, 48L, 54L, 60L);
            assertThat(f.searchedTo()).isEqualTo(1000L);
            assertThat(EN.finding(f)).isEqualTo("chủ thể theo loại hình: totals that explain every percentage: 6, 12,"
                    + " 18, 24, 30, 36, 42, 48, 54, 60, …");
        });
        // 50 % + 30 % + 15 %: 95 %, whatever the total
        ReportedStatistics short5 = of(new Breakdown("chủ thể", null, true, List.of(Part.percent("a", "50"),
                Part.percent("b", "30"), Part.percent("c", "15"))));
        assertThat(short5.slips()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.PERCENTS_DO_NOT_ADD_UP);
            assertThat(f.stated()).isEqualByComparingTo("95");
            assertThat(VI.finding(f)).isEqualTo("chủ thể: các tỷ lệ cộng lại được 95 %, lệch khỏi 100 % nhiều hơn mức"
                    + " làm tròn có thể giải thích");
        });
        // 1 % + 1 % + 99 % is within rounding of 100 %, yet no total up to 100 (beyond which whole percentages stop
        // telling totals apart) gives each part a whole count with the counts adding up
        ReportedStatistics none = of(new Breakdown("x", null, true, List.of(Part.percent("a", "1"),
                Part.percent("b", "1"), Part.percent("c", "99"))));
        assertThat(none.slips()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.NO_BASE_FITS_PERCENTS);
            assertThat(f.bases()).isEmpty();
            assertThat(f.searchedTo()).isEqualTo(100L);
            assertThat(EN.finding(f)).isEqualTo("x: no total from 1 to 100 explains every percentage");
        });
    }

    @Test
    void aPercentageNoWholeCountCanGiveIsASlip() {
        // 12,34 % of 57: 7 of 57 is 12,28 %, 8 is 14,04 %
        ReportedStatistics s = of(new Breakdown("sản phẩm theo hạng sao", 57L, false,
                List.of(Part.percent("5★", "12,34"))));
        assertThat(s.slips()).first().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.PERCENT_IMPOSSIBLE);
            assertThat(f.part()).isEqualTo("5★");
            assertThat(f.stated()).isEqualByComparingTo("12.34");
            assertThat(f.expected()).isEqualByComparingTo("12.28");
            assertThat(f.base()).isEqualTo(57L);
            assertThat(f.count()).isEqualTo(7L);
            assertThat(VI.finding(f)).isEqualTo("sản phẩm theo hạng sao / 5★: không có số nguyên nào trên 57 cho 12,34 %"
                    + " ở 2 chữ số thập phân; gần nhất là 7 trên 57 = 12,28 %");
            assertThat(EN.finding(f)).isEqualTo("sản phẩm theo hạng sao / 5★: no whole count of 57 gives 12.34% at 2"
                    + " decimal(s); the nearest is 7 of 57 = 12.28%");
        });
        // the same percentage of 81 is 10 (12,345…): derived, not a slip
        ReportedStatistics fits = of(new Breakdown("sản phẩm theo hạng sao", 81L, false,
                List.of(Part.percent("5★", "12,34"))));
        assertThat(fits.slips()).isEmpty();
        assertThat(fits.check()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.IMPLIED_COUNT);
            assertThat(f.count()).isEqualTo(10L);
        });
    }

    @Test
    void whenTheStatedTotalDoesNotExplainThePercentagesTheTotalsThatDoAreNamed() {
        // 42,9 % and 57,1 % are 3/7 and 4/7: no whole count of 57 gives either; 56 (24 and 32) does, and every multiple of 7
        ReportedStatistics s = of(new Breakdown("sản phẩm theo nhóm", 57L, true, List.of(
                Part.percent("thực phẩm", "42,9"), Part.percent("đồ uống", "57,1"))));
        assertThat(s.slips()).extracting(Finding::kind).containsExactly(Kind.PERCENT_IMPOSSIBLE,
                Kind.PERCENT_IMPOSSIBLE, Kind.PERCENTS_FIT_OTHER_BASES);
        Finding other = s.slips().get(2);
        assertThat(other.base()).isEqualTo(57L);
        assertThat(other.bases()).containsExactly(7L, 14L, 21L, 28L, 35L, 42L, 49L, 56L, 63L, 70L);
        assertThat(EN.finding(other)).isEqualTo("sản phẩm theo nhóm: the total 57 does not explain the percentages;"
                + " totals that do: 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, …");
        assertThat(VI.finding(other)).isEqualTo("sản phẩm theo nhóm: tổng 57 không giải thích được các tỷ lệ; các tổng"
                + " giải thích được: 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, …");
        // 21 % and 80 % of 41 (both rounded up: 101 %): each fits 41 on its own, 21 % only as 9 and 80 % only as 33,
        // but 9 + 33 = 42: the pair does not; the totals named do
        ReportedStatistics pair = of(new Breakdown("chủ thể", 41L, true, List.of(Part.percent("a", "21"),
                Part.percent("b", "80"))));
        assertThat(pair.slips()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.PERCENTS_FIT_OTHER_BASES);
            assertThat(f.bases()).isNotEmpty().doesNotContain(41L).allMatch(n ->
                    PercentBases.explains(pair.breakdowns().get(0).parts(), true, n));
            assertThat(f.searchedTo()).isEqualTo(100L);
        });
        assertThat(pair.check()).filteredOn(f -> f.kind() == Kind.IMPLIED_COUNT).extracting(Finding::count)
                .containsExactly(9L, 33L);
        // and a total that explains them is not questioned
        assertThat(of(new Breakdown("chủ thể", 57L, true, List.of(Part.percent("a", "57,9"),
                Part.percent("b", "42,1")))).check()).extracting(Finding::kind).containsOnly(Kind.IMPLIED_COUNT);
    }

    @Test
    void vietnameseNumberFormatsParseAndBadOnesNameTheFigure() {
        Part p = Part.of("hợp tác xã", "1.234", "41,54 %");
        assertThat(p.count()).isEqualTo(1234L);
        assertThat(p.percent()).isEqualByComparingTo("41.54");
        assertThat(p.percent().scale()).isEqualTo(2);
        assertThat(Part.percent("x", "41,54").percent()).isEqualByComparingTo("41.54");
        assertThatThrownBy(() -> Part.percent("x", "4x,5")).isInstanceOf(OcopException.class)
                .hasMessage("reported part 'x': '4x,5' is not a number as reports write them (e.g. 41,54 or 41,54 %)");
        assertThatThrownBy(() -> Part.of("x", "12,5", null)).hasMessageContaining("'12,5' is not a whole count");
        assertThatThrownBy(() -> Part.percent("x", "123,4")).hasMessageContaining("cannot exceed 100");
        String json = "{\"source\":\"Báo cáo\",\"area\":\"84\",\"breakdowns\":[{\"what\":\"chủ thể\","
                + "\"total\":\"1.234\",\"complete\":false,\"parts\":[{\"label\":\"HTX\",\"count\":\"512\","
                + "\"percent\":\"41,49 %\"}]}],\"changes\":[{\"what\":\"so với kế hoạch\",\"actual\":\"1.234\","
                + "\"percent\":\"23,4 %\"}]}";
        ReportedStatistics s = read(json);
        assertThat(s.breakdowns().get(0).total()).isEqualTo(1234L);
        assertThat(s.breakdowns().get(0).parts().get(0).percent()).isEqualByComparingTo("41.49");
        assertThat(s.changes().get(0).percent()).isEqualByComparingTo("23.4");
        assertThat(s.slips()).isEmpty();   // 512 of 1 234 is 41,49 %
        String bad = json.replace("\"41,49 %\"", "\"41;49\"");
        assertThatThrownBy(() -> read(bad)).isInstanceOf(StatisticsValidationException.class)
                .satisfies(e -> assertThat(((StatisticsValidationException) e).problems()).singleElement()
                        .satisfies(pr -> {
                            assertThat(pr.path()).isEqualTo("$.breakdowns[0].parts[0].percent");
                            assertThat(pr.line()).isEqualTo(1);
                            assertThat(pr.message(java.util.Locale.ENGLISH))
                                    .contains("cannot read '41;49' as a number");
                        }));
    }

    static ReportedStatistics read(String json) {
        return ReportedStatistics.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "s.json");
    }

    @Test
    void everyKindOfFindingHasItsFiguresAndItsWordsInBothLanguages() {
        ReportedStatistics all = new ReportedStatistics("test", "84", null, List.of(
                new Breakdown("a", 10L, true, List.of(Part.count("x", 3), Part.count("y", 4))),
                new Breakdown("b", 10L, false, List.of(Part.count("x", 7), Part.count("y", 6))),
                new Breakdown("c", 28L, true, List.of(new Part("x", 10L, new BigDecimal("37.5")),
                        new Part("y", 18L, new BigDecimal("62.5")))),
                new Breakdown("d", 57L, true, List.of(Part.percent("x", "42,9"), Part.percent("y", "57,1"))),
                new Breakdown("e", 100L, true, List.of(Part.percent("x", "60"), Part.percent("y", "30"))),
                new Breakdown("f", null, true, List.of(Part.count("x", 2), Part.count("y", 3))),
                new Breakdown("g", null, true, List.of(Part.percent("x", "50"), Part.percent("y", "50"))),
                new Breakdown("h", null, true, List.of(Part.percent("x", "1"), Part.percent("y", "1"),
                        Part.percent("z", "99")))),
                List.of(new Bound("i", 5, "j", 4)),
                List.of(new Change("k", 28, new BigDecimal("16.7"), 25L), new Change("l", 3, new BigDecimal("16.7"), null),
                        new Change("m", 28, new BigDecimal("16.7"), null)));
        Set<Kind> seen = EnumSet.noneOf(Kind.class);
        for (Finding f : all.check()) {
            seen.add(f.kind());
            for (StatisticsFormatter fm : List.of(EN, VI)) {
                String text = fm.finding(f);
                assertThat(text).startsWith(f.where()).doesNotContain("null").doesNotContain(f.kind().name())
                        .doesNotContainPattern("\\{\\d\\}");
            }
            assertThat(VI.finding(f)).isNotEqualTo(EN.finding(f));
        }
        assertThat(seen).containsExactlyInAnyOrder(Kind.values());
        assertThat(all.slips()).allMatch(f -> f.kind().slip());
    }
}
