package vn.ocop.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.testing.English;

/** Every kind of loader error is found, and all of them at once, with file and JSON path. */
class RubricLoaderTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static ObjectNode resource(String name) throws Exception {
        try (InputStream in = RubricLoaderTest.class.getClassLoader().getResourceAsStream("ocop-rubric/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    /** A copy of the bundled 26/2026 edition with only set 1, written to a folder. */
    static Path editionWithSet1(Path dir, ObjectNode edition, ObjectNode set1) throws Exception {
        ((ArrayNode) edition.withArray("sets")).removeAll().add("set-01.json");
        Files.writeString(dir.resolve("edition.json"), JSON.writeValueAsString(edition));
        Files.writeString(dir.resolve("set-01.json"), JSON.writeValueAsString(set1));
        return dir;
    }

    @Test
    void validCopyLoads(@TempDir Path dir) throws Exception {
        Edition e = RubricLoader.loadEdition(editionWithSet1(dir, resource("QD-26-2026/edition.json"),
                resource("QD-26-2026/set-01.json")));
        assertThat(e.set(1).leafCriteria()).hasSize(32);
    }

    @Test
    void reportsEveryProblemOfASetAtOnce(@TempDir Path dir) throws Exception {
        ObjectNode set = resource("QD-26-2026/set-01.json");
        ObjectNode partA = (ObjectNode) set.get("parts").get(0);
        ObjectNode group1 = (ObjectNode) partA.get("groups").get(0);
        ObjectNode c11 = (ObjectNode) group1.get("criteria").get(0);
        ((ObjectNode) c11.get("options").get(2)).put("points", 4);              // above max 3
        ObjectNode c15 = (ObjectNode) group1.get("criteria").get(4);
        ((ObjectNode) c15.get("options").get(3)).put("minStars", 3);             // 5★ option re-marked 3★ above the 4★ one
        ((ObjectNode) c15.get("options").get(2)).put("minStars", 5);             // 5★ minimum (2) below 3★ minimum (3)
        ((ObjectNode) group1.get("criteria").get(1)).put("code", "1.1");         // duplicate criterion code
        ((ObjectNode) group1.get("criteria").get(2)).put("max", 4);              // group 1 criteria sum to 19
        ((ObjectNode) group1.get("criteria").get(3)).put("colour", "blue");      // unknown key
        ObjectNode partC = (ObjectNode) set.get("parts").get(2);
        partC.put("max", 36);                                                     // part C not 35, parts not 100
        Path d = editionWithSet1(dir, resource("QD-26-2026/edition.json"), set);
        // a duplicate key, written by hand
        String text = Files.readString(d.resolve("set-01.json")).replaceFirst("\"name\":", "\"name\":\"x\",\"name\":");
        Files.writeString(d.resolve("set-01.json"), text);

        assertThatThrownBy(() -> RubricLoader.loadEdition(d)).isInstanceOfSatisfying(RubricValidationException.class, e -> {
            List<String> msgs = English.messages(e.problems());
            assertThat(msgs).anyMatch(m -> m.contains("above the maximum 3 of criterion 1.1"));
            assertThat(msgs).anyMatch(m -> m.contains("duplicate criterion code 1.1"));
            assertThat(msgs).anyMatch(m -> m.contains("criteria of group 1 sum to 19"));
            assertThat(msgs).anyMatch(m -> m.contains("unknown key 'colour'"));
            assertThat(msgs).anyMatch(m -> m.contains("duplicate key 'name'"));
            assertThat(msgs).anyMatch(m -> m.contains("part C has max 36 but the edition fixes 35"));
            assertThat(msgs).anyMatch(m -> m.contains("groups of part C sum to 35, not its max 36"));
            assertThat(msgs).anyMatch(m -> m.contains("parts sum to 101, not 100"));
            assertThat(msgs).anyMatch(m -> m.contains("5★ minimum of 1.5") && m.contains("below the 3★ minimum"));
            assertThat(msgs).anyMatch(m -> m.contains("the highest option of 1.3 gives 3 points but the maximum is 4"));
            assertThat(e.problems()).allMatch(p -> p.source().endsWith("set-01.json"));
            assertThat(e.problems()).anyMatch(p -> p.path().equals("$.parts[0].groups[0].criteria[3].colour"));
        });
    }

    @Test
    void reportsBandGapsOverlapsAndMalformedSetFiles(@TempDir Path dir) throws Exception {
        ObjectNode edition = resource("QD-26-2026/edition.json");
        ArrayNode bands = (ArrayNode) edition.get("bands");
        ((ObjectNode) bands.get(1)).put("from", 71);        // 4★ from 71: gap 70..71
        ((ObjectNode) bands.get(3)).put("to", 51);          // 2★ to 51: overlap with 3★ from 50
        ((ObjectNode) edition.get("parts").get(0)).put("max", 45);
        Path d = editionWithSet1(dir, edition, resource("QD-26-2026/set-01.json"));
        Files.writeString(d.resolve("set-01.json"), "{\"edition\": \"QD-26-2026\", ");
        assertThatThrownBy(() -> RubricLoader.loadEdition(d)).isInstanceOfSatisfying(RubricValidationException.class, e -> {
            List<String> msgs = English.messages(e.problems());
            assertThat(msgs).anyMatch(m -> m.startsWith("gap between"));
            assertThat(msgs).anyMatch(m -> m.startsWith("overlap between"));
            assertThat(msgs).anyMatch(m -> m.contains("parts sum to 105"));
            assertThat(e.problems()).anyMatch(p -> p.source().endsWith("set-01.json") && p.line() == 1
                    && p.column() > 0 && p.message(java.util.Locale.ENGLISH).startsWith("malformed JSON: "));
        });
    }

    @Test
    void missingSetFileIsNamed(@TempDir Path dir) throws Exception {
        Path d = editionWithSet1(dir, resource("QD-26-2026/edition.json"), resource("QD-26-2026/set-01.json"));
        Files.delete(d.resolve("set-01.json"));
        assertThatThrownBy(() -> RubricLoader.loadEdition(d)).isInstanceOf(RubricValidationException.class)
                .satisfies(e -> assertThat(English.text(e)).contains("set-01.json, $: file not found"));
    }

    @Test
    void overlappingEditionsCannotShareACatalog() {
        Edition qd26 = RubricCatalog.bundled().edition("QD-26-2026");
        Edition clash = new Edition("DRAFT", "t", "c", qd26.signed(), DateRange.of(qd26.inForce().from().plusDays(10), null),
                null, "x", qd26.bands(), qd26.parts(), qd26.taxonomy(), List.of(), List.of());
        assertThatThrownBy(() -> RubricCatalog.of(List.of(qd26, clash))).isInstanceOf(RubricValidationException.class)
                .satisfies(e -> assertThat(English.text(e)).contains("overlaps QD-26-2026"));
    }

    @Test
    void aDraftSetLoadsAgainstAnEdition() throws Exception {
        Edition qd26 = RubricCatalog.bundled().edition("QD-26-2026");
        ObjectNode set = resource("QD-26-2026/set-01.json");
        set.put("name", "Bản dự thảo");
        RubricSet draft = RubricLoader.loadSet(new ByteArrayInputStream(JSON.writeValueAsBytes(set)), "draft.json", qd26);
        assertThat(draft.name()).isEqualTo("Bản dự thảo");
        set.put("edition", "QD-148-2023");
        assertThatThrownBy(() -> RubricLoader.loadSet(new ByteArrayInputStream(
                set.toString().getBytes(StandardCharsets.UTF_8)), "draft.json", qd26))
                .satisfies(e -> assertThat(English.text(e)).contains("set declares edition QD-148-2023 but is loaded into QD-26-2026"));
    }

    @Test
    void unverifiedSetMustSayWhy(@TempDir Path dir) throws Exception {
        ObjectNode set = resource("QD-26-2026/set-01.json");
        set.put("unverified", true);
        set.remove("doubts");
        Path d = editionWithSet1(dir, resource("QD-26-2026/edition.json"), set);
        assertThatThrownBy(() -> RubricLoader.loadEdition(d)).satisfies(e -> assertThat(English.text(e)).contains("must say in 'doubts'"));
    }
}
