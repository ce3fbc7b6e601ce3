package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopJson;
import vn.ocop.Problem;

/** Council rules read from a file, checked with every problem, and kept in step with their JSON Schema. */
class CouncilRulesTest {
    static final String SCHEMA = "/ocop-rubric/schema/council-rules.schema.json";

    static CouncilRules read(String json) {
        return CouncilRules.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "quy-che.json");
    }

    @Test
    void theExampleFileReadsAsTheRulesItSays() throws Exception {
        try (InputStream in = CouncilRulesTest.class.getResourceAsStream("council-rules-example.json")) {
            CouncilRules r = CouncilRules.read(in, "council-rules-example.json");
            assertThat(r).isEqualTo(CouncilRules.defaults().withQuorum(Quorum.of(new BigDecimal("75"), true))
                    .withRescoreOutliers(true));
        }
        // every key optional: an empty file is the defaults; the rules written as JSON read back the same
        assertThat(read("{}")).isEqualTo(CouncilRules.defaults());
        CouncilRules strict = CouncilRules.defaults().withMinimumPolicy(MinimumPolicy.EVERY_MEMBER)
                .withKnockOutPolicy(KnockOutPolicy.MAJORITY).withQuorum(Quorum.of(new BigDecimal("66.5"), false))
                .withOutlierPoints(new BigDecimal("7.5")).withDisplayScale(1);
        assertThat(read(OcopJson.mapper().writeValueAsString(strict))).isEqualTo(strict);
    }

    @Test
    void everyProblemIsReportedWithItsPathAndLine() {
        String json = "{\n  \"quorum\": {\"percent\": 150, \"chair\": true},\n  \"outlierPoints\": -1,\n"
                + "  \"displayScale\": 11\n}";
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(CouncilRulesException.class, e -> {
            assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder("$.quorum.chair",
                    "$.outlierPoints", "$.displayScale");
            assertThat(e.problems()).allSatisfy(p -> {
                assertThat(p.source()).isEqualTo("quy-che.json");
                assertThat(p.line()).isPositive();
            });
        });
        // the percent alone out of range, with the chair's key right
        assertThatThrownBy(() -> read("{\"quorum\": {\"percent\": 150}}"))
                .isInstanceOfSatisfying(CouncilRulesException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.path()).isEqualTo("$.quorum.percent");
                            assertThat(p.message()).contains("150");
                        }));
        assertThatThrownBy(() -> read("{\"minimumPolicy\": \"MEAN\"}")).isInstanceOf(CouncilRulesException.class)
                .hasMessageContaining("minimumPolicy");
        assertThatThrownBy(() -> read("{\"secretary\": \"X\"}")).isInstanceOf(CouncilRulesException.class)
                .hasMessageContaining("secretary");
    }

    /** The schema names exactly the keys and values the reader accepts. */
    @Test
    void theSchemaFollowsTheReader() throws Exception {
        JsonNode schema;
        try (InputStream in = CouncilRulesTest.class.getResourceAsStream(SCHEMA)) {
            assertThat(in).as(SCHEMA).isNotNull();
            schema = OcopJson.mapper().readTree(in);
        }
        JsonNode props = schema.get("properties");
        List<String> keys = new ArrayList<>();
        props.fieldNames().forEachRemaining(keys::add);
        JsonNode written = OcopJson.mapper().valueToTree(CouncilRules.defaults());
        List<String> expected = new ArrayList<>(List.of("$schema"));
        written.fieldNames().forEachRemaining(expected::add);
        assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(names(props.get("minimumPolicy").get("enum")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(MinimumPolicy.values()).map(Enum::name).toList());
        assertThat(names(props.get("knockOutPolicy").get("enum")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(KnockOutPolicy.values()).map(Enum::name).toList());
        // the documented defaults are the library's
        assertThat(props.get("minimumPolicy").get("default").asText())
                .isEqualTo(CouncilRules.defaults().minimumPolicy().name());
        assertThat(props.get("knockOutPolicy").get("default").asText())
                .isEqualTo(CouncilRules.defaults().knockOutPolicy().name());
        assertThat(props.get("outlierPoints").get("default").decimalValue())
                .isEqualByComparingTo(CouncilRules.defaults().outlierPoints());
        assertThat(props.get("displayScale").get("default").asInt()).isEqualTo(CouncilRules.defaults().displayScale());
        assertThat(props.get("rescoreOutliers").get("default").asBoolean())
                .isEqualTo(CouncilRules.defaults().rescoreOutliers());
        // the schema's example is a valid rules file
        assertThat(read(schema.get("examples").get(0).toString()).quorum())
                .isEqualTo(Quorum.of(new BigDecimal("75"), true));
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
