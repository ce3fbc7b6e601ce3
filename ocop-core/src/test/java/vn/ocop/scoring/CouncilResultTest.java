package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopException;
import vn.ocop.OcopJson;
import vn.ocop.rubric.Star;

/**
 * A council's result, classified at once and explained on request ({@link CouncilResult}), and the fast path for
 * sheets read once ({@link Evaluator#resolve}, {@link ResolvedSheet}).
 */
class CouncilResultTest {
    static final Evaluator SET1 = EvaluatorTest.SET1;

    @Test
    void classifiedAtOnceExplainedOnRequestAndTheSameEveryTime() {
        EvaluationSheet a = TestSheets.bestWithTotal(SET1.set(), "A", 82);
        EvaluationSheet b = TestSheets.bestWithTotal(SET1.set(), "B", 79).withAnswer("1.5", "b");
        Council council = Council.of(a, b);
        CouncilRules every = CouncilRules.defaults().withMinimumPolicy(MinimumPolicy.EVERY_MEMBER);
        CouncilResult r = SET1.evaluate(council, every);
        CouncilResult again = SET1.evaluate(council, every);
        assertThat(r.classification()).isEqualTo(again.classification());
        assertThat(r.classification().stars()).isEqualTo(Star.THREE);
        assertThat(r.memberCount()).isEqualTo(2);
        // built on first request, then kept
        assertThat(r.explanation()).isSameAs(r.explanation()).isEqualTo(again.explanation());
        assertThat(r.sheets()).isSameAs(r.sheets()).isEqualTo(again.sheets());
        assertThat(r.members()).isSameAs(r.members()).isEqualTo(again.members());
        assertThat(r).isEqualTo(again).hasSameHashCodeAs(again);
        assertThat(r.explanation().classification()).isSameAs(r.classification());
        assertThat(r.toString()).contains("3★").contains("band 4★").contains("2 member(s)");
        // a result differs from one of other sheets
        assertThat(r).isNotEqualTo(SET1.evaluate(Council.of(a, a.withMember("B")), every));
        // and from the same sheets under other rules (the mean of 1.5 is 2: 4★ under the default policy)
        assertThat(SET1.evaluate(council).classification().stars()).isEqualTo(Star.FOUR);
        assertThat(r).isNotEqualTo(SET1.evaluate(council));
    }

    @Test
    void resolvedSheetClassifiesLikeTheSheet() {
        EvaluationSheet s = TestSheets.bestWithTotal(SET1.set(), "A", 91);
        ResolvedSheet r = SET1.resolve(s);
        assertThat(r.sheet()).isSameAs(s);
        assertThat(r.total()).isEqualTo(SET1.score(s).total());
        assertThat(SET1.evaluate(r)).isEqualTo(SET1.evaluate(Council.of(s)));
        assertThat(SET1.evaluate(r).classification()).isEqualTo(SET1.evaluate(Council.of(s)).classification());
        assertThat(r.toString()).contains("total 91");
    }

    @Test
    void resolveChecksLikeScore() {
        EvaluationSheet missing = TestSheets.allBest(SET1.set(), "A").withoutAnswer("1.1").withAnswer("1.2", "zz");
        assertThatThrownBy(() -> SET1.resolve(missing)).isInstanceOfSatisfying(SheetValidationException.class,
                e -> assertThat(e.sheetProblems()).extracting(SheetProblem::kind)
                        .containsExactly(SheetProblem.Kind.UNKNOWN_OPTION, SheetProblem.Kind.MISSING_ANSWER));
        assertThatThrownBy(() -> SET1.evaluate(Council.of(missing)))
                .isInstanceOfSatisfying(SheetValidationException.class, e -> {
                    assertThat(e).hasMessageStartingWith("Không phân hạng được theo QD-26-2026, bộ 1");
                    assertThat(e.context(Locale.ENGLISH)).isEqualTo("Cannot classify QD-26-2026 set 1");
                    assertThat(e.problems(Locale.ENGLISH)).extracting(vn.ocop.Problem::message).containsExactly(
                            "criterion 1.2 has no option 'zz'; options: [a, b, c] or none",
                            "no answer for criterion 1.1 (" + SET1.set().criterion("1.1").nameEn() + ")");
                });
    }

    @Test
    void aSheetResolvedByAnotherEvaluatorIsRefused() {
        Evaluator other = Evaluator.of(EvaluatorTest.QD26, 1);
        ResolvedSheet r = other.resolve(TestSheets.allBest(SET1.set(), "A"));
        assertThatThrownBy(() -> SET1.evaluate(r)).isInstanceOf(OcopException.class)
                .hasMessageContaining("resolved by the evaluator of");
    }

    @Test
    void nullsAreRefused() {
        assertThatThrownBy(() -> SET1.evaluate((Council) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SET1.evaluate((ResolvedSheet) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SET1.resolve(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SET1.score(null)).isInstanceOf(NullPointerException.class);
        Council c = Council.of(TestSheets.allBest(SET1.set(), "A"));
        assertThatThrownBy(() -> SET1.evaluate(c, null)).isInstanceOf(NullPointerException.class);
    }

    /** Codes read from JSON (fresh strings) and names in NFD resolve the same. */
    @Test
    void sheetsFromJsonAndNfdMembersResolveTheSame() throws Exception {
        EvaluationSheet s = TestSheets.bestWithTotal(SET1.set(), "Nguyễn Thị Lan", 77);
        String json = OcopJson.mapper().writeValueAsString(s);
        EvaluationSheet back = OcopJson.mapper().readValue(json, EvaluationSheet.class);
        assertThat(SET1.evaluate(Council.of(back))).isEqualTo(SET1.evaluate(Council.of(s)));
        EvaluationSheet nfd = s.withMember(java.text.Normalizer.normalize("Nguyễn Thị Lan", java.text.Normalizer.Form.NFD));
        assertThat(SET1.evaluate(Council.of(nfd)).classification()).isEqualTo(SET1.evaluate(Council.of(s))
                .classification());
        assertThat(SET1.evaluate(Council.of(List.of(s.withMember("B"), nfd))).members().get(1).member())
                .isEqualTo("Nguyễn Thị Lan");
        // the same member in NFC and NFD is one member: two sheets of hers are refused
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SET1.evaluate(Council.of(List.of(s, nfd))))
                .isInstanceOfSatisfying(SheetValidationException.class, e -> assertThat(e.sheetProblems())
                        .extracting(SheetProblem::kind).containsExactly(SheetProblem.Kind.DUPLICATE_MEMBER));
    }
}
