package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopException;
import vn.ocop.OcopJson;
import vn.ocop.rubric.Star;

/** The fast path of the engine: {@link Evaluator#verdict}, {@link Evaluator#resolve}, {@link ResolvedSheet}. */
class VerdictTest {
    static final Evaluator SET1 = EvaluatorTest.SET1;

    @Test
    void verdictClassifiesAtOnceAndExplainsOnRequest() {
        EvaluationSheet a = TestSheets.bestWithTotal(SET1.set(), "A", 82);
        EvaluationSheet b = TestSheets.bestWithTotal(SET1.set(), "B", 79).withAnswer("1.5", "b");
        Council council = Council.of(a, b);
        Verdict v = SET1.verdict(council);
        CouncilResult full = SET1.evaluate(council);
        assertThat(v.classification()).isEqualTo(full.classification());
        assertThat(v.classification().stars()).isEqualTo(Star.THREE);
        assertThat(v.memberCount()).isEqualTo(2);
        assertThat(v.explanation()).isEqualTo(full.explanation()).isSameAs(v.explanation());
        assertThat(v.result()).isEqualTo(full).isSameAs(v.result());
        assertThat(v.result().explanation()).isSameAs(v.explanation());
        assertThat(v.toString()).contains("3★").contains("band 4★").contains("2 member(s)");
    }

    @Test
    void resolvedSheetClassifiesLikeTheSheet() {
        EvaluationSheet s = TestSheets.bestWithTotal(SET1.set(), "A", 91);
        ResolvedSheet r = SET1.resolve(s);
        assertThat(r.sheet()).isSameAs(s);
        assertThat(r.member()).isEqualTo("A");
        assertThat(r.knockOuts()).isEmpty();
        assertThat(r.evaluator()).isSameAs(SET1);
        assertThat(r.total()).isEqualTo(SET1.score(s).total());
        assertThat(SET1.verdict(r).result()).isEqualTo(SET1.classify(s));
        assertThat(SET1.verdict(s).result()).isEqualTo(SET1.classify(s));
        assertThat(r.toString()).contains("total 91");
    }

    @Test
    void resolveChecksLikeScore() {
        EvaluationSheet missing = TestSheets.allBest(SET1.set(), "A").withoutAnswer("1.1").withAnswer("1.2", "zz");
        assertThatThrownBy(() -> SET1.resolve(missing)).isInstanceOfSatisfying(SheetValidationException.class,
                e -> assertThat(e.problems()).extracting(SheetProblem::kind)
                        .containsExactly(SheetProblem.Kind.UNKNOWN_OPTION, SheetProblem.Kind.MISSING_ANSWER));
        assertThatThrownBy(() -> SET1.verdict(missing)).isInstanceOf(SheetValidationException.class)
                .hasMessageStartingWith("cannot classify QD-26-2026 set 1");
    }

    @Test
    void aSheetResolvedByAnotherEvaluatorIsRefused() {
        Evaluator other = Evaluator.of(EvaluatorTest.QD26, 1);
        ResolvedSheet r = other.resolve(TestSheets.allBest(SET1.set(), "A"));
        assertThatThrownBy(() -> SET1.verdict(r)).isInstanceOf(OcopException.class)
                .hasMessageContaining("resolved by the evaluator of");
    }

    @Test
    void nullsAreRefused() {
        assertThatThrownBy(() -> SET1.verdict((EvaluationSheet) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SET1.verdict((ResolvedSheet) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SET1.resolve(null)).isInstanceOf(NullPointerException.class);
        Council c = Council.of(TestSheets.allBest(SET1.set(), "A"));
        assertThatThrownBy(() -> SET1.verdict(c, null)).isInstanceOf(NullPointerException.class);
    }

    /** Codes read from JSON (interned keys, fresh option strings) and codes in NFD resolve the same. */
    @Test
    void sheetsFromJsonAndNfdMembersResolveTheSame() throws Exception {
        EvaluationSheet s = TestSheets.bestWithTotal(SET1.set(), "Nguyễn Thị Lan", 77);
        String json = OcopJson.mapper().writeValueAsString(s);
        EvaluationSheet back = OcopJson.mapper().readValue(json, EvaluationSheet.class);
        assertThat(SET1.verdict(back).result()).isEqualTo(SET1.classify(s));
        EvaluationSheet nfd = s.withMember(java.text.Normalizer.normalize("Nguyễn Thị Lan", java.text.Normalizer.Form.NFD));
        assertThat(SET1.verdict(nfd).classification()).isEqualTo(SET1.verdict(s).classification());
        assertThat(SET1.verdict(Council.of(List.of(s, nfd))).result().members().get(1).member())
                .isEqualTo("Nguyễn Thị Lan");
    }
}
