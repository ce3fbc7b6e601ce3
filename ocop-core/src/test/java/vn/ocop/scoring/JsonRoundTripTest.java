package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
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
    void councilResultIsWrittenWithEveryPart() throws Exception {
        CouncilResult r = SET1.evaluate(Council.of(TestSheets.bestWithTotal(SET1.set(), "A", 82).withAnswer("1.5", "b"),
                TestSheets.bestWithTotal(SET1.set(), "B", 79)),
                CouncilRules.defaults().withMinimumPolicy(MinimumPolicy.EVERY_MEMBER));
        // decimals compared with their scale (79.50 is not 79.5)
        ObjectMapper exact = OcopJson.mapper().setNodeFactory(
                com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
        JsonNode written = exact.readTree(JSON.writeValueAsString(r));
        assertThat(written.at("/meanDisplay").decimalValue()).isEqualTo(new java.math.BigDecimal("79.50"));
        assertThat(written.at("/classification/status").asText()).isEqualTo("CLASSIFIED");
        assertThat(written.at("/classification/stars").asInt()).isEqualTo(3);
        assertThat(written.at("/classification/bandStars").asInt()).isEqualTo(4);
        assertThat(written.at("/classification/band/citation").asText()).isEqualTo("Điều 3.3.b");
        assertThat(written.at("/classification/certifiable").asBoolean()).isTrue();
        assertThat(written.at("/classification/authority").asText()).isEqualTo("PROVINCE");
        assertThat(written.at("/mean").decimalValue()).isEqualByComparingTo("79.5");
        assertThat(written.at("/members/0/total").decimalValue()).isEqualByComparingTo("80");
        assertThat(written.at("/sheets")).hasSize(2);
        assertThat(written.at("/explanation/criteria")).hasSize(SET1.set().leafCriteria().size());
        assertThat(written.at("/explanation/failedMinimums/0/criterion").asText()).isEqualTo("1.5");
        assertThat(written.at("/explanation/failedMinimums/0/member").asText()).isEqualTo("A");
        assertThat(written.at("/explanation/nextStar").asInt()).isEqualTo(4);
        assertThat(written.at("/explanation/classification").isMissingNode()).as("written once, at the top").isTrue();
        // the rules, who took part, and what the other policies would give
        assertThat(written.at("/rules/minimumPolicy").asText()).isEqualTo("EVERY_MEMBER");
        assertThat(written.at("/rules/knockOutPolicy").asText()).isEqualTo("COUNCIL");
        assertThat(written.at("/attendance/present").asInt()).isEqualTo(2);
        assertThat(written.at("/attendance/quorumMet").asBoolean()).isTrue();
        assertThat(written.at("/explanation/alternatives/0/policy").asText()).isEqualTo("CRITERION_MEAN");
        assertThat(written.at("/explanation/alternatives/0/stars").asInt()).isEqualTo(4);
        // and every other part as recorded (results are written for other systems, not read back)
        String write = System.getProperty("ocop.golden.json");
        if (write != null) {
            exact.writerWithDefaultPrettyPrinter().writeValue(java.nio.file.Path.of(write).toFile(), written);
        }
        try (java.io.InputStream in = JsonRoundTripTest.class.getResourceAsStream("council-result.json")) {
            assertThat(in).isNotNull();
            assertThat(written).isEqualTo(exact.readTree(in));
        }
    }

    @Test
    void aRejectedResultNamesTheRuleAndWhoRaisedIt() throws Exception {
        EvaluationSheet s = TestSheets.allBest(SET1.set(), "A");
        CouncilResult r = SET1.evaluate(Council.of(s, s.withMember("B").withKnockOuts(List.of("KO2")))
                .withKnockOuts(List.of("KO1")));
        JsonNode c = JSON.readTree(JSON.writeValueAsString(r)).get("classification");
        assertThat(c.get("status").asText()).isEqualTo("REJECTED");
        assertThat(c.has("stars")).isFalse();
        assertThat(c.get("certifiable").asBoolean()).isFalse();
        assertThat(c.get("authority").asText()).isEqualTo("NONE");
        assertThat(c.at("/knockOuts/0/rule/code").asText()).isEqualTo("KO1");
        assertThat(c.at("/knockOuts/0/verdict").asText()).isEqualTo("APPLIED");
        assertThat(c.at("/knockOuts/0/findings/0/byCouncil").asBoolean()).isTrue();
        assertThat(c.at("/knockOuts/0/findings/0/member").isMissingNode()).isTrue();
        // B's finding waits for the council, which has not ruled on it
        assertThat(c.at("/knockOuts/1/rule/code").asText()).isEqualTo("KO2");
        assertThat(c.at("/knockOuts/1/verdict").asText()).isEqualTo("PENDING");
        assertThat(c.at("/knockOuts/1/findings/0/member").asText()).isEqualTo("B");
        assertThat(c.at("/knockOuts/1/rule/citation").asText()).contains("Phụ lục II, mục 1");
    }

    @Test
    void aCouncilWithItsChairSecondRoundAndDecisionsReadsBackTheSame() throws Exception {
        EvaluationSheet a = TestSheets.allBest(SET1.set(), "Nguyễn Văn A");
        Council c = Council.of(a, a.withMember("B").withKnockOuts(List.of("KO2"))).withChair("Nguyễn Văn A")
                .withAppointed(9).withSecondRound(List.of(a.withMember("B").withAnswer("1.5", "c")))
                .withKnockOuts(List.of("KO1")).withDismissedKnockOuts(List.of("KO2"));
        String json = JSON.writeValueAsString(c);
        assertThat(JSON.readTree(json).get("appointed").asInt()).isEqualTo(9);
        assertThat(JSON.readTree(json).has("hasSecondRound")).isFalse();
        assertThat(JSON.readValue(json, Council.class)).isEqualTo(c);
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

    /** Without duplicate-key detection, a repeated answer key is kept as a duplicate answer, for the evaluator. */
    @Test
    void aMapperWithoutDuplicateDetectionKeepsRepeatedAnswersAsDuplicates() throws Exception {
        ObjectMapper lenient = OcopJson.mapper().disable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        EvaluationSheet s = lenient.readValue(
                "{\"edition\":\"QD-26-2026\",\"set\":1,\"member\":\"A\",\"answers\":{\"1.1\":\"a\",\"1.1\":\"b\"},\"knockOuts\":[]}",
                EvaluationSheet.class);
        assertThat(s.answers()).containsExactly(new Answer("1.1", "a"), new Answer("1.1", "b"));
        assertThatThrownBy(() -> SET1.scoreDraft(s)).isInstanceOfSatisfying(SheetValidationException.class,
                e -> assertThat(e.sheetProblems()).singleElement().extracting(SheetProblem::kind, SheetProblem::option)
                        .containsExactly(SheetProblem.Kind.DUPLICATE_ANSWER, "b"));
    }
}
