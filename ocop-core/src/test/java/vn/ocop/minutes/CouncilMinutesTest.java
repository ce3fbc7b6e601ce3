package vn.ocop.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopJson;
import vn.ocop.format.Formats;
import vn.ocop.format.OfficeCsv;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.RubricSet;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.CouncilResult;
import vn.ocop.scoring.CouncilRules;
import vn.ocop.scoring.EvaluationSheet;
import vn.ocop.scoring.Evaluator;
import vn.ocop.scoring.MinimumPolicy;
import vn.ocop.scoring.SheetScore;

/** The minutes of a sample council (set 1 of 26/2026) hold every member's total, in HTML, text, JSON and CSV. */
class CouncilMinutesTest {
    private static final Locale VI = Locale.forLanguageTag("vi");
    static final Edition QD26 = RubricCatalog.bundled().edition("QD-26-2026");
    static final RubricSet SET = QD26.set(1);
    static final CouncilMinutes.Heading HEADING = new CouncilMinutes.Heading(
            "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Trà Vinh", "Rau má tươi", null, "HTX Rau sạch Càng Long",
            "Trà Vinh", LocalDate.of(2026, 11, 23));

    /** A sheet at the best option everywhere, then {@code lowered} criteria (from the end) at their lowest. */
    static EvaluationSheet sheet(String member, int lowered, boolean missAMinimum) {
        EvaluationSheet.Builder b = EvaluationSheet.builder(SET.editionId(), SET.number(), member);
        List<Criterion> leaves = SET.leafCriteria();
        int toLower = lowered;
        boolean missed = false;
        for (int i = leaves.size() - 1; i >= 0; i--) {
            Criterion c = leaves.get(i);
            boolean marked = c.options().stream().anyMatch(o -> o.minStars() != null);
            Option best = c.answerOptions().stream().max(Comparator.comparing(Option::points)).orElseThrow();
            Option worst = c.answerOptions().stream().min(Comparator.comparing(Option::points)).orElseThrow();
            Option pick = best;
            if (c.onlyIf() == null && !marked && toLower > 0) {
                pick = worst;
                toLower--;
            } else if (c.onlyIf() == null && marked && missAMinimum && !missed) {
                pick = worst;
                missed = true;
            }
            b.answer(c.code(), pick.code());
        }
        return b.build();
    }

    static CouncilResult result() {
        Council council = Council.of(sheet("Nguyễn Thị Lan (Sở NN&MT)", 0, false), sheet("Trần Văn Minh", 2, false),
                sheet("Lê Thị Hoa", 4, false), sheet("Phạm Quốc Huy", 1, true), sheet("Võ Thị Mai", 3, false));
        // every member's sheet must reach a star's minimums here, so that the member who missed one is named
        return Evaluator.of(QD26, 1).evaluate(council,
                CouncilRules.defaults().withMinimumPolicy(MinimumPolicy.EVERY_MEMBER));
    }

    @Test
    void theHtmlMinutesHoldEveryMembersTotalAndTheResult() {
        CouncilResult r = result();
        CouncilMinutes m = CouncilMinutes.of(r, HEADING);
        Formats f = Formats.of(VI);
        Document d = Jsoup.parse(MinutesFormatter.of(VI).html(m));
        assertThat(d.select("h1").text()).isEqualTo("BIÊN BẢN TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM");
        assertThat(r.sheets()).hasSize(5);
        List<String> seen = new ArrayList<>();
        for (SheetScore s : r.sheets()) {
            Element row = d.selectFirst("table.scores tr.member[data-member=\"" + s.member() + "\"]");
            assertThat(row).as(s.member()).isNotNull();
            assertThat(row.selectFirst("th").text()).isEqualTo(s.member());
            assertThat(row.selectFirst("td.total").text()).isEqualTo(f.decimal(s.total()));
            for (String part : m.parts()) {
                assertThat(row.text()).contains(f.decimal(s.parts().get(part)));
            }
            seen.add(s.member());
        }
        assertThat(d.select("table.scores tr.member")).hasSize(5);
        assertThat(d.select("table.scores th[scope=col]").eachText()).containsExactly("STT", "Thành viên Hội đồng",
                "Phần A", "Phần B", "Phần C", "Tổng điểm");
        assertThat(d.selectFirst("tr.mean td.total").text()).isEqualTo(f.decimal(r.meanDisplay(), 2));
        assertThat(d.select("section.result li").eachText()).contains("Hạng sao: " + r.classification().stars().text(VI),
                "Cơ quan công nhận: " + r.classification().authority().text(VI));
        // the member who missed a minimum is named under it
        assertThat(m.missedMinimums()).isNotEmpty();
        assertThat(d.select("section.minimums li").text()).contains("Phạm Quốc Huy");
        assertThat(d.select("footer .signature .role").eachText()).containsExactly("THƯ KÝ HỘI ĐỒNG", "CHỦ TỊCH HỘI ĐỒNG");
        assertThat(d.text()).doesNotContain("EVERY_MEMBER", "PROVINCE", "CLASSIFIED", "FOUR");
    }

    @Test
    void textJsonAndCsvInBothLanguages() throws Exception {
        CouncilResult r = result();
        CouncilMinutes m = CouncilMinutes.of(r, HEADING).with(new CouncilMinutes.Section(CouncilMinutes.Slot.COUNCIL,
                "Thành viên có mặt", List.of("5/5 thành viên có mặt")));
        String text = MinutesFormatter.of(VI).text(m);
        String en = MinutesFormatter.of(Locale.ENGLISH).text(m);
        for (SheetScore s : r.sheets()) {
            assertThat(text).contains(s.member() + " | ").contains(Formats.of(VI).decimal(s.total()));
            assertThat(en).contains(s.member() + " | ").contains(s.total().toPlainString());
        }
        assertThat(text).contains("Ngày họp: 23/11/2026", "Mã sản phẩm: ……………………", "Thành viên có mặt");
        assertThat(text.indexOf("Thành viên có mặt")).isBetween(text.indexOf("I. Thành phần"), text.indexOf("II. "));
        assertThat(en).contains("Date of the meeting: 2026-11-23", "MINUTES");
        JsonNode json = OcopJson.mapper().readTree(MinutesFormatter.of(VI).json(m));
        assertThat(json.get("members")).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(json.get("members").get(i).get("total").decimalValue())
                    .isEqualByComparingTo(r.sheets().get(i).total());
        }
        assertThat(json.get("mean").decimalValue()).isEqualByComparingTo(r.mean());
        assertThat(json.get("sections").get(0).get("slot").asText()).isEqualTo("COUNCIL");
        byte[] csv = MinutesFormatter.of(VI).csv(m, OfficeCsv.of(VI));
        String body = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        String[] lines = body.split("\r\n");
        assertThat(lines[0]).isEqualTo("Thành viên Hội đồng;Phần A;Phần B;Phần C;Tổng điểm");
        assertThat(lines).hasSize(7);
        SheetScore first = r.sheets().get(0);
        assertThat(lines[1]).isEqualTo(first.member() + ";" + csvNumber(first.parts().get("A")) + ";"
                + csvNumber(first.parts().get("B")) + ";" + csvNumber(first.parts().get("C")) + ";"
                + csvNumber(first.total()));
        assertThat(lines[6]).isEqualTo("Tổng điểm trung bình;;;;" + csvNumber(r.mean()));
    }

    private static String csvNumber(BigDecimal v) {
        return v.toPlainString().replace('.', ',');
    }
}
