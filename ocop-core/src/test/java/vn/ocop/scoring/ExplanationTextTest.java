package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.Problem;
import vn.ocop.format.ExplanationFormatter;
import vn.ocop.rubric.RubricSet;
import vn.ocop.rubric.Star;
import vn.ocop.rubric.StarBand;

/**
 * The text of an explanation ({@link ExplanationFormatter}) and of the failed minimums and sheet problems it is
 * made of, in Vietnamese (the default) and English: what a council secretary reads, so every figure the Javadoc
 * promises must be in it, in the reader's language, with no internal constant names.
 */
class ExplanationTextTest {
    static final Evaluator SET1 = EvaluatorTest.SET1;
    static final RubricSet S1 = SET1.set();
    static final ExplanationFormatter VI = ExplanationFormatter.of(Locale.forLanguageTag("vi"));
    static final ExplanationFormatter EN = ExplanationFormatter.of(Locale.ENGLISH);
    static final String QD26 = "Quyết định số 26/2026/QĐ-TTg ngày 22/5/2026 của Thủ tướng Chính phủ";
    /** Citation of 1.5 option c (2 points), the 4★ minimum of "Liên kết sản xuất": the 3rd option. */
    static final String CITE_1_5_C = "Phụ lục II, mục 1, tiêu chí 1.5, lựa chọn thứ 3";
    static final List<String> CONSTANTS = List.of("EVERY_MEMBER", "AGREED_SHEET", "CRITERION_MEAN", "CLASSIFIED",
            "REJECTED", "MINISTRY", "PROVINCE");

    static CouncilResult classify(EvaluationSheet s) {
        return SET1.evaluate(Council.of(s));
    }

    @Test
    void fiveStarSheetShowsHeaderCriteriaPartsBandAndNoNextStar() {
        Explanation e = classify(TestSheets.allBest(S1, "A")).explanation();
        String text = VI.format(e);
        assertThat(text).startsWith(QD26 + " — bộ 1: Rau, củ, quả, hạt tươi\n");
        // one line per criterion: code, name, max, members' mean (2 decimals, decimal comma), chosen options
        assertThat(text.lines()).anySatisfy(l -> assertThat(l).startsWith("1.1 ").contains("Nguồn gốc sản phẩm")
                .endsWith(" 3,00  c"));
        assertThat(text.lines()).anySatisfy(l -> assertThat(l).startsWith("4.3 ").endsWith(" 5,00  e"));
        assertThat(text).contains("Phần (điểm trung bình): A=40,00 B=25,00 C=35,00\n");
        assertThat(text).contains("\n1 thành viên tham gia\nĐiểm trung bình: 100,00\nKết quả: 5★\n"
                + "Khung điểm: 5★ từ 90 đến 100 (Điều 3.3.a)\n");
        assertThat(text).contains("Yêu cầu tối thiểu áp dụng theo: điểm trung bình của các thành viên trên từng tiêu "
                + "chí\n");
        assertThat(text).doesNotContain("Để đạt").doesNotContain("Không đạt").doesNotContain("Điều kiện loại")
                .doesNotContain("Nếu áp dụng theo");
        String en = EN.format(e);
        assertThat(en).startsWith(QD26 + " — set 1: " + S1.nameEn() + "\n");
        assertThat(en.lines()).anySatisfy(l -> assertThat(l).startsWith("1.1 ")
                .contains(S1.criterion("1.1").nameEn()).endsWith(" 3.00  c"));
        assertThat(en).contains("Parts (mean points): A=40.00 B=25.00 C=35.00\n");
        assertThat(en).contains("\nMembers who took part: 1\nMean: 100.00\nResult: 5★\nBand: 5★ 90 to 100 (Điều 3.3.a)\n");
        assertThat(en).contains("Star minimums applied to: the members' mean points on each criterion\n");
        assertThat(en).doesNotContain("\nFor ").doesNotContain("Star minimum ").doesNotContain("Knock-out rule")
                .doesNotContain("Applied to");
        for (String constant : CONSTANTS) {
            assertThat(text).doesNotContain(constant);
            assertThat(en).doesNotContain(constant);
        }
    }

    @Test
    void longCriterionNamesAreCutToTheColumnWithAnEllipsis() {
        String name = S1.criterion("3.2").name();
        assertThat(name.length()).isGreaterThan(52);
        String text = VI.format(classify(TestSheets.allBest(S1, "A")).explanation());
        assertThat(text).doesNotContain(name).contains(name.substring(0, 51) + "… ");
    }

    static Classification classified(Star stars, StarBand band) {
        return new Classification(Classification.Status.CLASSIFIED, stars, band, new BigDecimal("1"), List.of(),
                List.of());
    }

    static Attendance one() {
        return new Attendance(1, null, null, false, Quorum.NONE);
    }

    @Test
    void aNameThatJustFitsIsNotCut() {
        String fits = "x".repeat(52);
        String over = "y".repeat(53);
        StarBand five = new StarBand(Star.FIVE, new BigDecimal("90"), new BigDecimal("100"), true, "b5");
        Explanation e = new Explanation("E", "Decision", 1, "Set", null, classified(Star.FIVE, five),
                CouncilRules.defaults().withMinimumPolicy(MinimumPolicy.EVERY_MEMBER), one(), List.of(), List.of(
                        new CriterionLine("1", fits, null, BigDecimal.ONE, BigDecimal.ONE, List.of("a"), "c1"),
                        new CriterionLine("2", over, null, BigDecimal.ONE, BigDecimal.ZERO, List.of("none"), "c2")),
                Map.of(), List.of(), null, List.of(), List.of());
        for (String text : List.of(VI.format(e), EN.format(e))) {
            assertThat(text).contains(fits).doesNotContain(fits + "…").doesNotContain(over)
                    .contains("y".repeat(51) + "…");
        }
    }

    @Test
    void missedMinimumIsListedWithMemberAndCitationAndAgainForTheNextStar() {
        // 1.5 answered b (1 point) below the 4★ minimum c (2 points): band 4★, classed 3★
        Explanation e = SET1.evaluate(Council.of(TestSheets.bestWithTotal(S1, "A", 82).withAnswer("1.5", "b")),
                CouncilRules.defaults().withMinimumPolicy(MinimumPolicy.EVERY_MEMBER)).explanation();
        String failure = "4★ ở tiêu chí 1.5 (Liên kết sản xuất): cần 2; đạt: A (1) — " + CITE_1_5_C;
        String text = VI.format(e);
        assertThat(text).contains("Khung điểm: 4★ từ 70 đến dưới 90 (Điều 3.3.b)\n");
        assertThat(text).contains("\nKhông đạt yêu cầu tối thiểu " + failure + "\n");
        // already in the 4★ band, but the minimum still lacks: no "0 points missing"
        assertThat(text).contains("\nĐể đạt 4★: đã đủ điểm trung bình\n  chưa đạt yêu cầu tối thiểu " + failure
                + "\n");
        assertThat(text).doesNotContain("không thiếu yêu cầu tối thiểu nào").doesNotContain("còn thiếu 0");
        String en = EN.format(e);
        String failureEn = "4★ on criterion 1.5 (" + S1.criterion("1.5").nameEn() + "): needs 2; has: A (1) — "
                + CITE_1_5_C;
        assertThat(en).contains("Band: 4★ 70 to under 90 (Điều 3.3.b)\n");
        assertThat(en).contains("\nStar minimum " + failureEn.replace("4★ on", "4★ missed on") + "\n");
        assertThat(en).contains("\nFor 4★: the mean is enough\n  star minimum " + failureEn.replace("4★ on",
                "4★ not met on") + "\n");
        assertThat(en).doesNotContain("no star minimum missing").doesNotContain(": 0 mean points");
    }

    @Test
    void nextStarWithEveryMinimumMetSaysSo() {
        // a sheet of 80 meets every minimum (see TestSheets.bestWithTotal): 4★, 10 points short of 5★ (2 decimals)
        CouncilResult r = classify(TestSheets.bestWithTotal(S1, "A", 80));
        assertThat(r.classification().stars()).isEqualTo(Star.FOUR);
        assertThat(VI.format(r.explanation()))
                .contains("\nĐể đạt 5★: còn thiếu 10,00 điểm trung bình; không thiếu yêu cầu tối thiểu nào\n")
                .doesNotContain("Không đạt").doesNotContain("  chưa đạt yêu cầu");
        assertThat(EN.format(r.explanation()))
                .contains("\nFor 5★: 10.00 mean points missing; no star minimum missing\n")
                .doesNotContain("Star minimum missed").doesNotContain("  star minimum not met");
    }

    @Test
    void knockOutIsRenderedWithItsRuleCitationAndWhoRaisedIt() {
        EvaluationSheet s = TestSheets.allBest(S1, "A");
        String label = S1.knockOut("KO1").label();
        String rule = "KO1: " + label + " (Phụ lục II, mục 1, \"Hồ sơ bị loại khi\")";
        CouncilResult byCouncil = SET1.evaluate(Council.of(s, s.withMember("B")).withKnockOuts(List.of("KO1")));
        assertThat(VI.format(byCouncil.explanation())).contains("\nKết quả: bị loại\nĐiều kiện loại " + rule
                + " — áp dụng; nêu bởi: Hội đồng; quyết định theo quy chế: Hội đồng quyết định\n")
                // rejected: no band as if classified, no next star
                .doesNotContain("Khung điểm").doesNotContain("Để đạt");
        assertThat(EN.format(byCouncil.explanation())).contains("\nResult: rejected\nKnock-out rule " + rule
                + " — applies; raised by: the council; decided as the rules say: the council decides\n")
                .doesNotContain("Band:").doesNotContain("\nFor ");
        // raised by the council and by member B: one line for the rule, naming both
        CouncilResult both = SET1.evaluate(Council.of(s, s.withMember("B").withKnockOuts(List.of("KO1")))
                .withKnockOuts(List.of("KO1")));
        assertThat(VI.format(both.explanation())).contains("\nĐiều kiện loại " + rule
                + " — áp dụng; nêu bởi: Hội đồng, B; quyết định theo quy chế: Hội đồng quyết định\n");
        // raised by member B alone: pending the council's decision, no band either
        CouncilResult pending = SET1.evaluate(Council.of(s, s.withMember("B").withKnockOuts(List.of("KO1"))));
        assertThat(VI.format(pending.explanation()))
                .contains("\nKết quả: có điều kiện loại được nêu, chờ Hội đồng quyết định\nĐiều kiện loại " + rule
                        + " — chờ Hội đồng quyết định; nêu bởi: B; quyết định theo quy chế: Hội đồng quyết định\n")
                .doesNotContain("Khung điểm").doesNotContain("Để đạt");
        for (String constant : CONSTANTS) {
            assertThat(VI.format(both.explanation())).doesNotContain(constant);
            assertThat(EN.format(both.explanation())).doesNotContain(constant);
        }
    }

    @Test
    void failedMinimumTextNamesTheMemberOnlyWhenThereIsOne() {
        FailedMinimum ofMember = new FailedMinimum(Star.FOUR, "1.5", "Liên kết sản xuất", null, new BigDecimal("2"),
                BigDecimal.ONE, "Ông B", CITE_1_5_C);
        FailedMinimum ofMean = new FailedMinimum(Star.THREE, "9", "Công bố chất lượng sản phẩm", "Quality declaration",
                new BigDecimal("2"), new BigDecimal("1.50"), null, "c");
        assertThat(VI.failedMinimum(ofMember)).isEqualTo("4★ ở tiêu chí 1.5 (Liên kết sản xuất): cần 2, đạt 1 [Ông B]");
        assertThat(VI.failedMinimum(ofMean))
                .isEqualTo("3★ ở tiêu chí 9 (Công bố chất lượng sản phẩm): cần 2, đạt 1,50");
        // English: the rubric's English name where the data has one
        assertThat(EN.failedMinimum(ofMember)).isEqualTo("4★ on criterion 1.5 (Liên kết sản xuất): needs 2, has 1 [Ông B]");
        assertThat(EN.failedMinimum(ofMean)).isEqualTo("3★ on criterion 9 (Quality declaration): needs 2, has 1.50");
    }

    @Test
    void sheetProblemTextShowsItsSheetAndPath() {
        SheetProblem missing = new SheetProblem(SheetProblem.Kind.MISSING_ANSWER, "A", "3.3", null,
                SheetResolver.path("3.3"), "problem.MISSING_ANSWER", List.of("3.3", "Tên"), List.of("3.3", "Name"));
        SheetProblem council = new SheetProblem(SheetProblem.Kind.UNKNOWN_KNOCK_OUT, null, null, "KO9",
                "$.knockOuts[0]", "problem.UNKNOWN_KNOCK_OUT", List.of("1", "KO9", "[KO1]"),
                List.of("1", "KO9", "[KO1]"));
        assertThat(missing.toProblem(Locale.forLanguageTag("vi")))
                .isEqualTo(new Problem("phiếu đánh giá của A", "$.answers[\"3.3\"]", "chưa trả lời tiêu chí 3.3 (Tên)"));
        assertThat(missing).hasToString("sheet of A, $.answers[\"3.3\"]: no answer for criterion 3.3 (Name)");
        assertThat(council.toProblem(Locale.forLanguageTag("vi"))).isEqualTo(new Problem("Hội đồng", "$.knockOuts[0]",
                "bộ 1 không có điều kiện loại 'KO9'; các điều kiện: [KO1]"));
        assertThat(council).hasToString("the council, $.knockOuts[0]: set 1 has no knock-out rule 'KO9'; rules: [KO1]");
    }

    @Test
    void partMeansKeepTheirOrderInTheText() {
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        parts.put("C", new BigDecimal("1.50"));
        parts.put("A", new BigDecimal("2.00"));
        StarBand two = new StarBand(Star.TWO, new BigDecimal("30"), new BigDecimal("50"), false, "b2");
        Explanation e = new Explanation("E", "Decision", 3, "Set", "Set EN", classified(Star.TWO, two),
                CouncilRules.defaults(), one(), List.of(), List.of(), parts, List.of(), new BigDecimal("0.25"),
                List.of(), List.of());
        assertThat(VI.format(e)).startsWith("Decision — bộ 3: Set\n")
                .contains("Phần (điểm trung bình): C=1,50 A=2,00\n1 thành viên tham gia\nĐiểm trung bình: 1,00\n"
                        + "Kết quả: 2★\nKhung điểm: 2★ từ 30 đến dưới 50 (b2)\n")
                .contains("Yêu cầu tối thiểu áp dụng theo: điểm trung bình của các thành viên trên từng tiêu chí\n")
                .endsWith("Để đạt 3★: còn thiếu 0,25 điểm trung bình; không thiếu yêu cầu tối thiểu nào\n");
        assertThat(EN.format(e)).startsWith("Decision — set 3: Set EN\n")
                .contains("Parts (mean points): C=1.50 A=2.00\nMembers who took part: 1\nMean: 1.00\nResult: 2★\n"
                        + "Band: 2★ 30 to under 50 (b2)\n")
                .contains("Star minimums applied to: the members' mean points on each criterion\n")
                .endsWith("For 3★: 0.25 mean points missing; no star minimum missing\n");
    }

    /** Who took part against the quorum, a second round required, and what another policy would give, in words. */
    @Test
    void councilRulesAreExplainedInWords() {
        EvaluationSheet best = TestSheets.allBest(S1, "A");
        CouncilRules quorum = CouncilRules.defaults().withQuorum(Quorum.of(new BigDecimal("75"), true));
        Council three = Council.of(best, best.withMember("B"), best.withMember("C")).withChair("A").withAppointed(9);
        String below = VI.format(SET1.evaluate(three, quorum).explanation());
        assertThat(below).contains("\n3/9 thành viên tham gia; Chủ tịch A: có tham gia; yêu cầu tối thiểu 75% thành "
                + "viên, có Chủ tịch: không đạt\n")
                .contains("\nKết quả: không đủ số thành viên tối thiểu để Hội đồng quyết định\n")
                .doesNotContain("Khung điểm").doesNotContain("Để đạt");
        assertThat(EN.format(SET1.evaluate(three, quorum).explanation()))
                .contains("\nMembers who took part: 3 of 9 appointed; chair A: took part; quorum 75% of the members, "
                        + "with the chair: not met\n")
                .contains("\nResult: below quorum: the council cannot decide\n");
        // D lies 12 points from the others: the rules send the council back to score again
        Council spread = Council.of(best, best.withMember("B"), best.withMember("C"),
                TestSheets.bestWithTotal(S1, "D", 88));
        String rescore = VI.format(SET1.evaluate(spread, CouncilRules.defaults().withRescoreOutliers(true))
                .explanation());
        assertThat(rescore).contains("\nKết quả: phải chấm lại\nChênh lệch quá 10 điểm so với trung bình của các thành "
                + "viên khác, phải chấm lại: D\n").doesNotContain("Khung điểm");
        // one member below the 3★ minimum of 2.2: 5★ on the mean, 2★ on every member's sheet
        Council veto = Council.of(best, best.withMember("B"), best.withMember("C"), best.withMember("D"),
                best.withMember("E").withAnswer("2.2", "a"));
        assertThat(VI.format(SET1.evaluate(veto).explanation())).contains("\nKết quả: 5★\n")
                .contains("\nYêu cầu tối thiểu áp dụng theo: điểm trung bình của các thành viên trên từng tiêu chí\n"
                        + "  Nếu áp dụng theo phiếu của từng thành viên: 2★\n");
        assertThat(EN.format(SET1.evaluate(veto).explanation()))
                .contains("\n  Applied to every member's sheet: 2★\n");
    }
}
