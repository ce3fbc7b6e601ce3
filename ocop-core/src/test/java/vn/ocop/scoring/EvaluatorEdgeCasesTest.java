package vn.ocop.scoring;

import vn.ocop.rubric.Authority;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.RubricSet;
import vn.ocop.rubric.Star;

/**
 * Edge cases of the engine on the rules of Decision 26/2026 (Điều 3.3, Phụ lục II): field constraints one at a time,
 * one-character codes that are no option, star minimums of each level alone, minimums within a tourism "case",
 * rounding of means exactly half-way, large councils, repeated member names, and evaluations that must not leak
 * into one another on the same evaluator.
 */
class EvaluatorEdgeCasesTest {
    static final RubricSet S1 = EvaluatorTest.S1;

    /**
     * A fresh evaluator of set 1, made inside the test (not in a static field) so that mutation testing sees the
     * constructor's pre-computations covered by the test that depends on them.
     */
    static Evaluator set1() {
        return Evaluator.of(EvaluatorTest.QD26, 1);
    }

    // ------------------------------------------------------------------ sheet checks

    private static List<SheetProblem> problems(Evaluator ev, EvaluationSheet s) {
        try {
            ev.score(s);
        } catch (SheetValidationException e) {
            return e.sheetProblems();
        }
        throw new AssertionError("no problem found in " + s);
    }

    /** The broken field constraints of a sheet made from these fields, in English. */
    private static List<String> invalidFields(String edition, int set, String member) {
        List<Answer> answers = TestSheets.allBest(S1, "A").answers();
        try {
            new EvaluationSheet(edition, set, member, answers, List.of());
        } catch (SheetValidationException e) {
            assertThat(e.sheetProblems()).extracting(SheetProblem::kind).containsOnly(SheetProblem.Kind.INVALID_FIELD);
            return e.sheetProblems().stream().map(p -> p.message(java.util.Locale.ENGLISH)).toList();
        }
        throw new AssertionError("no broken constraint in " + edition + ", " + set + ", " + member);
    }

    /** Each constraint of the sheet ({@code @Min(1) @Max(26) set}, {@code @NotBlank} member and edition) on its own. */
    @Test
    void eachFieldConstraintIsCheckedOnItsOwn() {
        EvaluationSheet s = TestSheets.allBest(S1, "A");
        assertThat(invalidFields(s.edition(), 0, "A")).singleElement().asString()
                .startsWith("rubric set number must be greater than or equal to 1");
        assertThat(invalidFields(s.edition(), 27, "A")).singleElement().asString()
                .startsWith("rubric set number must be less than or equal to 26");
        assertThat(invalidFields(s.edition(), 1, "")).singleElement().asString()
                .startsWith("evaluator must not be blank");
        assertThat(invalidFields(s.edition(), 1, " ")).singleElement().asString()
                .startsWith("evaluator must not be blank");
        assertThat(invalidFields("", 1, "A")).singleElement().asString().startsWith("rubric edition must not be blank");
        // a control character is blank too (Bean Validation trims every character up to ' ')
        assertThat(invalidFields(s.edition(), 1, "\u0001")).singleElement().asString()
                .startsWith("evaluator must not be blank");
        // a name with spaces around it is not blank (and is stripped)
        assertThat(set1().score(new EvaluationSheet(s.edition(), 1, " A ", s.answers(), List.of())).member())
                .isEqualTo("A");
    }

    @Test
    void sheetOfAnotherEditionIsTheWrongSet() {
        EvaluationSheet s = TestSheets.allBest(S1, "A");
        assertThat(problems(set1(), new EvaluationSheet("QD-148-2023", 1, "A", s.answers(), List.of())))
                .extracting(SheetProblem::kind).containsExactly(SheetProblem.Kind.WRONG_SET);
    }

    /** One-character codes next to the letters of the options ('`', '~', upper case, U+0080) are no option. */
    @Test
    void oneCharacterCodesThatAreNoOptionAreUnknownOnFirstAndLastCriterion() {
        List<Criterion> leaves = S1.leafCriteria();
        for (String criterion : List.of(leaves.get(0).code(), leaves.get(1).code(),
                leaves.get(leaves.size() - 1).code())) {
            // also longer codes that start with an option's letter
            for (String code : List.of("A", "Z", "`", "~", "z", "\u0080", "0", "ca", "aa", "none2")) {
                EvaluationSheet s = TestSheets.allBest(S1, "A").withAnswer(criterion, code);
                assertThat(problems(set1(), s)).as("%s on %s", code, criterion).singleElement()
                        .satisfies(p -> {
                            assertThat(p.kind()).isEqualTo(SheetProblem.Kind.UNKNOWN_OPTION);
                            assertThat(p.criterion()).isEqualTo(criterion);
                            assertThat(p.option()).isEqualTo(code);
                        });
            }
        }
        // a letter of another criterion's options: 1.7 has only a and b
        assertThat(problems(set1(), TestSheets.allBest(S1, "A").withAnswer("1.7", "c")))
                .extracting(SheetProblem::kind).containsExactly(SheetProblem.Kind.UNKNOWN_OPTION);
        // the yes/no criterion 2.4 takes "yes", "no" or "none" only
        assertThat(problems(set1(), TestSheets.allBest(S1, "A").withAnswer("2.4", "y")))
                .extracting(SheetProblem::kind).containsExactly(SheetProblem.Kind.UNKNOWN_OPTION);
        assertThat(set1().score(TestSheets.allBest(S1, "A").withAnswer("2.4", "no")).total())
                .isEqualByComparingTo("99");
    }

    @Test
    void aDuplicateOneLetterAnswerIsReportedAndTheFirstKept() {
        EvaluationSheet s = TestSheets.allBest(S1, "A");
        List<Answer> answers = new ArrayList<>(s.answers());
        answers.add(2, new Answer("1.1", "a")); // 1.1 first answered c
        EvaluationSheet dup = new EvaluationSheet(s.edition(), 1, "A", answers, List.of());
        assertThat(problems(set1(), dup)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(SheetProblem.Kind.DUPLICATE_ANSWER);
            assertThat(p.message(java.util.Locale.ENGLISH)).contains("(first: c)");
            assertThat(p.message()).contains("(câu trả lời đầu: c)");
        });
    }

    // ------------------------------------------------------------------ star minimums

    /** 1.5 option d (3 points) is the 5★ minimum: answering c (2 points) in the 5★ band gives 4★. */
    @Test
    void aFiveStarMinimumAloneLowersFiveStarsToFour() {
        CouncilResult r = set1().evaluate(Council.of(TestSheets.allBest(S1, "A").withAnswer("1.5", "c")));
        assertThat(r.mean()).isEqualByComparingTo("99");
        assertThat(r.classification().bandStars()).isEqualTo(Star.FIVE);
        assertThat(r.classification().stars()).isEqualTo(Star.FOUR);
        assertThat(r.classification().authority()).isEqualTo(Authority.PROVINCE);
        assertThat(r.explanation().failedMinimums()).singleElement().satisfies(f -> {
            assertThat(f.stars()).isEqualTo(Star.FIVE);
            assertThat(f.criterion()).isEqualTo("1.5");
            assertThat(f.required()).isEqualByComparingTo("3");
            assertThat(f.actual()).isEqualByComparingTo("2");
            assertThat(f.citation()).endsWith("tiêu chí 1.5, lựa chọn thứ 4");
        });
        assertThat(r.explanation().nextStar()).isEqualTo(Star.FIVE);
        assertThat(r.explanation().pointsToNextBand()).isEqualByComparingTo("0");
    }

    /** Answered b (1 point): below the 4★ (c, 2) and the 5★ (d, 3) minimums; both are listed, lower level first. */
    @Test
    void aCriterionBelowTwoMarkersListsBothInTheFiveStarBand() {
        CouncilResult r = set1().evaluate(Council.of(TestSheets.allBest(S1, "A").withAnswer("1.5", "b")));
        assertThat(r.classification().bandStars()).isEqualTo(Star.FIVE);
        assertThat(r.classification().stars()).isEqualTo(Star.THREE);
        assertThat(r.explanation().failedMinimums()).extracting(FailedMinimum::stars, FailedMinimum::required)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Star.FOUR, new BigDecimal("2")),
                        org.assertj.core.groups.Tuple.tuple(Star.FIVE, new BigDecimal("3")));
        // for 4★ only the 4★ marker matters
        assertThat(r.explanation().minimumsForNextStar()).extracting(FailedMinimum::stars).containsExactly(Star.FOUR);
    }

    /** 1.6 option a (1 point) is marked 4★: "none" misses it. */
    @Test
    void noneMissesTheMarkedOptionEvenWhenItIsTheLowest() {
        CouncilResult r = set1().evaluate(Council.of(TestSheets.allBest(S1, "A").withAnswer("1.6", Answer.NONE)));
        assertThat(r.classification().bandStars()).isEqualTo(Star.FIVE);
        assertThat(r.classification().stars()).isEqualTo(Star.THREE);
        assertThat(r.explanation().failedMinimums()).singleElement().satisfies(f -> {
            assertThat(f.stars()).isEqualTo(Star.FOUR);
            assertThat(f.required()).isEqualByComparingTo("1");
            assertThat(f.actual()).isEqualByComparingTo("0");
        });
    }

    // ------------------------------------------------------------------ tourism cases

    /**
     * A draft of set 26 where criterion 8 marks option b (case TH1, 3 points) and option c (case TH2, 1 point) as
     * 4★ minimums: "within the same case", a community service (TH1) needs b, a tourist spot (TH2) needs c.
     */
    static Evaluator casesWithMarkers() throws Exception {
        ObjectNode set = VietnameseTextTest.resource("QD-26-2026/set-26.json");
        ObjectNode c8 = VietnameseTextTest.criterion(set, "8");
        ((ObjectNode) c8.get("options").get(1)).put("minStars", 4);
        ((ObjectNode) c8.get("options").get(2)).put("minStars", 4);
        return Evaluator.of(VietnameseTextTest.QD26, VietnameseTextTest.load(set));
    }

    @Test
    void minimumsApplyWithinTheChosenCase() throws Exception {
        Evaluator ev = casesWithMarkers();
        EvaluationSheet best = TestSheets.allBest(ev.set(), "A");
        assertThat(ev.evaluate(Council.of(best)).classification().stars()).isEqualTo(Star.FIVE);
        // TH2 at its marked option c (1 point): met
        assertThat(ev.evaluate(Council.of(best.withAnswer("8", "c"))).classification().stars()).isEqualTo(Star.FIVE);
        // TH1 at a (1 point): misses b (3 points), the minimum of TH1
        CouncilResult th1 = ev.evaluate(Council.of(best.withAnswer("8", "a")));
        assertThat(th1.classification().bandStars()).isEqualTo(Star.FIVE);
        assertThat(th1.classification().stars()).isEqualTo(Star.THREE);
        assertThat(th1.explanation().failedMinimums()).singleElement().satisfies(f -> {
            assertThat(f.required()).isEqualByComparingTo("3");
            assertThat(f.actual()).isEqualByComparingTo("1");
            assertThat(f.citation()).endsWith("tiêu chí 8, lựa chọn thứ 2");
        });
        // no option: the weakest requirement over the cases (c, 1 point) is the one missed
        CouncilResult none = ev.evaluate(Council.of(best.withAnswer("8", Answer.NONE)));
        assertThat(none.classification().stars()).isEqualTo(Star.THREE);
        assertThat(none.explanation().failedMinimums()).singleElement().satisfies(f -> {
            assertThat(f.required()).isEqualByComparingTo("1");
            assertThat(f.citation()).endsWith("tiêu chí 8, lựa chọn thứ 3");
        });
    }

    @Test
    void criterionMeanComparesWithTheRequirementsOfEachMembersCase() throws Exception {
        Evaluator ev = casesWithMarkers();
        EvaluationSheet best = TestSheets.allBest(ev.set(), "A");
        CouncilRules mean = CouncilRules.defaults().withMinimumPolicy(MinimumPolicy.CRITERION_MEAN);
        // TH1: a (1) and b (3): mean 2 below the TH1 minimum 3
        CouncilResult th1 = ev.evaluate(Council.of(best.withAnswer("8", "a"), best.withAnswer("8", "b").withMember("B")),
                mean);
        assertThat(th1.classification().stars()).isEqualTo(Star.THREE);
        assertThat(th1.explanation().failedMinimums()).singleElement().satisfies(f -> {
            assertThat(f.member()).isNull();
            assertThat(f.required()).isEqualByComparingTo("3");
            assertThat(f.actual()).isEqualByComparingTo("2.00");
        });
        // TH2: c (1) and d (3): mean 2 reaches the TH2 minimum 1
        CouncilResult th2 = ev.evaluate(Council.of(best.withAnswer("8", "c"), best.withAnswer("8", "d").withMember("B")),
                mean);
        assertThat(th2.classification().stars()).isEqualTo(Star.FIVE);
    }

    // ------------------------------------------------------------------ rounding and large councils

    /** Means on a criterion and on a part are 2 decimals half up: 1/8 = 0.125 shows as 0.13. */
    @Test
    void meansExactlyHalfWayRoundUp() {
        List<EvaluationSheet> members = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            members.add(TestSheets.allBest(S1, "M" + k).withAnswer("1.7", k == 0 ? "b" : "a")); // b 1 point, a 0
        }
        CouncilResult r = set1().evaluate(Council.of(members));
        // totals 100 and 7 × 99: mean 793 / 8 = 99.125 exactly
        assertThat(r.mean()).isEqualTo(new BigDecimal("99.125"));
        assertThat(r.meanDisplay()).isEqualTo(new BigDecimal("99.13"));
        CriterionLine l17 = r.explanation().criteria().stream().filter(l -> l.criterion().equals("1.7")).findFirst()
                .orElseThrow();
        assertThat(l17.meanPoints()).isEqualTo(new BigDecimal("0.13"));
        assertThat(l17.options()).containsExactly("b", "a", "a", "a", "a", "a", "a", "a");
        assertThat(r.explanation().parts()).containsEntry("A", new BigDecimal("39.13"));
        // the others' mean of M1: (100 + 6 × 99) / 7 = 99.142… → 99.14; of M0: 99.00
        assertThat(r.members().get(1).othersMean()).isEqualTo(new BigDecimal("99.14"));
        assertThat(r.members().get(0).othersMean()).isEqualTo(new BigDecimal("99.00"));
    }

    /** More than 16 members, between single sheets, on a fresh evaluator: lines keep every member's option. */
    @Test
    void largeCouncilBetweenSingleSheets() {
        Evaluator ev = Evaluator.of(EvaluatorTest.QD26, 1);
        EvaluationSheet best = TestSheets.allBest(S1, "A");
        assertThat(ev.evaluate(Council.of(best)).explanation().criteria()).allSatisfy(l -> assertThat(l.options()).hasSize(1));
        for (int n : new int[] {16, 17, 40}) {
            // first a council unanimous on every criterion (1.7 at a), then one split on 1.7 whose first member is at a
            List<EvaluationSheet> unanimous = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                unanimous.add(best.withMember("M" + k).withAnswer("1.7", "a"));
            }
            Explanation u = ev.evaluate(Council.of(unanimous)).explanation();
            assertThat(u.criteria()).allSatisfy(l -> assertThat(l.options()).hasSize(n).containsOnly(l.options().get(0)));
            assertThat(u.criteria().get(6).meanPoints()).isEqualTo(new BigDecimal("0.00"));
            assertThat(u.criteria().get(31).criterion()).isEqualTo("12");
            assertThat(u.criteria().get(31).meanPoints()).isEqualTo(new BigDecimal("3.00"));
            List<EvaluationSheet> members = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                members.add(best.withMember("M" + k).withAnswer("1.7", k < n / 2 ? "a" : "b"));
            }
            Explanation e = ev.evaluate(Council.of(members)).explanation();
            assertThat(e.criteria()).extracting(CriterionLine::criterion)
                    .containsExactlyElementsOf(S1.leafCriteria().stream().map(Criterion::code).toList());
            assertThat(e.criteria()).allSatisfy(l -> assertThat(l.options()).hasSize(n));
            // the unanimous council again: its lines are still its own
            Explanation u2 = ev.evaluate(Council.of(unanimous)).explanation();
            assertThat(u2).isEqualTo(u);
            assertThat(u2.criteria().get(6).options()).hasSize(n).containsOnly("a");
            CriterionLine first = e.criteria().get(0);
            assertThat(first.meanPoints()).isEqualTo(new BigDecimal("3.00"));
            assertThat(first.options()).containsOnly("c");
            // 1.7: half the members 0, half 1 (the odd one out at 1)
            BigDecimal expected = BigDecimal.valueOf(n - n / 2).divide(BigDecimal.valueOf(n), 2,
                    java.math.RoundingMode.HALF_UP);
            assertThat(e.criteria().get(6).meanPoints()).isEqualTo(expected);
        }
        CouncilResult again = ev.evaluate(Council.of(best));
        assertThat(again.explanation().criteria()).allSatisfy(l -> assertThat(l.options()).hasSize(1));
        assertThat(again.explanation().criteria().get(1).criterion()).isEqualTo("1.2");
    }

    /** At exactly 70 but held at 3★ by a 4★ minimum: the mean lacks nothing for the 4★ band ("0"). */
    @Test
    void meanExactlyAtTheNextBandLacksZeroPoints() {
        EvaluationSheet s = TestSheets.bestWithTotal(S1, "A", 72).withAnswer("1.5", "b"); // d (3) to b (1)
        CouncilResult r = set1().evaluate(Council.of(s));
        assertThat(r.mean()).isEqualByComparingTo("70");
        assertThat(r.classification().stars()).isEqualTo(Star.THREE);
        assertThat(r.explanation().nextStar()).isEqualTo(Star.FOUR);
        assertThat(r.explanation().pointsToNextBand()).isZero();
        // no points are missing: the text says the mean is enough instead of "0 points missing"
        assertThat(vn.ocop.format.ExplanationFormatter.of(java.util.Locale.forLanguageTag("vi")).format(r.explanation()))
                .contains("Để đạt 4★: đã đủ điểm trung bình\n").doesNotContain("còn thiếu 0");
        // one point below, two members: (69 + 70) / 2 = 69.5, 3★ band, lacks 0.50
        CouncilResult two = set1().evaluate(Council.of(s, TestSheets.bestWithTotal(S1, "B", 69)));
        assertThat(two.classification().bandStars()).isEqualTo(Star.THREE);
        assertThat(two.explanation().pointsToNextBand()).isEqualTo(new BigDecimal("0.50"));
    }

    // ------------------------------------------------------------------ repeated names

    /**
     * A member named twice (once in NFD) is a problem naming both sheets, however many members lie between; distinct
     * members who miss a minimum are each listed.
     */
    @Test
    void repeatedMemberNamesAreRefusedNamingBothSheets() {
        EvaluationSheet miss = TestSheets.allBest(S1, "Nguyễn Văn A").withAnswer("1.5", "c"); // 5★ minimum missed
        EvaluationSheet ok = TestSheets.allBest(S1, "B");
        CouncilRules every = CouncilRules.defaults().withMinimumPolicy(MinimumPolicy.EVERY_MEMBER);
        for (int others : new int[] {1, 40}) {
            List<EvaluationSheet> members = new ArrayList<>();
            members.add(miss);
            for (int k = 0; k < others; k++) {
                members.add(ok.withMember("B" + k));
            }
            members.add(miss.withMember(java.text.Normalizer.normalize(" Nguyễn Văn A ",
                    java.text.Normalizer.Form.NFD)));
            assertThatThrownBy(() -> set1().evaluate(Council.of(members), every))
                    .isInstanceOfSatisfying(SheetValidationException.class, e -> assertThat(e.sheetProblems())
                            .singleElement().satisfies(p -> {
                                assertThat(p.kind()).isEqualTo(SheetProblem.Kind.DUPLICATE_MEMBER);
                                assertThat(p.path()).isEqualTo("$.members[" + (others + 1) + "].member");
                                assertThat(p.message()).contains("Nguyễn Văn A", "$.members[0]",
                                        "$.members[" + (others + 1) + "]");
                            }));
            List<EvaluationSheet> distinct = new ArrayList<>(members);
            distinct.set(distinct.size() - 1, miss.withMember("C"));
            CouncilResult r = set1().evaluate(Council.of(distinct), every);
            assertThat(r.classification().stars()).isEqualTo(Star.FOUR);
            assertThat(r.explanation().failedMinimums()).extracting(FailedMinimum::member)
                    .containsExactly("Nguyễn Văn A", "C");
        }
    }

    /** Minimums missed at the band and for the next star, each with every member who missed it. */
    @Test
    void minimumsMissedNameEveryMemberWhoMissedThem() {
        EvaluationSheet fourStarMiss = TestSheets.allBest(S1, "A").withAnswer("1.6", Answer.NONE); // 4★ minimum
        EvaluationSheet threeStarMiss = TestSheets.allBest(S1, "C").withAnswer("2.2", "b"); // 3★ minimum
        CouncilResult r = set1().evaluate(Council.of(fourStarMiss, threeStarMiss, fourStarMiss.withMember("D")),
                CouncilRules.defaults().withMinimumPolicy(MinimumPolicy.EVERY_MEMBER));
        assertThat(r.classification().bandStars()).isEqualTo(Star.FIVE);
        assertThat(r.classification().stars()).isEqualTo(Star.TWO);
        assertThat(r.explanation().failedMinimums()).extracting(FailedMinimum::criterion, FailedMinimum::member)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.6", "A"),
                        org.assertj.core.groups.Tuple.tuple("1.6", "D"),
                        org.assertj.core.groups.Tuple.tuple("2.2", "C"));
        assertThat(r.explanation().nextStar()).isEqualTo(Star.THREE);
        assertThat(r.explanation().minimumsForNextStar()).extracting(FailedMinimum::criterion, FailedMinimum::member)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2.2", "C"));
    }

    // ------------------------------------------------------------------ unusual but valid rubric data

    /** An "only if" condition met by the first option of the criterion it looks at. */
    @Test
    void onlyIfMetByTheFirstOption() throws Exception {
        ObjectNode set = VietnameseTextTest.resource("QD-26-2026/set-01.json");
        ObjectNode onlyIf = (ObjectNode) VietnameseTextTest.criterion(set, "5.2").get("onlyIf");
        onlyIf.putArray("options").add("a").add("b");
        Evaluator ev = Evaluator.of(VietnameseTextTest.QD26, VietnameseTextTest.load(set));
        EvaluationSheet best = TestSheets.allBest(ev.set(), "A"); // 5.1 e, 5.2 c
        // 5.1 a: 5.2 applies and is scored
        SheetScore first = ev.score(best.withAnswer("5.1", "a"));
        assertThat(first.criterion("5.2").status()).isEqualTo(CriterionScore.Status.ANSWERED);
        assertThat(first.total()).isEqualByComparingTo("95");
        // 5.1 e: 5.2 does not apply
        assertThat(problems(ev, best)).extracting(SheetProblem::kind)
                .containsExactly(SheetProblem.Kind.NOT_APPLICABLE);
        assertThat(ev.score(best.withoutAnswer("5.2")).criterion("5.2").status())
                .isEqualTo(CriterionScore.Status.NOT_APPLICABLE);
    }

    /** A criterion with a single option (1.7 reduced to b, 1 point): b is scored, a is unknown. */
    @Test
    void criterionWithASingleOption() throws Exception {
        ObjectNode set = VietnameseTextTest.resource("QD-26-2026/set-01.json");
        ((com.fasterxml.jackson.databind.node.ArrayNode) VietnameseTextTest.criterion(set, "1.7").get("options")).remove(0);
        Evaluator ev = Evaluator.of(VietnameseTextTest.QD26, VietnameseTextTest.load(set));
        EvaluationSheet best = TestSheets.allBest(ev.set(), "A");
        assertThat(ev.score(best).criterion("1.7").points()).isEqualByComparingTo("1");
        assertThat(ev.score(best.withAnswer("1.7", Answer.NONE)).total()).isEqualByComparingTo("99");
        assertThat(problems(ev, best.withAnswer("1.7", "a"))).extracting(SheetProblem::kind)
                .containsExactly(SheetProblem.Kind.UNKNOWN_OPTION);
    }

    /** Option codes whose hash codes are equal ("Aa" and "BB") are still told apart. */
    @Test
    void optionCodesWithEqualHashesAreToldApart() throws Exception {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        ObjectNode set = VietnameseTextTest.resource("QD-26-2026/set-01.json");
        ObjectNode c17 = VietnameseTextTest.criterion(set, "1.7");
        ((ObjectNode) c17.get("options").get(0)).put("code", "Aa"); // 0 points
        ((ObjectNode) c17.get("options").get(1)).put("code", "BB"); // 1 point
        Evaluator ev = Evaluator.of(VietnameseTextTest.QD26, VietnameseTextTest.load(set));
        EvaluationSheet best = TestSheets.allBest(ev.set(), "A");
        assertThat(best.answers()).contains(new Answer("1.7", "BB"));
        assertThat(ev.score(best).total()).isEqualByComparingTo("100");
        assertThat(ev.score(best.withAnswer("1.7", "Aa")).total()).isEqualByComparingTo("99");
        assertThat(ev.score(best.withAnswer("1.7", Answer.NONE)).criterion("1.7").status())
                .isEqualTo(CriterionScore.Status.NONE_APPLIES);
        for (String unknown : List.of("AaBB", "a", "C#", "bb")) {
            assertThat(problems(ev, best.withAnswer("1.7", unknown))).as(unknown).extracting(SheetProblem::kind)
                    .containsExactly(SheetProblem.Kind.UNKNOWN_OPTION);
        }
    }

    /** Points with 6 decimals are within the evaluator's range (MAX_SCALE); 7 are refused at construction. */
    @Test
    void sixDecimalPlacesAreScoredExactlySevenAreRefused() {
        RubricSet six = shifted(S1, new BigDecimal("0.000001"));
        Evaluator ev = Evaluator.of(EvaluatorTest.QD26, six);
        BigDecimal expected = six.leafCriteria().stream().map(c -> TestSheets.best(c).points())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(expected.scale()).isEqualTo(6);
        assertThat(ev.score(TestSheets.allBest(six, "A")).total()).isEqualByComparingTo(expected);
        RubricSet seven = shifted(S1, new BigDecimal("0.0000001"));
        assertThatThrownBy(() -> Evaluator.of(EvaluatorTest.QD26, seven)).isInstanceOf(vn.ocop.OcopException.class)
                .hasMessageContaining("7 decimal places").hasMessageContaining("at most 6");
    }

    /** The set with every positive option worth {@code delta} less. */
    private static RubricSet shifted(RubricSet s, BigDecimal delta) {
        List<vn.ocop.rubric.Part> parts = new ArrayList<>();
        for (vn.ocop.rubric.Part p : s.parts()) {
            List<vn.ocop.rubric.CriterionGroup> groups = new ArrayList<>();
            for (vn.ocop.rubric.CriterionGroup g : p.groups()) {
                List<Criterion> cs = new ArrayList<>();
                for (Criterion c : g.criteria()) {
                    cs.add(shifted(c, delta));
                }
                groups.add(new vn.ocop.rubric.CriterionGroup(g.code(), g.name(), g.nameEn(), g.max(), cs));
            }
            parts.add(new vn.ocop.rubric.Part(p.code(), p.max(), groups));
        }
        return new RubricSet(s.editionId(), s.number(), s.name(), s.nameEn(), s.taxonomy(), s.citation(),
                s.knockOuts(), parts, s.doubts(), s.unverified());
    }

    private static Criterion shifted(Criterion c, BigDecimal delta) {
        List<vn.ocop.rubric.Option> opts = new ArrayList<>();
        for (vn.ocop.rubric.Option o : c.options()) {
            BigDecimal p = o.points().signum() > 0 ? o.points().subtract(delta) : o.points();
            opts.add(new vn.ocop.rubric.Option(o.code(), p, o.label(), o.minStars(), o.caseCode(), o.doubts()));
        }
        List<Criterion> subs = new ArrayList<>();
        for (Criterion sc : c.criteria()) {
            subs.add(shifted(sc, delta));
        }
        return new Criterion(c.code(), c.name(), c.nameEn(), c.max(), opts, subs, c.yesNo(), c.requirement(),
                c.notes(), c.onlyIf(), c.cases(), c.doubts(), c.unverified());
    }

    // ------------------------------------------------------------------ no leaks between evaluations

    /** All "none": total 0, the 1★ band; minimums do not apply below 3★, so it is classed 1★ without certificate. */
    @Test
    void allNoneSheetIsOneStar() {
        Evaluator ev = Evaluator.of(EvaluatorTest.QD26, 1);
        EvaluationSheet.Builder b = EvaluationSheet.builder("QD-26-2026", 1, "A");
        for (Criterion c : S1.leafCriteria()) {
            b.answer(c.code(), Answer.NONE);
        }
        CouncilResult r = ev.evaluate(Council.of(b.build()));
        assertThat(r.mean()).isEqualTo(BigDecimal.ZERO);
        assertThat(r.classification().stars()).isEqualTo(Star.ONE);
        assertThat(r.classification().certifiable()).isFalse();
        assertThat(r.classification().authority()).isEqualTo(Authority.NONE);
        assertThat(r.explanation().failedMinimums()).isEmpty();
        assertThat(r.explanation().nextStar()).isEqualTo(Star.TWO);
        assertThat(r.explanation().pointsToNextBand()).isEqualByComparingTo("30");
        assertThat(r.explanation().minimumsForNextStar()).isEmpty();
    }

    @Test
    void singleSheetsWithEqualTotalsButDifferentKnockOutsKeepTheirOwnReasons() {
        Evaluator ev = Evaluator.of(EvaluatorTest.QD26, 1);
        EvaluationSheet s = TestSheets.allBest(S1, "A");
        assertThat(ev.evaluate(Council.of(s.withKnockOuts(List.of("KO1")))).classification().knockOuts())
                .singleElement().extracting(k -> k.rule().code(), k -> k.findings().get(0).member())
                .containsExactly("KO1", "A");
        assertThat(ev.evaluate(Council.of(s.withKnockOuts(List.of("KO2")))).classification().knockOuts())
                .singleElement().extracting(k -> k.rule().code(), k -> k.findings().get(0).member())
                .containsExactly("KO2", "A");
        assertThat(ev.evaluate(Council.of(s)).classification().stars()).isEqualTo(Star.FIVE);
    }

    @Test
    void councilsOfOneUnderCriterionMeanWithEqualTotalsKeepTheirOwnMinimums() {
        Evaluator ev = Evaluator.of(EvaluatorTest.QD26, 1);
        CouncilRules mean = CouncilRules.defaults().withMinimumPolicy(MinimumPolicy.CRITERION_MEAN);
        EvaluationSheet met = TestSheets.allBest(S1, "A").withAnswer("1.7", "a"); // 99, every minimum met
        EvaluationSheet missed = TestSheets.allBest(S1, "A").withAnswer("1.5", "c"); // 99, 5★ minimum missed
        assertThat(ev.evaluate(Council.of(met), mean).classification().stars()).isEqualTo(Star.FIVE);
        assertThat(ev.evaluate(Council.of(missed), mean).classification().stars()).isEqualTo(Star.FOUR);
        assertThat(ev.evaluate(Council.of(met), mean).classification().stars()).isEqualTo(Star.FIVE);
    }

    /** The same sum of totals over 2 and over 4 members is a different mean, band and class. */
    @Test
    void equalSumsOverDifferentCouncilSizesAreDifferentMeans() {
        Evaluator ev = Evaluator.of(EvaluatorTest.QD26, 1);
        EvaluationSheet low = TestSheets.bestWithTotal(S1, "A", 50).withAnswer("9", Answer.NONE); // below 50
        BigDecimal t = ev.score(low).total();
        EvaluationSheet.Builder b = EvaluationSheet.builder("QD-26-2026", 1, "Z");
        for (Criterion c : S1.leafCriteria()) {
            b.answer(c.code(), Answer.NONE);
        }
        EvaluationSheet zero = b.build();
        CouncilResult two = ev.evaluate(Council.of(low, low.withMember("B")));
        CouncilResult four = ev.evaluate(Council.of(low, low.withMember("B"), zero, zero.withMember("Y")));
        assertThat(two.mean()).isEqualByComparingTo(t);
        assertThat(two.classification().bandStars()).isEqualTo(Star.TWO);
        assertThat(four.mean()).isEqualByComparingTo(t.divide(BigDecimal.valueOf(2)));
        assertThat(four.classification().bandStars()).isEqualTo(Star.ONE);
        assertThat(four.classification().stars()).isEqualTo(Star.ONE);
    }
}
