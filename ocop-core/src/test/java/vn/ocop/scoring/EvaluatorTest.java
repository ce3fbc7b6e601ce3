package vn.ocop.scoring;

import vn.ocop.rubric.Authority;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopException;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.RubricSet;
import vn.ocop.rubric.Star;

/** Scoring and classification on the real rubric sets 1 and 26 of Decision 26/2026 (Điều 3.3, Phụ lục II). */
class EvaluatorTest {
    static final Edition QD26 = RubricCatalog.bundled().edition("QD-26-2026");
    static final Evaluator SET1 = Evaluator.of(QD26, 1);
    static final RubricSet S1 = SET1.set();

    @Test
    void allBestSheetScores100AndIsFiveStarsForTheMinistry() {
        CouncilResult r = SET1.evaluate(Council.of(TestSheets.allBest(S1, "A")));
        assertThat(r.sheets().get(0).total()).isEqualByComparingTo("100");
        assertThat(r.sheets().get(0).parts()).containsEntry("A", new BigDecimal("40")).containsEntry("B",
                new BigDecimal("25")).containsEntry("C", new BigDecimal("35"));
        assertThat(r.classification().stars()).isEqualTo(Star.FIVE);
        assertThat(r.classification().authority()).isEqualTo(Authority.MINISTRY);
        assertThat(r.classification().certifiable()).isTrue();
        assertThat(r.explanation().nextStar()).isNull();
    }

    @Test
    void scoresPerCriterionGroupAndPart() {
        EvaluationSheet s = TestSheets.allBest(S1, "A").withAnswer("1.5", "b").withAnswer("2.4", "no");
        SheetScore score = SET1.score(s);
        assertThat(score.criterion("1.5").points()).isEqualByComparingTo("1");
        assertThat(score.criterion("2.4").points()).isEqualByComparingTo("0");
        assertThat(score.groups().get("1")).isEqualByComparingTo("16");
        assertThat(score.groups().get("2")).isEqualByComparingTo("9");
        assertThat(score.parts().get("A")).isEqualByComparingTo("37");
        assertThat(score.total()).isEqualByComparingTo("97");
    }

    /** Điều 3.3: 70 to under 90 is 4★, 90 to 100 is 5★, 50 to under 70 is 3★ (exact, on the council mean). */
    @Test
    void bandEdgesOnWholeTotals() {
        assertThat(band(List.of(90))).isEqualTo(Star.FIVE);
        assertThat(band(List.of(89))).isEqualTo(Star.FOUR);
        assertThat(band(List.of(70))).isEqualTo(Star.FOUR);
        assertThat(band(List.of(69))).isEqualTo(Star.THREE);
        assertThat(band(List.of(50))).isEqualTo(Star.THREE);
        assertThat(band(List.of(49))).isEqualTo(Star.TWO);
    }

    @Test
    void nonTerminatingMeanJustBelowABoundIsNotRoundedUp() {
        // (70 + 70 + 69) / 3 = 69.666…: 3★ band, although it displays as 69.67 and would round to 70 at 0 decimals
        CouncilResult r = evaluate(List.of(70, 70, 69));
        assertThat(r.classification().bandStars()).isEqualTo(Star.THREE);
        assertThat(r.mean()).isEqualByComparingTo("69.6666666667");
        assertThat(r.meanDisplay()).isEqualByComparingTo("69.67");
        assertThat(r.explanation().pointsToNextBand()).isEqualByComparingTo("0.34");
        // (90 + 90 + 89) / 3 = 89.666…: still 4★
        assertThat(evaluate(List.of(90, 90, 89)).classification().bandStars()).isEqualTo(Star.FOUR);
        // (70 + 70 + 70) / 3 = 70 exactly: 4★
        assertThat(evaluate(List.of(70, 70, 70)).classification().bandStars()).isEqualTo(Star.FOUR);
        // (50 + 50 + 49) / 3 = 49.666…: 2★
        assertThat(evaluate(List.of(50, 50, 49)).classification().stars()).isEqualTo(Star.TWO);
    }

    @Test
    void meanIsExactWhenItTerminates() {
        CouncilResult r = evaluate(List.of(71, 72, 72, 74));
        assertThat(r.mean()).isEqualTo(new BigDecimal("72.25"));
        assertThat(r.spread()).isEqualByComparingTo("3");
    }

    @Test
    void fourStarBandButA4StarMinimumMissedGivesThreeStars() {
        // 1.5 option c "> 75% sản lượng" is the 4★ minimum; option b (1 point) misses it
        EvaluationSheet s = TestSheets.bestWithTotal(S1, "A", 82).withAnswer("1.5", "b");
        CouncilResult r = SET1.evaluate(Council.of(s));
        assertThat(r.sheets().get(0).total()).isEqualByComparingTo("80");
        assertThat(r.classification().bandStars()).isEqualTo(Star.FOUR);
        assertThat(r.classification().stars()).isEqualTo(Star.THREE);
        assertThat(r.classification().authority()).isEqualTo(Authority.PROVINCE);
        assertThat(r.explanation().failedMinimums()).extracting(FailedMinimum::criterion).containsExactly("1.5");
        assertThat(r.explanation().failedMinimums().get(0).stars()).isEqualTo(Star.FOUR);
        assertThat(r.explanation().failedMinimums().get(0).required()).isEqualByComparingTo("2");
        assertThat(r.explanation().nextStar()).isEqualTo(Star.FOUR);
        assertThat(r.explanation().pointsToNextBand()).isEqualByComparingTo("0");
        assertThat(r.explanation().minimumsForNextStar()).extracting(FailedMinimum::criterion).containsExactly("1.5");
    }

    @Test
    void threeStarMinimumMissedGivesTwoStarsAndNoCertificate() {
        // 9 "Có công bố chất lượng" (2 points) is the 3★ minimum; "none" scores 0
        EvaluationSheet s = TestSheets.bestWithTotal(S1, "A", 62).withAnswer("9", Answer.NONE);
        CouncilResult r = SET1.evaluate(Council.of(s));
        assertThat(r.classification().bandStars()).isEqualTo(Star.THREE);
        assertThat(r.classification().stars()).isEqualTo(Star.TWO);
        assertThat(r.classification().certifiable()).isFalse();
        assertThat(r.classification().authority()).isEqualTo(Authority.NONE);
        assertThat(r.explanation().failedMinimums()).extracting(FailedMinimum::criterion).contains("9");
    }

    @Test
    void aThreeStarMinimumAlsoBindsFiveStars() {
        EvaluationSheet s = TestSheets.allBest(S1, "A").withAnswer("2.2", "b"); // 3★ minimum of 2.2 is option c
        CouncilResult r = SET1.evaluate(Council.of(s));
        assertThat(r.sheets().get(0).total()).isEqualByComparingTo("98");
        assertThat(r.classification().bandStars()).isEqualTo(Star.FIVE);
        assertThat(r.classification().stars()).isEqualTo(Star.TWO);
    }

    @Test
    void knockOutRejectsWithItsReason() {
        EvaluationSheet s = TestSheets.allBest(S1, "A");
        CouncilResult r = SET1.evaluate(Council.of(s, s.withMember("B")).withKnockOuts(List.of("KO1")));
        assertThat(r.classification().status()).isEqualTo(Classification.Status.REJECTED);
        assertThat(r.classification().stars()).isNull();
        assertThat(r.classification().certifiable()).isFalse();
        assertThat(r.classification().knockOuts()).singleElement().satisfies(k -> {
            assertThat(k.rule().code()).isEqualTo("KO1");
            assertThat(k.rule().citation()).contains("Phụ lục II, mục 1");
            assertThat(k.verdict()).isEqualTo(KnockOutOutcome.Verdict.APPLIED);
            assertThat(k.findings()).singleElement().satisfies(f -> assertThat(f.byCouncil()).isTrue());
        });
    }

    @Test
    void everySheetProblemIsReportedAtOnce() {
        EvaluationSheet s = TestSheets.allBest(S1, "Ông A")
                .withoutAnswer("3.3")
                .withAnswer("1.1", "z")
                .withKnockOuts(List.of("KO99"));
        List<Answer> answers = new ArrayList<>(s.answers());
        answers.add(new Answer("1.2", "a"));
        answers.add(new Answer("99.9", "a"));
        EvaluationSheet bad = new EvaluationSheet(s.edition(), s.set(), s.member(), answers, s.knockOuts());
        assertThatThrownBy(() -> SET1.score(bad)).isInstanceOfSatisfying(SheetValidationException.class, e -> {
            assertThat(e.sheetProblems()).extracting(SheetProblem::kind).containsExactlyInAnyOrder(
                    SheetProblem.Kind.UNKNOWN_OPTION, SheetProblem.Kind.DUPLICATE_ANSWER,
                    SheetProblem.Kind.UNKNOWN_CRITERION, SheetProblem.Kind.MISSING_ANSWER,
                    SheetProblem.Kind.UNKNOWN_KNOCK_OUT);
            assertThat(e.getMessage()).contains("3.3").contains("99.9").contains("'z'").contains("Ông A");
            // each as a Problem of the member's sheet, with the JSON path of the answer or code
            assertThat(e.problems()).extracting(vn.ocop.Problem::source).containsOnly("phiếu đánh giá của Ông A");
            assertThat(e.problems()).extracting(vn.ocop.Problem::path).containsExactlyInAnyOrder(
                    "$.answers[\"1.1\"]", "$.answers[\"1.2\"]", "$.answers[\"99.9\"]", "$.answers[\"3.3\"]",
                    "$.knockOuts[0]");
        });
    }

    @Test
    void draftMayMissAnswersButCannotBeClassified() {
        EvaluationSheet draft = TestSheets.allBest(S1, "A").withoutAnswer("12").withoutAnswer("7");
        SheetScore d = SET1.scoreDraft(draft);
        assertThat(d.isComplete()).isFalse();
        assertThat(d.missing()).containsExactly("7", "12");
        assertThat(d.total()).isEqualByComparingTo("94");
        assertThatThrownBy(() -> SET1.evaluate(Council.of(draft)))
                .isInstanceOfSatisfying(SheetValidationException.class, e -> assertThat(e.sheetProblems())
                        .extracting(SheetProblem::kind, SheetProblem::criterion).containsExactly(
                                org.assertj.core.groups.Tuple.tuple(SheetProblem.Kind.MISSING_ANSWER, "7"),
                                org.assertj.core.groups.Tuple.tuple(SheetProblem.Kind.MISSING_ANSWER, "12")));
    }

    @Test
    void onlyIfCriterionIsNotApplicableWithoutAStory() {
        // 5.2 "Chỉ áp dụng khi có câu chuyện sản phẩm": with 5.1 "Không có câu chuyện" it scores 0
        EvaluationSheet noStory = TestSheets.allBest(S1, "A").withAnswer("5.1", "a").withoutAnswer("5.2");
        SheetScore s = SET1.score(noStory);
        assertThat(s.criterion("5.2").status()).isEqualTo(CriterionScore.Status.NOT_APPLICABLE);
        assertThat(s.criterion("5.2").points()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> SET1.score(noStory.withAnswer("5.2", "c")))
                .isInstanceOfSatisfying(SheetValidationException.class, e -> assertThat(e.sheetProblems())
                        .extracting(SheetProblem::kind).containsExactly(SheetProblem.Kind.NOT_APPLICABLE));
    }

    @Test
    void memberOrderDoesNotChangeTheResult() {
        List<EvaluationSheet> sheets = new ArrayList<>();
        int[] totals = {81, 77, 92, 70, 66};
        for (int i = 0; i < totals.length; i++) {
            sheets.add(TestSheets.bestWithTotal(S1, "M" + i, totals[i]));
        }
        CouncilResult a = SET1.evaluate(Council.of(sheets));
        Collections.reverse(sheets);
        CouncilResult b = SET1.evaluate(Council.of(sheets));
        assertThat(b.mean()).isEqualTo(a.mean());
        assertThat(b.classification()).isEqualTo(a.classification());
    }

    @Test
    void outliersAreFlaggedAgainstTheOtherMembersMean() {
        CouncilResult r = evaluate(List.of(80, 80, 79, 60));
        assertThat(r.outliers()).containsExactly("M3");
        assertThat(r.members().get(3).othersMean()).isEqualByComparingTo("79.67");
        CouncilResult lenient = SET1.evaluate(Council.of(sheets(List.of(80, 80, 79, 60))),
                CouncilRules.defaults().withOutlierPoints(new BigDecimal("20")));
        assertThat(lenient.outliers()).isEmpty();
    }

    @Test
    void minimumPoliciesDifferOnlyWhereTheyShould() {
        // two members meet the 4★ minimum of 1.5 (3 points), one does not (1 point): mean on 1.5 = 2.33 ≥ 2
        EvaluationSheet a = TestSheets.bestWithTotal(S1, "A", 85);
        EvaluationSheet b = TestSheets.bestWithTotal(S1, "B", 85);
        EvaluationSheet c = TestSheets.bestWithTotal(S1, "C", 87).withAnswer("1.5", "b");
        Council council = Council.of(a, b, c);
        assertThat(SET1.evaluate(council, CouncilRules.defaults().withMinimumPolicy(MinimumPolicy.EVERY_MEMBER))
                .classification().stars()).isEqualTo(Star.THREE);
        assertThat(SET1.evaluate(council, CouncilRules.defaults().withMinimumPolicy(MinimumPolicy.CRITERION_MEAN))
                .classification().stars()).isEqualTo(Star.FOUR);
        assertThat(SET1.evaluate(council).classification().stars()).as("the default policy is the criterion mean")
                .isEqualTo(Star.FOUR);
        CouncilRules agreed = CouncilRules.defaults().withMinimumPolicy(MinimumPolicy.AGREED_SHEET);
        assertThat(SET1.evaluate(council.withAgreedSheet(a.withMember("Hội đồng")), agreed).classification().stars())
                .isEqualTo(Star.FOUR);
        assertThatThrownBy(() -> SET1.evaluate(council, agreed)).isInstanceOf(OcopException.class)
                .hasMessageContaining("agreed sheet");
    }

    @Test
    void nfdTextIsNormalised() {
        String nfd = Normalizer.normalize("Nguyễn Thị Lan", Normalizer.Form.NFD);
        EvaluationSheet s = TestSheets.allBest(S1, nfd);
        assertThat(s.member()).isEqualTo("Nguyễn Thị Lan");
        assertThat(QD26.setByName(Normalizer.normalize("Rau, củ, quả, hạt tươi", Normalizer.Form.NFD)))
                .hasValueSatisfying(x -> assertThat(x.number()).isEqualTo(1));
    }

    @Test
    void tourismSetWithChooseOneCaseCriteria() {
        Evaluator e26 = Evaluator.of(QD26, 26);
        EvaluationSheet s = TestSheets.allBest(e26.set(), "A");
        assertThat(e26.score(s).total()).isEqualByComparingTo("100");
        // criterion 8: case TH2 (điểm du lịch) top option is "d"
        assertThat(e26.set().criterion("8").cases()).hasSize(2);
        SheetScore th2 = e26.score(s.withAnswer("8", "d"));
        assertThat(th2.criterion("8").points()).isEqualByComparingTo("3");
        assertThat(e26.evaluate(Council.of(s.withAnswer("8", "c"))).sheets().get(0).total())
                .isEqualByComparingTo("98");
    }

    /** A sheet that breaks its own field constraints is not made: every broken constraint is listed. */
    @Test
    void blankMemberAndSetOutOfRangeAreInvalidFields() {
        EvaluationSheet s = TestSheets.allBest(S1, "A");
        assertThatThrownBy(() -> new EvaluationSheet(s.edition(), 27, " ", s.answers(), List.of()))
                .isInstanceOfSatisfying(SheetValidationException.class, e -> {
                    assertThat(e.sheetProblems()).extracting(SheetProblem::kind).containsOnly(
                            SheetProblem.Kind.INVALID_FIELD);
                    assertThat(e.sheetProblems()).extracting(SheetProblem::path)
                            .containsExactly("$.member", "$.set");
                    assertThat(e.sheetProblems()).extracting(p -> p.message(java.util.Locale.ENGLISH))
                            .containsExactly("evaluator must not be blank (was )",
                                    "rubric set number must be less than or equal to 26 (was 27)");
                    assertThat(e.sheetProblems()).extracting(SheetProblem::message)
                            .containsExactly("người đánh giá không được để trống (giá trị: )",
                                    "số bộ tiêu chí phải nhỏ hơn hoặc bằng 26 (giá trị: 27)");
                });
    }

    @Test
    void sheetForAnotherSetIsRejected() {
        EvaluationSheet s26 = TestSheets.allBest(QD26.set(26), "A");
        assertThatThrownBy(() -> SET1.score(s26)).isInstanceOfSatisfying(SheetValidationException.class,
                e -> assertThat(e.sheetProblems()).filteredOn(p -> p.kind() == SheetProblem.Kind.WRONG_SET)
                        .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("$.set");
                    assertThat(p.message(java.util.Locale.ENGLISH))
                            .isEqualTo("the sheet is for QD-26-2026 set 26; this evaluator scores QD-26-2026 set 1");
                }));
    }

    private static Star band(List<Integer> totals) {
        return evaluate(totals).classification().bandStars();
    }

    private static CouncilResult evaluate(List<Integer> totals) {
        return SET1.evaluate(Council.of(sheets(totals)));
    }

    private static List<EvaluationSheet> sheets(List<Integer> totals) {
        List<EvaluationSheet> out = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            out.add(TestSheets.bestWithTotal(S1, "M" + i, totals.get(i)));
        }
        return out;
    }
}
