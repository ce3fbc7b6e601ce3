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
import vn.ocop.product.RegistrationKind;
import vn.ocop.product.Routing;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Star;
import vn.ocop.scoring.Classification;
import vn.ocop.scoring.Evaluator;
import vn.ocop.scoring.KnockOutOutcome;
import vn.ocop.scoring.KnockOutPolicy;
import vn.ocop.scoring.MemberTotal;
import vn.ocop.scoring.MinimumPolicy;
import vn.ocop.scoring.PolicyAlternative;
import vn.ocop.scoring.Quorum;
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
        assertThat(lines[0]).isEqualTo("Thành viên Hội đồng;Phần A;Phần B;Phần C;Tổng điểm;"
                + "Trung bình các thành viên còn lại;Vượt ngưỡng chênh lệch");
        assertThat(lines).hasSize(7);
        SheetScore first = r.sheets().get(0);
        assertThat(lines[1]).isEqualTo(first.member() + ";" + csvNumber(first.parts().get("A")) + ";"
                + csvNumber(first.parts().get("B")) + ";" + csvNumber(first.parts().get("C")) + ";"
                + csvNumber(first.total()) + ";" + csvNumber(r.members().get(0).othersMean()) + ";"
                + (r.members().get(0).outlier() ? "Có" : "Không"));
        assertThat(lines[6]).isEqualTo("Tổng điểm trung bình;;;;" + csvNumber(r.mean()) + ";;");
    }

    static final String CHAIR = "Nguyễn Thị Lan (Sở NN&MT)";
    static final String OUTLIER = "Đặng Văn Tuấn";

    /** Provincial rules: a quorum of 75 % with the chair, members 10 points off the others sent back to score. */
    static CouncilRules provincialRules() {
        return CouncilRules.defaults().withMinimumPolicy(MinimumPolicy.EVERY_MEMBER)
                .withKnockOutPolicy(KnockOutPolicy.MAJORITY).withQuorum(Quorum.of(new BigDecimal("75"), true))
                .withRescoreOutliers(true);
    }

    /** Six of seven appointed members, the chair among them; one far below the others; one raises a knock-out. */
    static Council provincialCouncil() {
        KnockOut ko = SET.knockOuts().stream().filter(k -> !k.answerDriven()).findFirst().orElseThrow();
        EvaluationSheet raised = sheet("Phạm Quốc Huy", 1, true).withKnockOuts(List.of(ko.code()));
        return Council.of(sheet(CHAIR, 0, false), sheet("Trần Văn Minh", 2, false), sheet("Lê Thị Hoa", 4, false),
                raised, sheet("Võ Thị Mai", 3, false), sheet(OUTLIER, 10, false)).withChair(CHAIR)
                .withAppointed(7);
    }

    @Test
    void aCouncilUnderRulesWithAQuorumAndASecondRoundHasItsMinutesFromTheResultAlone() throws Exception {
        Council first = provincialCouncil();
        Evaluator evaluator = Evaluator.of(QD26, 1);
        CouncilResult before = evaluator.evaluate(first, provincialRules());
        // the first round alone: the member far from the others must score again, and the minutes say so
        assertThat(before.classification().status()).isEqualTo(Classification.Status.RESCORE_REQUIRED);
        assertThat(before.classification().rescore()).containsExactly(OUTLIER);
        Document pending = Jsoup.parse(MinutesFormatter.of(VI).html(CouncilMinutes.of(before, HEADING)));
        assertThat(pending.select("section.spread li").eachText())
                .contains("Theo quy chế, các thành viên sau phải chấm lại: " + OUTLIER
                        + "; Hội đồng chưa phân hạng sản phẩm.")
                .doesNotContain("Không có vòng chấm lại.");
        MemberTotal far = before.members().stream().filter(x -> x.member().equals(OUTLIER)).findFirst().orElseThrow();
        Formats f = Formats.of(VI);
        assertThat(pending.select("section.spread li").eachText()).contains(OUTLIER + ": tổng điểm "
                + f.decimal(far.total()) + ", trung bình của các thành viên còn lại " + f.decimal(far.othersMean())
                + ", vượt ngưỡng chênh lệch");
        assertThat(pending.select("section.routing li").eachText())
                .contains("Hướng xử lý: " + Routing.Route.UNDECIDED.text(VI) + " (Điều 7.3.d)");

        // the second round: the outlier's new sheet replaces the first
        CouncilResult r = evaluator.evaluate(first.withSecondRound(List.of(sheet(OUTLIER, 2, false))),
                provincialRules());
        assertThat(r.rescored()).containsExactly(OUTLIER);
        assertThat(r.classification().status()).isEqualTo(Classification.Status.CLASSIFIED);
        assertThat(r.attendance().quorumMet()).isTrue();
        CouncilMinutes m = CouncilMinutes.of(r, HEADING);
        assertThat(m.registration()).isEqualTo(RegistrationKind.FIRST);
        Document d = Jsoup.parse(MinutesFormatter.of(VI).html(m));

        // attendance and quorum
        assertThat(d.select("section.council li").eachText()).containsExactly("Số thành viên chấm điểm: 6",
                "Thành viên tham dự: 6/7 thành viên được bổ nhiệm", "Chủ tịch Hội đồng: " + CHAIR + " (có mặt)",
                "Số thành viên tối thiểu theo quy chế: 75% số thành viên được bổ nhiệm, trong đó có Chủ tịch Hội đồng",
                "Hội đồng đủ số thành viên để quyết định.");

        // spread, outliers, second round with both rounds' totals
        List<String> spread = d.select("section.spread li").eachText();
        assertThat(spread).contains("Chênh lệch giữa tổng điểm cao nhất và thấp nhất: " + f.decimal(r.spread()) + " điểm",
                "Ngưỡng chênh lệch theo quy chế: 10 điểm so với điểm trung bình của các thành viên còn lại",
                "Chấm lại (vòng hai): phiếu vòng hai của " + OUTLIER + " thay phiếu vòng một.",
                OUTLIER + ": vòng một " + f.decimal(far.total()) + " điểm, vòng hai "
                        + f.decimal(r.sheets().get(5).total()) + " điểm");
        assertThat(r.firstRound().get(5).total()).isEqualByComparingTo(far.total());
        assertThat(r.sheets().get(5).total()).isGreaterThan(far.total());
        assertThat(r.outliers()).isEmpty();
        assertThat(spread).contains("Không thành viên nào có tổng điểm vượt ngưỡng chênh lệch.");
        // the score table shows the sheets the result is taken over: the second round's
        assertThat(d.selectFirst("tr.member[data-member=\"" + OUTLIER + "\"] td.total").text())
                .isEqualTo(f.decimal(r.sheets().get(5).total()));

        // the policy used and what the others would give
        assertThat(r.alternatives()).isNotEmpty();
        List<String> minimums = d.select("section.minimums li").eachText();
        assertThat(minimums).contains("Cách áp dụng yêu cầu tối thiểu: phiếu của từng thành viên");
        for (PolicyAlternative a : r.alternatives()) {
            assertThat(a.policy()).isNotEqualTo(MinimumPolicy.EVERY_MEMBER);
            assertThat(minimums).contains("Nếu áp dụng cách \"" + a.policy().text(VI) + "\": "
                    + (a.stars() == null ? "điều kiện loại theo câu trả lời chấm dứt việc đánh giá"
                            : "sản phẩm đạt " + a.stars().text(VI)));
        }
        assertThat(r.alternatives()).anyMatch(a -> a.stars() != r.classification().stars());

        // knock-outs raised and decided: one member of six does not carry it under the majority rule
        KnockOutOutcome ko = r.knockOuts().get(0);
        assertThat(ko.verdict()).isEqualTo(KnockOutOutcome.Verdict.NOT_CARRIED);
        assertThat(d.select("section.knock-outs li").eachText()).containsExactly(
                ko.rule().label() + " (" + ko.rule().code() + "), do Phạm Quốc Huy nêu",
                "Kết luận của Hội đồng về " + ko.rule().code() + ": không đủ để áp dụng");

        // the routing: a provincial mean of 90 or more goes to the ministry, with the 5★ minimums missed
        Routing.Decision route = Routing.provincial(r, RegistrationKind.FIRST);
        assertThat(r.meanDisplay()).isGreaterThanOrEqualTo(new BigDecimal("90"));
        assertThat(route.route()).isEqualTo(Routing.Route.FORWARD_TO_MINISTRY);
        List<String> routing = d.select("section.routing li").eachText();
        assertThat(routing).containsExactly("Đăng ký: đánh giá, phân hạng lần đầu",
                "Hướng xử lý: chuyển Bộ Nông nghiệp và Môi trường (Điều 7.3.e)",
                "Yêu cầu tối thiểu chưa đạt, ghi kèm hồ sơ chuyển đi: tiêu chí "
                        + route.minimumsMissed().get(0).criterion() + " (hạng "
                        + route.minimumsMissed().get(0).stars().text(VI) + ")");
        assertThat(route.minimumsMissed()).hasSize(1);
        assertThat(route.minimumsMissed().get(0).member()).isEqualTo("Phạm Quốc Huy");
        // the registration changes the article cited
        Document upgrade = Jsoup.parse(MinutesFormatter.of(VI).html(CouncilMinutes.of(r, HEADING,
                RegistrationKind.REEVALUATION)));
        assertThat(upgrade.select("section.routing li").eachText()).contains("Đăng ký: đánh giá, phân hạng lại",
                "Hướng xử lý: chuyển Bộ Nông nghiệp và Môi trường (Điều 7.6.đ–e; Điều 6.3.b; Điều 7.3.e)");
        assertThat(d.text()).doesNotContain("EVERY_MEMBER", "CRITERION_MEAN", "NOT_CARRIED", "FORWARD_TO_MINISTRY",
                "FIRST", "MAJORITY");

        // English on request
        Document en = Jsoup.parse(MinutesFormatter.of(Locale.ENGLISH).html(m));
        assertThat(en.select("section.council li").eachText()).contains("Members present: 6 of 7 appointed",
                "Chair of the council: " + CHAIR + " (present)",
                "Quorum under the council's rules: 75% of the appointed members, the chair among them",
                "The quorum is met: the council can decide.");
        assertThat(en.select("section.routing li").eachText())
                .contains("Next: " + Routing.Route.FORWARD_TO_MINISTRY.text(Locale.ENGLISH) + " (Điều 7.3.e)");
        assertThat(en.select("section.spread li").eachText()).contains("Second round: the second-round sheets of "
                + OUTLIER + " replace their first-round ones.");

        // text: the same lines, in the order of the minutes
        String text = MinutesFormatter.of(VI).text(m);
        assertThat(text).contains("  - Thành viên tham dự: 6/7 thành viên được bổ nhiệm",
                "  - Chấm lại (vòng hai): phiếu vòng hai của " + OUTLIER + " thay phiếu vòng một.",
                "  - Hướng xử lý: chuyển Bộ Nông nghiệp và Môi trường (Điều 7.3.e)");
        assertThat(text.indexOf("Hội đồng đủ số thành viên")).isLessThan(text.indexOf("II. "));
        assertThat(text.indexOf("Chênh lệch điểm và chấm lại")).isBetween(text.indexOf("II. "), text.indexOf("III. "));
        assertThat(text.indexOf("Hướng xử lý tiếp theo")).isBetween(text.indexOf("III. "), text.indexOf("IV. "));

        // JSON: figures and codes beside the texts
        JsonNode json = OcopJson.mapper().readTree(MinutesFormatter.of(VI).json(m));
        assertThat(json.at("/attendance/present").asInt()).isEqualTo(6);
        assertThat(json.at("/attendance/appointed").asInt()).isEqualTo(7);
        assertThat(json.at("/attendance/chair").asText()).isEqualTo(CHAIR);
        assertThat(json.at("/attendance/quorumMet").asBoolean()).isTrue();
        assertThat(json.at("/attendance/quorum/percent").decimalValue()).isEqualByComparingTo("75");
        assertThat(json.at("/spread/spread").decimalValue()).isEqualByComparingTo(r.spread());
        assertThat(json.at("/spread/rescored/0").asText()).isEqualTo(OUTLIER);
        assertThat(json.at("/members/5/firstRoundTotal").decimalValue()).isEqualByComparingTo(far.total());
        assertThat(json.at("/members/5/total").decimalValue()).isEqualByComparingTo(r.sheets().get(5).total());
        assertThat(json.at("/alternatives")).hasSize(r.alternatives().size());
        assertThat(json.at("/routing/routes/0").asText()).isEqualTo("chuyển Bộ Nông nghiệp và Môi trường");
        assertThat(json.at("/routing/citation").asText()).isEqualTo("Điều 7.3.e");
        assertThat(json.at("/knockOuts/0/verdict").asText()).isEqualTo("không đủ để áp dụng");

        // CSV: the others' mean, the threshold and the first-round total beside each member
        byte[] csv = MinutesFormatter.of(VI).csv(m, OfficeCsv.of(VI));
        String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("Thành viên Hội đồng;Phần A;Phần B;Phần C;Tổng điểm;"
                + "Trung bình các thành viên còn lại;Vượt ngưỡng chênh lệch;Tổng điểm vòng một");
        MemberTotal second = r.members().get(5);
        assertThat(lines[6]).endsWith(";" + csvNumber(second.total()) + ";" + csvNumber(second.othersMean()) + ";Không;"
                + csvNumber(far.total()));
        assertThat(lines[1]).endsWith(";Không;");
    }

    @Test
    void aPotentialFiveStarProductIsProposedToTheMinistryEvenWhenAMinimumKeepsItLowerAtTheProvince() {
        // every member misses one star marker, at the best option everywhere else: the mean stays at 90 or more
        Council c = Council.of(sheet("Nguyễn Thị Lan", 0, true), sheet("Trần Văn Minh", 0, true),
                sheet("Lê Thị Hoa", 0, true));
        CouncilResult r = Evaluator.of(QD26, 1).evaluate(c,
                CouncilRules.defaults().withMinimumPolicy(MinimumPolicy.EVERY_MEMBER));
        assertThat(r.mean()).isGreaterThanOrEqualTo(new java.math.BigDecimal("90"));
        assertThat(r.classification().stars()).isNotEqualTo(vn.ocop.rubric.Star.FIVE);
        CouncilMinutes m = CouncilMinutes.of(r, HEADING);
        assertThat(m.routing().routes()).contains(vn.ocop.product.Routing.Route.FORWARD_TO_MINISTRY);
        String vi = MinutesFormatter.of(VI).text(m);
        assertThat(vi).contains("Kết luận: sản phẩm đạt " + r.classification().stars().text(VI)
                + " ở cấp tỉnh; tổng điểm trung bình từ 90 điểm trở lên").contains("đề nghị chuyển hồ sơ đến Bộ")
                .doesNotContain("đề nghị UBND cấp tỉnh công nhận");
        assertThat(MinutesFormatter.of(java.util.Locale.ENGLISH).text(m))
                .contains("the dossier is proposed to the Ministry of Agriculture and Environment");
    }

    @Test
    void belowQuorumTheMinutesSaySoAndTheChairsAbsence() {
        Council c = Council.of(sheet("Trần Văn Minh", 2, false), sheet("Lê Thị Hoa", 4, false))
                .withChair(CHAIR).withAppointed(7);
        CouncilResult r = Evaluator.of(QD26, 1).evaluate(c, provincialRules());
        assertThat(r.attendance().quorumMet()).isFalse();
        Document d = Jsoup.parse(MinutesFormatter.of(VI).html(CouncilMinutes.of(r, HEADING)));
        assertThat(d.select("section.council li").eachText()).contains(
                "Thành viên tham dự: 2/7 thành viên được bổ nhiệm", "Chủ tịch Hội đồng: " + CHAIR + " (vắng mặt)",
                "Hội đồng không đủ số thành viên theo quy chế: kết quả không được phân hạng.");
        Document en = Jsoup.parse(MinutesFormatter.of(Locale.ENGLISH).html(CouncilMinutes.of(r, HEADING)));
        assertThat(en.select("section.council li").eachText())
                .contains("The quorum is not met: the result is not classified.");
    }

    private static String csvNumber(BigDecimal v) {
        return v.toPlainString().replace('.', ',');
    }
}
