package vn.ocop.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.Star;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.CouncilResult;
import vn.ocop.scoring.CouncilRules;
import vn.ocop.scoring.EvaluationSheet;
import vn.ocop.scoring.Evaluator;
import vn.ocop.scoring.FailedMinimum;
import vn.ocop.scoring.MinimumPolicy;

/** Routing to the letter of Điều 7.3.e, 7.4 (last paragraph), 7.5.b and 7.6.đ–e. */
class RoutingTest {
    static final Edition QD26 = RubricCatalog.bundled().edition("QD-26-2026");
    static final Evaluator SET1 = Evaluator.of(QD26, 1);

    static EvaluationSheet allBest(String member) {
        EvaluationSheet.Builder b = EvaluationSheet.builder("QD-26-2026", 1, member);
        SET1.set().leafCriteria().forEach(c -> b.answer(c.code(), c.answerOptions().stream()
                .max((x, y) -> x.points().compareTo(y.points())).orElseThrow().code()));
        return b.build();
    }

    /** Điều 7.3.e: 100 points, every minimum met: forwarded to the ministry with nothing missed. */
    @Test
    void aProvincialResultOfNinetyOrMoreGoesToTheMinistry() {
        Routing.Decision d = Routing.provincial(SET1.evaluate(Council.of(allBest("A"))), RegistrationKind.FIRST);
        assertThat(d.routes()).containsExactly(Routing.Route.FORWARD_TO_MINISTRY);
        assertThat(d.citation()).isEqualTo("Điều 7.3.e");
        assertThat(d.minimumsMissed()).isEmpty();
    }

    /**
     * Điều 7.3.e "có tiềm năng đạt 5 sao (đạt từ 90 trở lên)": a mean of 99 that misses the 5★ minimum of 1.5 (c, 2
     * points, below d) is classed 4★ but forwarded, with the minimum it misses listed.
     */
    @Test
    void aMeanOfNinetyOrMoreIsForwardedWhateverTheFiveStarMinimumsSay() {
        CouncilResult r = SET1.evaluate(Council.of(allBest("A").withAnswer("1.5", "c")));
        assertThat(r.classification().stars()).isEqualTo(Star.FOUR);
        Routing.Decision d = Routing.provincial(r, RegistrationKind.FIRST);
        assertThat(d.route()).isEqualTo(Routing.Route.FORWARD_TO_MINISTRY);
        assertThat(d.minimumsMissed()).extracting(FailedMinimum::criterion, f -> f.stars().level())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.5", 5));
        // 98 points that miss a 4★ minimum (1.5 b): classed 3★, still forwarded
        CouncilResult lower = SET1.evaluate(Council.of(allBest("A").withAnswer("1.5", "b")),
                CouncilRules.defaults().withMinimumPolicy(MinimumPolicy.EVERY_MEMBER));
        assertThat(lower.classification().stars()).isEqualTo(Star.THREE);
        assertThat(Routing.provincial(lower, RegistrationKind.UPGRADE).citation()).isEqualTo("Điều 7.5.b; Điều 7.3.e");
        assertThat(Routing.provincial(lower, RegistrationKind.UPGRADE).minimumsMissed())
                .extracting(FailedMinimum::criterion).containsOnly("1.5");
    }

    /** Below 90: the province recognises 3★ and 4★ (Điều 7.3.đ–e), nothing below 3★ (Điều 4.1). */
    @Test
    void belowNinetyTheProvinceDecides() {
        CouncilResult eighty = SET1.evaluate(Council.of(vn.ocop.scoring.TestSheetsAccess.bestWithTotal(SET1.set(), "A",
                80)));
        assertThat(Routing.provincial(eighty, RegistrationKind.FIRST))
                .isEqualTo(new Routing.Decision(List.of(Routing.Route.PROVINCE_RECOGNITION), "Điều 7.3.đ–e", List.of()));
        CouncilResult forty = SET1.evaluate(Council.of(vn.ocop.scoring.TestSheetsAccess.bestWithTotal(SET1.set(), "A",
                40)));
        assertThat(Routing.provincial(forty, RegistrationKind.REEVALUATION))
                .isEqualTo(new Routing.Decision(List.of(Routing.Route.NO_RECOGNITION), "Điều 7.6.đ; Điều 4.1",
                        List.of()));
    }

    /** Điều 7.6.e, 6.3.b: the re-evaluation of a 5★ product goes through the province to the ministry. */
    @Test
    void aFiveStarReEvaluationGoesThroughTheProvinceToTheMinistry() {
        Routing.Decision d = Routing.provincial(SET1.evaluate(Council.of(allBest("A"))), RegistrationKind.REEVALUATION);
        assertThat(d.routes()).containsExactly(Routing.Route.FORWARD_TO_MINISTRY);
        assertThat(d.citation()).contains("Điều 7.6.đ–e").contains("Điều 6.3.b");
        assertThat(Routing.central(SET1.evaluate(Council.of(allBest("A"))))).isEqualTo(new Routing.Decision(
                List.of(Routing.Route.MINISTRY_RECOGNITION), "Điều 7.4.đ–e", List.of()));
    }

    /** Điều 7.4, last paragraph: after a central result that is not 5★, both of the province's routes are open. */
    @Test
    void afterACentralResultUnderNinetyBothProvincialRoutesExist() {
        CouncilResult central = SET1.evaluate(Council.of(vn.ocop.scoring.TestSheetsAccess.bestWithTotal(SET1.set(),
                "A", 85)));
        assertThat(Routing.central(central)).isEqualTo(new Routing.Decision(List.of(
                Routing.Route.PROVINCE_RECOGNITION_ON_CENTRAL_RESULT, Routing.Route.PROVINCE_EVALUATION),
                "Điều 7.4, đoạn cuối", List.of()));
        CouncilResult low = SET1.evaluate(Council.of(vn.ocop.scoring.TestSheetsAccess.bestWithTotal(SET1.set(),
                "A", 45)));
        assertThat(Routing.central(low).routes()).containsExactly(Routing.Route.NO_RECOGNITION,
                Routing.Route.PROVINCE_EVALUATION);
    }

    /** A rejected result is rejected with the rule's citation; a pending one is not decided yet. */
    @Test
    void resultsThatAreNotClassifiedHaveNoRouteButTheirOwn() {
        EvaluationSheet a = allBest("A");
        CouncilResult rejected = SET1.evaluate(Council.of(a).withKnockOuts(List.of("KO1")));
        Routing.Decision d = Routing.provincial(rejected, RegistrationKind.FIRST);
        assertThat(d.routes()).containsExactly(Routing.Route.REJECTED);
        assertThat(d.citation()).isEqualTo(SET1.set().knockOut("KO1").citation());
        CouncilResult pending = SET1.evaluate(Council.of(a.withKnockOuts(List.of("KO1"))));
        assertThat(Routing.provincial(pending, RegistrationKind.FIRST).routes()).containsExactly(
                Routing.Route.UNDECIDED);
        assertThat(Routing.central(pending).citation()).isEqualTo("Điều 7.4.d");
        assertThatThrownBy(() -> new Routing.Decision(List.of(Routing.Route.PROVINCE_RECOGNITION), "Điều 7.3.e",
                Routing.provincial(SET1.evaluate(Council.of(allBest("A").withAnswer("1.5", "c"))),
                        RegistrationKind.FIRST).minimumsMissed())).isInstanceOf(IllegalArgumentException.class);
        assertThat(Routing.Route.PROVINCE_EVALUATION.text(Locale.forLanguageTag("vi")))
                .isEqualTo("UBND cấp tỉnh tổ chức đánh giá, phân hạng theo thẩm quyền");
    }
}
