package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopJson;

/** Contracts of the input types stated in their Javadoc: builder, copies, council options, JSON answers. */
class SheetAndOptionsContractTest {
    static final Evaluator SET1 = EvaluatorTest.SET1;
    static final ObjectMapper JSON = OcopJson.mapper();

    @Test
    void builderCallsChain() {
        EvaluationSheet s = EvaluationSheet.builder("QD-26-2026", 1, "A").answer("1.1", "a").answer("1.2", "b")
                .knockOut("KO1").knockOut("KO2").answer("1.3", "c").build();
        assertThat(s.answers()).containsExactly(new Answer("1.1", "a"), new Answer("1.2", "b"), new Answer("1.3", "c"));
        assertThat(s.knockOuts()).containsExactly("KO1", "KO2");
    }

    @Test
    void withAnswerReplacesInPlaceAndCollapsesDuplicates() {
        EvaluationSheet s = new EvaluationSheet("QD-26-2026", 1, "A", List.of(new Answer("1.1", "a"),
                new Answer("1.2", "a"), new Answer("1.1", "b"), new Answer("1.3", "a")), List.of());
        assertThat(s.withAnswer("1.1", "c").answers()).containsExactly(new Answer("1.1", "c"), new Answer("1.2", "a"),
                new Answer("1.3", "a"));
        // added at the end when missing
        assertThat(s.withAnswer("1.4", "b").answers()).endsWith(new Answer("1.4", "b")).hasSize(5);
    }

    @Test
    void resolvedSheetKeepsTheSheetsKnockOuts() {
        EvaluationSheet s = TestSheets.allBest(SET1.set(), "A").withKnockOuts(List.of("KO3"));
        ResolvedSheet r = SET1.resolve(s);
        assertThat(r.sheet().knockOuts()).containsExactly("KO3");
        Classification c = SET1.evaluate(r).classification();
        // a member's finding waits for the council's decision under the default rules
        assertThat(c.status()).isEqualTo(Classification.Status.KNOCK_OUT_PENDING);
        assertThat(c.knockOuts()).singleElement().extracting(k -> k.rule().code(), k -> k.findings().get(0).member(),
                KnockOutOutcome::verdict).containsExactly("KO3", "A", KnockOutOutcome.Verdict.PENDING);
    }

    @Test
    void resultsKnowTheirSet() {
        CouncilResult r = SET1.evaluate(Council.of(TestSheets.allBest(SET1.set(), "A")));
        assertThat(r.edition()).isEqualTo("QD-26-2026");
        assertThat(r.set()).isEqualTo(1);
        assertThat(SET1.edition()).isSameAs(EvaluatorTest.QD26);
    }

    @Test
    void councilOptionsBounds() {
        // outlierPoints "not negative": zero is allowed; displayScale 0 to 10
        CouncilRules d = CouncilRules.defaults();
        assertThatCode(() -> d.withOutlierPoints(BigDecimal.ZERO).withDisplayScale(0)).doesNotThrowAnyException();
        assertThatCode(() -> d.withOutlierPoints(BigDecimal.ONE).withDisplayScale(10)).doesNotThrowAnyException();
        assertThatThrownBy(() -> d.withOutlierPoints(new BigDecimal("-0.01")))
                .isInstanceOf(CouncilRulesException.class).hasMessageContaining("outlierPoints");
        assertThatThrownBy(() -> d.withDisplayScale(-1))
                .isInstanceOf(CouncilRulesException.class).hasMessageContaining("displayScale");
        assertThatThrownBy(() -> d.withDisplayScale(11))
                .isInstanceOf(CouncilRulesException.class).hasMessageContaining("displayScale");
        assertThatThrownBy(() -> d.withMinimumPolicy(null)).isInstanceOf(NullPointerException.class);
        // the documented defaults; a copy changes only what it names
        assertThat(d.minimumPolicy()).isEqualTo(MinimumPolicy.CRITERION_MEAN);
        assertThat(d.knockOutPolicy()).isEqualTo(KnockOutPolicy.COUNCIL);
        assertThat(d.quorum()).isEqualTo(Quorum.NONE);
        assertThat(d.rescoreOutliers()).isFalse();
        assertThat(d.outlierPoints()).isEqualByComparingTo("10");
        assertThat(d.displayScale()).isEqualTo(2);
        CouncilRules every = d.withMinimumPolicy(MinimumPolicy.EVERY_MEMBER);
        assertThat(every.outlierPoints()).isEqualByComparingTo("10");
        assertThat(every.displayScale()).isEqualTo(2);
        assertThat(every).isNotEqualTo(d).isEqualTo(d.withMinimumPolicy(MinimumPolicy.EVERY_MEMBER));
    }

    @Test
    void zeroOutlierThresholdFlagsEveryMemberWhoDiffers() {
        EvaluationSheet a = TestSheets.bestWithTotal(SET1.set(), "A", 80);
        EvaluationSheet b = TestSheets.bestWithTotal(SET1.set(), "B", 81);
        EvaluationSheet c = TestSheets.bestWithTotal(SET1.set(), "C", 80).withMember("C");
        CouncilRules zero = CouncilRules.defaults().withOutlierPoints(BigDecimal.ZERO);
        // A: 80 vs (81 + 80) / 2 = 80.5, B: 81 vs 80, C like A; "more than 0" flags all three
        assertThat(SET1.evaluate(Council.of(a, b, c), zero).outliers()).containsExactly("A", "B", "C");
        // equal totals are never "more than" the threshold
        assertThat(SET1.evaluate(Council.of(a, c), zero).outliers()).isEmpty();
        // display scale applies to the displayed mean only: (80 + 81 + 80) / 3 = 80.333…
        CouncilResult r = SET1.evaluate(Council.of(a, b, c), CouncilRules.defaults().withDisplayScale(0));
        assertThat(r.meanDisplay()).isEqualTo(new BigDecimal("80"));
        assertThat(r.mean()).isEqualTo(new BigDecimal("80.3333333333"));
    }

    @Test
    void answersMustBeAJsonObjectOfOptionCodes() {
        String head = "{\"edition\":\"QD-26-2026\",\"set\":1,\"member\":\"A\",\"answers\":";
        assertThatThrownBy(() -> JSON.readValue(head + "[\"1.1\",\"a\"],\"knockOuts\":[]}", EvaluationSheet.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("answers must be a JSON object");
        assertThatThrownBy(() -> JSON.readValue(head + "{\"1.1\":\"a\",\"1.2\":2},\"knockOuts\":[]}",
                EvaluationSheet.class)).isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("answer for criterion '1.2' must be an option code string");
        assertThatThrownBy(() -> JSON.readValue(head + "\"1.1=a\",\"knockOuts\":[]}",
                EvaluationSheet.class)).isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("answers must be a JSON object");
    }
}
