package vn.ocop.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;

/** The one reader of plan, area, registry and statistics documents: text decoding and locations of problems. */
class JsonDocumentsTest {
    static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    static List<String> read(byte[] bytes) {
        return JsonDocuments.read(new ByteArrayInputStream(bytes), "d.json", STRINGS,
                (problems, cause) -> new InvalidInputException("test document", problems, cause));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"$, ''", "$.units, /units", "$.units[3].parent, /units/3/parent", "$[0], /0", "$.a.b[12], /a/b/12"})
    void jsonPathsBecomePointers(String path, String pointer) {
        assertThat(JsonDocuments.pointer(path)).isEqualTo(pointer);
    }

    @Test
    void valuesAreLocatedByLineAndCharacterColumn() {
        String doc = "{\"a\":[\n  {\"b\":\"Cầu Kè\", \"c\":1},\n  {\"b\":\"x\"}]}";
        Map<String, JsonLocation> at = JsonDocuments.locate(doc, List.of("$.a[0].c", "$.a[1]", "$.a[1].b", "$.zz"));
        assertThat(at.get("$.a[0].c").getLineNr()).isEqualTo(2);
        assertThat(at.get("$.a[0].c").getColumnNr()).isEqualTo(22); // in characters: "ầ" and "è" are 5 bytes but 2 characters
        assertThat(at.get("$.a[1]").getColumnNr()).isEqualTo(3);
        assertThat(at.get("$.a[1].b").getColumnNr()).isEqualTo(8);
        assertThat(at).doesNotContainKey("$.zz");
    }

    @Test
    void problemsFoundWhileBindingArePlacedUnderTheValueThatFailed() {
        String doc = "{\"x\":[\n 1,\n {\"y\":2}]}";
        List<Problem> inner = List.of(new Problem("inner", "$.y", "bad y"), new Problem("inner", "$.nowhere", "bad"));
        assertThat(JsonDocuments.relocate(inner, "$.x[1]", "d.json", doc)).containsExactly(
                new Problem("d.json", "$.x[1].y", 3, 7, "bad y"), new Problem("d.json", "$.x[1].nowhere", "bad"));
    }

    @Test
    void aByteOrderMarkIsDroppedAndInvalidUtf8IsAProblem() {
        byte[] bom = "\uFEFF[\"Trà Vinh\"]".getBytes(StandardCharsets.UTF_8);
        assertThat(read(bom)).containsExactly("Trà Vinh");
        byte[] latin1 = "[\"Trà Vinh\"]".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(latin1)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(vn.ocop.testing.English.problems(((InvalidInputException) e).problems()))
                        .containsExactly(new Problem("d.json", "$", "not UTF-8 text: invalid bytes at offset 4")));
    }

    @Test
    void aMalformedDocumentIsOneProblemWithItsPlace() {
        assertThatThrownBy(() -> read("[\"a\",\n 2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.source()).isEqualTo("d.json");
                    assertThat(p.path()).isEqualTo("$[1]");
                    assertThat(p.line()).isEqualTo(2);
                }));
    }
}
