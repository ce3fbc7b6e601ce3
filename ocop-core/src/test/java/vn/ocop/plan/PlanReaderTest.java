package vn.ocop.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.Problem;

/**
 * Reading a plan file reports every problem at once, each with its file, line, column and JSON path: of the plan,
 * of every target and every allocation, whether Jackson (an unknown key, a value of the wrong type) or the plan's
 * own rules (a negative value, a share above 100 %) find it.
 */
class PlanReaderTest {
    static final String GOOD = """
            {
              "id": "TV-2024", "title": "Kế hoạch OCOP 2024", "area": "84",
              "period": {"from": "2024-01-01", "until": "2025-01-01"},
              "legalReference": "KH 2024", "baselineDate": "2023-12-31",
              "targets": [
                {"id": "T1", "label": "40 sản phẩm mới", "value": 40,
                 "indicator": {"type": "newRecognitions", "minStars": 3, "kinds": ["FIRST"]},
                 "allocations": [{"area": "845", "value": 20}, {"area": "849", "value": 20}]},
                {"id": "T2", "label": "từ 40 đến 50 sản phẩm còn hiệu lực", "value": 40, "goal": "RANGE",
                 "ceiling": 50, "indicator": {"type": "validProducts", "minStars": 3, "maxStars": 5}},
                {"id": "T3", "label": "50 % chủ thể là HTX", "value": 50,
                 "indicator": {"type": "producerShare", "types": ["HOP_TAC_XA"]}}
              ]
            }
            """;

    static Plan read(String json) {
        return Plan.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "plan.json");
    }

    static List<Problem> problems(String json) {
        try {
            read(json);
        } catch (PlanValidationException e) {
            return e.problems();
        }
        throw new AssertionError("no problem found");
    }

    @Test
    void aGoodFileReads() {
        Plan p = read(GOOD);
        assertThat(p.targets()).extracting(Target::id).containsExactly("T1", "T2", "T3");
        assertThat(p.target("T2").goal()).isEqualTo(Target.Goal.RANGE);
        assertThat(p.target("T2").ceiling()).isEqualByComparingTo("50");
        assertThat(p.target("T1").allocations()).hasSize(2);
    }

    @Test
    void everyProblemOfEveryTargetIsReportedWithItsPlace() {
        String bad = GOOD.replace("\"area\": \"84\",", "\"area\": \"84\", \"owner\": \"UBND\",")
                .replace("\"label\": \"40 sản phẩm mới\", \"value\": 40", "\"label\": \"40 sản phẩm mới\", \"value\": -40")
                .replace("{\"area\": \"849\", \"value\": 20}", "{\"area\": \"849\", \"value\": \"hai mươi\"}")
                .replace("\"ceiling\": 50", "\"ceiling\": 30")
                .replace("\"value\": 50,\n", "\"value\": 150, \"baseline\": 120,\n");
        List<Problem> ps = problems(bad);
        assertThat(ps).extracting(Problem::path).containsExactly(
                "$.owner",
                "$.targets[0].allocations[1].value",
                "$.targets[0].value",
                "$.targets[1].ceiling",
                "$.targets[2].value",
                "$.targets[2].baseline");
        assertThat(ps).extracting(Problem::source).containsOnly("plan.json");
        assertThat(ps.get(0).message()).startsWith("unknown key 'owner'");
        assertThat(ps.get(0).line()).isEqualTo(2);
        assertThat(ps.get(1).line()).isEqualTo(8);
        assertThat(ps.get(1).column()).isGreaterThan(1);
        assertThat(ps.get(2).message()).isEqualTo("target T1: value must not be negative, was -40");
        assertThat(ps.get(2).line()).isEqualTo(6);
        assertThat(ps.get(3).message()).isEqualTo("target T2: the ceiling 30 must be above the floor 40");
        assertThat(ps.get(3).line()).isEqualTo(10);
        assertThat(ps.get(4).message()).isEqualTo("target T3: a share cannot exceed 100%, was 150");
        assertThat(ps.get(5).message()).isEqualTo("target T3: a share cannot exceed 100%, was 120");
        assertThat(ps.get(4).line()).isEqualTo(11);
        // alone, the negative value of T1
        String onlyT1 = GOOD.replace("\"label\": \"40 sản phẩm mới\", \"value\": 40",
                "\"label\": \"40 sản phẩm mới\", \"value\": -40");
        assertThat(problems(onlyT1)).extracting(Problem::path, Problem::message).containsExactly(
                tuple("$.targets[0].value", "target T1: value must not be negative, was -40"));
    }

    @Test
    void everyDuplicateKeyAndAMissingRequiredValueAreProblems() {
        String dup = GOOD.replace("\"legalReference\": \"KH 2024\",", "\"legalReference\": \"KH 2024\", \"title\": \"x\",")
                .replace("{\"id\": \"T3\", \"label\"", "{\"id\": \"T3\", \"id\": \"T4\", \"label\"");
        assertThat(problems(dup)).extracting(Problem::path, p -> p.message(java.util.Locale.ENGLISH)).containsExactly(
                tuple("$.title", "duplicate key 'title'"),
                tuple("$.targets[2].id", "duplicate key 'id'"));
        String missing = GOOD.replace("\"legalReference\": \"KH 2024\", ", "").replace("\"label\": \"40 sản phẩm mới\", ", "");
        assertThat(problems(missing)).extracting(Problem::path, Problem::message).containsExactly(
                tuple("$.targets[0].label", "target T1: label is missing"),
                tuple("$.legalReference", "plan TV-2024: legal reference is missing"));
        assertThatThrownBy(() -> read("{\"id\": ")).isInstanceOf(PlanValidationException.class)
                .satisfies(e -> assertThat(((PlanValidationException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.message(java.util.Locale.ENGLISH)).startsWith("malformed JSON")));
    }
}
