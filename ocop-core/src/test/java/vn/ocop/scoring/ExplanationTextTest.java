package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.rubric.RubricSet;
import vn.ocop.rubric.Star;

/**
 * The text form of an explanation ({@link Explanation#toText()}) and of the failed minimums and sheet problems it is
 * made of: what a council secretary reads, so every figure the Javadoc promises must be in it.
 */
class ExplanationTextTest {
    static final Evaluator SET1 = EvaluatorTest.SET1;
    static final RubricSet S1 = SET1.set();
    static final String QD26 = "Quyết định số 26/2026/QĐ-TTg ngày 22/5/2026 của Thủ tướng Chính phủ";
    /** Citation of 1.5 option c (2 points), the 4★ minimum of "Liên kết sản xuất": the 3rd option. */
    static final String CITE_1_5_C = "Phụ lục II, mục 1, tiêu chí 1.5, lựa chọn thứ 3";

    @Test
    void fiveStarSheetShowsHeaderCriteriaPartsBandAndNoNextStar() {
        String text = SET1.classify(TestSheets.allBest(S1, "A")).explanation().toText();
        assertThat(text).startsWith(QD26 + " — bộ 1: Rau, củ, quả, hạt tươi\n");
        // one line per criterion: code, name, max, members' mean (2 decimals), chosen options
        assertThat(text.lines()).anySatisfy(l -> assertThat(l).startsWith("1.1 ").contains("Nguồn gốc sản phẩm")
                .endsWith(" 3.00  c"));
        assertThat(text.lines()).anySatisfy(l -> assertThat(l).startsWith("4.3 ").endsWith(" 5.00  e"));
        assertThat(text).contains("Phần (điểm trung bình): A=40.00 B=25.00 C=35.00\n");
        assertThat(text).contains("Khung điểm: 5★ 90–100 (Điều 3.3.a)\n");
        assertThat(text).contains("Yêu cầu tối thiểu áp dụng theo: EVERY_MEMBER\n");
        assertThat(text).doesNotContain("Để đạt").doesNotContain("Không đạt").doesNotContain("Bị loại");
    }

    @Test
    void longCriterionNamesAreCutToTheColumnWithAnEllipsis() {
        String name = S1.criterion("3.2").name();
        assertThat(name.length()).isGreaterThan(52);
        String text = SET1.classify(TestSheets.allBest(S1, "A")).explanation().toText();
        assertThat(text).doesNotContain(name).contains(name.substring(0, 51) + "… ");
    }

    @Test
    void aNameThatJustFitsIsNotCut() {
        String fits = "x".repeat(52);
        String over = "y".repeat(53);
        Explanation e = new Explanation("E", "Decision", 1, "Set", List.of(
                new CriterionLine("1", fits, BigDecimal.ONE, BigDecimal.ONE, List.of("a"), "c1"),
                new CriterionLine("2", over, BigDecimal.ONE, BigDecimal.ZERO, List.of("none"), "c2")),
                Map.of(), "band", MinimumPolicy.EVERY_MEMBER, List.of(), null, null, List.of(), List.of());
        String text = e.toText();
        assertThat(text).contains(fits).doesNotContain(fits + "…").doesNotContain(over)
                .contains("y".repeat(51) + "…");
    }

    @Test
    void missedMinimumIsListedWithMemberAndCitationAndAgainForTheNextStar() {
        // 1.5 answered b (1 point) below the 4★ minimum c (2 points): band 4★, classed 3★
        CouncilResult r = SET1.classify(TestSheets.bestWithTotal(S1, "A", 82).withAnswer("1.5", "b"));
        String failure = "4★ minimum on 1.5 (Liên kết sản xuất): needs 2, has 1 [A] — " + CITE_1_5_C;
        String text = r.explanation().toText();
        assertThat(text).contains("Khung điểm: 4★ 70 to under 90 (Điều 3.3.b)\n");
        assertThat(text).contains("\nKhông đạt yêu cầu tối thiểu " + failure + "\n");
        // already in the 4★ band, but the minimum still lacks
        assertThat(text).contains("\nĐể đạt 4★: còn thiếu 0 điểm trung bình\n  cần " + failure + "\n");
        assertThat(text).doesNotContain("không thiếu yêu cầu tối thiểu nào");
    }

    @Test
    void nextStarWithEveryMinimumMetSaysSo() {
        // a sheet of 80 meets every minimum (see TestSheets.bestWithTotal): 4★, 10 points short of 5★ (2 decimals)
        CouncilResult r = SET1.classify(TestSheets.bestWithTotal(S1, "A", 80));
        assertThat(r.classification().stars()).isEqualTo(Star.FOUR);
        assertThat(r.explanation().toText())
                .contains("\nĐể đạt 5★: còn thiếu 10.00 điểm trung bình; không thiếu yêu cầu tối thiểu nào\n")
                .doesNotContain("Không đạt").doesNotContain("  cần ");
    }

    @Test
    void knockOutIsRenderedWithItsRuleAndCitation() {
        EvaluationSheet s = TestSheets.allBest(S1, "A");
        CouncilResult r = SET1.evaluate(Council.of(s, s.withMember("B")).withKnockOuts(List.of("KO1")));
        String label = S1.knockOut("KO1").label();
        assertThat(r.explanation().toText())
                .contains("\nBị loại: KO1: " + label + " (Phụ lục II, mục 1, \"Hồ sơ bị loại khi\")\n")
                // rejected: no next star
                .doesNotContain("Để đạt");
    }

    @Test
    void failedMinimumTextNamesTheMemberOnlyWhenThereIsOne() {
        FailedMinimum ofMember = new FailedMinimum(Star.FOUR, "1.5", "Liên kết sản xuất", new BigDecimal("2"),
                BigDecimal.ONE, "Ông B", CITE_1_5_C);
        FailedMinimum ofMean = new FailedMinimum(Star.THREE, "9", "Công bố chất lượng sản phẩm", new BigDecimal("2"),
                new BigDecimal("1.50"), null, "c");
        assertThat(ofMember).hasToString("4★ minimum on 1.5 (Liên kết sản xuất): needs 2, has 1 [Ông B]");
        assertThat(ofMean).hasToString("3★ minimum on 9 (Công bố chất lượng sản phẩm): needs 2, has 1.50");
    }

    @Test
    void sheetProblemTextShowsTheCriterionWhenThereIsOne() {
        SheetProblem missing = new SheetProblem(SheetProblem.Kind.MISSING_ANSWER, "A", "3.3", null, "no answer");
        SheetProblem wrongSet = new SheetProblem(SheetProblem.Kind.WRONG_SET, "A", null, null, "other set");
        assertThat(missing).hasToString("MISSING_ANSWER [A, 3.3]: no answer");
        assertThat(wrongSet).hasToString("WRONG_SET [A]: other set");
    }

    @Test
    void partMeansKeepTheirOrderInTheText() {
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        parts.put("C", new BigDecimal("1.50"));
        parts.put("A", new BigDecimal("2.00"));
        Explanation e = new Explanation("E", "Decision", 3, "Set", List.of(), parts, "band",
                MinimumPolicy.CRITERION_MEAN, List.of(), Star.THREE, new BigDecimal("0.25"), List.of(), List.of());
        assertThat(e.toText()).startsWith("Decision — bộ 3: Set\n")
                .contains("Phần (điểm trung bình): C=1.50 A=2.00\nKhung điểm: band\n")
                .contains("Yêu cầu tối thiểu áp dụng theo: CRITERION_MEAN\n")
                .endsWith("Để đạt 3★: còn thiếu 0.25 điểm trung bình; không thiếu yêu cầu tối thiểu nào\n");
    }
}
