package vn.ocop.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopJson;

/** How rubric types are written with {@link OcopJson}: the shape of the data files, no derived views. */
class RubricJsonTest {
    static final ObjectMapper JSON = OcopJson.mapper();
    static final Edition QD26 = RubricCatalog.bundled().edition("QD-26-2026");

    static List<String> keys(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void anEditionAndItsSetsInTheOrderOfTheirFiles() throws Exception {
        JsonNode e = JSON.readTree(JSON.writeValueAsString(QD26));
        assertThat(keys(e)).containsExactly("id", "title", "citation", "signed", "inForce", "bands", "parts",
                "taxonomy", "sets", "notes", "inForceCitation");
        assertThat(e.get("signed").asText()).isEqualTo("2026-05-22");
        assertThat(e.get("inForce").toString()).isEqualTo("{\"from\":\"2026-05-22\",\"until\":null}");
        assertThat(e.get("bands").get(0).get("stars").asInt()).isEqualTo(5);
        JsonNode set1 = e.get("sets").get(0);
        assertThat(keys(set1)).startsWith("edition", "number", "name", "nameEn", "taxonomy", "citation", "knockOuts",
                "parts").doesNotContain("leafCriteria");
        JsonNode criterion = set1.get("parts").get(0).get("groups").get(0).get("criteria").get(0);
        assertThat(keys(criterion)).doesNotContain("leaf", "leaves", "criteria", "cases").contains("code", "max",
                "options");
    }

    @Test
    void aStarIsItsNumberAndAnOptionsCaseIsUnderCase() throws Exception {
        assertThat(JSON.writeValueAsString(Star.FOUR)).isEqualTo("4");
        assertThat(JSON.readValue("4", Star.class)).isEqualTo(Star.FOUR);
        Option tourism = QD26.set(26).leafCriteria().stream().flatMap(c -> c.options().stream())
                .filter(o -> o.caseCode() != null).findFirst().orElseThrow();
        JsonNode o = JSON.readTree(JSON.writeValueAsString(tourism));
        assertThat(o.get("case").asText()).isEqualTo(tourism.caseCode());
        assertThat(o.has("caseCode")).isFalse();
        assertThat(JSON.writeValueAsString(DateRange.of(LocalDate.of(2023, 2, 24), LocalDate.of(2026, 5, 22))))
                .isEqualTo("{\"from\":\"2023-02-24\",\"until\":\"2026-05-22\"}");
    }

    @Test
    void aSetWithoutKnockOutsStillWritesTheEmptyList() throws Exception {
        JsonNode set26 = JSON.readTree(JSON.writeValueAsString(QD26.set(26)));
        assertThat(set26.get("knockOuts").isArray()).isTrue();
        assertThat(set26.get("knockOuts")).isEmpty();
    }
}
