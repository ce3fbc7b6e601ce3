package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopJson;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.RubricLoader;
import vn.ocop.rubric.RubricSet;

/** Input and result objects serialise to JSON and back with Jackson, unchanged. */
class JsonRoundTripTest {
    static final ObjectMapper JSON = OcopJson.mapper();
    static final Evaluator SET1 = EvaluatorTest.SET1;

    @Test
    void sheetAndCouncil() throws Exception {
        EvaluationSheet s = TestSheets.bestWithTotal(SET1.set(), "Nguyễn Thị Lan", 77).withKnockOuts(List.of());
        String text = JSON.writeValueAsString(s);
        assertThat(text).contains("\"answers\":{\"1.1\":");
        assertThat(JSON.readValue(text, EvaluationSheet.class)).isEqualTo(s);
        Council c = Council.of(s, s.withMember("B")).withAgreedSheet(s.withMember("Hội đồng")).withKnockOuts(List.of("KO2"));
        assertThat(JSON.readValue(JSON.writeValueAsString(c), Council.class)).isEqualTo(c);
    }

    @Test
    void councilResultWithExplanation() throws Exception {
        CouncilResult r = SET1.evaluate(Council.of(TestSheets.bestWithTotal(SET1.set(), "A", 82).withAnswer("1.5", "b"),
                TestSheets.bestWithTotal(SET1.set(), "B", 79)));
        String text = JSON.writeValueAsString(r);
        CouncilResult back = JSON.readValue(text, CouncilResult.class);
        assertThat(back).isEqualTo(r);
        assertThat(text).contains("\"stars\":3").contains("\"bandStars\":4");
    }

    @Test
    void rubricSetWrittenByJacksonLoadsBackIdentically() throws Exception {
        Edition e = RubricCatalog.bundled().edition("QD-26-2026");
        for (int n : new int[] {1, 11, 26}) {
            RubricSet set = e.set(n);
            byte[] bytes = JSON.writeValueAsBytes(set);
            RubricSet back = RubricLoader.loadSet(new ByteArrayInputStream(bytes), "set-" + n, e);
            assertThat(JSON.writeValueAsString(back)).isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(back.leafCriteria()).isEqualTo(set.leafCriteria());
        }
    }

    @Test
    void untrustedJsonIsRejectedWithTheReason() {
        assertThatThrownBy(() -> JSON.readValue("{\"edition\":\"QD-26-2026\",\"set\":1,\"member\":\"A\",\"answers\":{\"1.1\":\"a\",\"1.1\":\"b\"},\"knockOuts\":[]}",
                EvaluationSheet.class)).isInstanceOf(com.fasterxml.jackson.core.JacksonException.class).hasMessageContaining("Duplicate field '1.1'");
        assertThatThrownBy(() -> JSON.readValue("{\"edition\":\"QD-26-2026\",\"set\":1,\"member\":\"A\",\"answers\":{},\"extra\":1}",
                EvaluationSheet.class)).isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("extra");
        assertThatThrownBy(() -> JSON.readValue("[".repeat(100), Object.class)).hasMessageContaining("nesting depth");
    }

    @Test
    void aPlainMapperKeepsRepeatedAnswersAsDuplicates() throws Exception {
        EvaluationSheet s = new ObjectMapper().readValue(
                "{\"edition\":\"QD-26-2026\",\"set\":1,\"member\":\"A\",\"answers\":{\"1.1\":\"a\",\"1.1\":\"b\"},\"knockOuts\":[]}",
                EvaluationSheet.class);
        assertThat(s.answers()).hasSize(2);
        assertThatThrownBy(() -> SET1.scoreDraft(s)).isInstanceOf(SheetValidationException.class)
                .hasMessageContaining("DUPLICATE_ANSWER");
    }
}
