package vn.ocop.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.rubric.RubricLoaderTest.editionWithSet1;
import static vn.ocop.rubric.RubricLoaderTest.resource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;
import vn.ocop.format.ProblemFormatter;
import vn.ocop.internal.Messages;

/**
 * No English is left in what the rubric loader says in Vietnamese: every text it can say (the {@code loading}
 * bundle, each placeholder filled), and every problem of a set and an edition broken in many ways at once, read
 * through the loader, carry a key and read as Vietnamese, with dates dd/MM/yyyy and decimal commas.
 */
class LoaderVietnameseTest {
    /** English words that have no place in a Vietnamese sentence (JSON key names and codes are not among them). */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|must|is|are|was|expected|found|missing|duplicate"
            + "|unknown|not|of|but|has|and|with|above|below|between|sum|parts|gap|overlap|band|file|cannot|read"
            + "|empty|document|number|string|array|object|malformed|key|keys|line|column|problem|problems|allowed"
            + "|option|criterion|part|group|edition|stars|points|unexpected|character|value|nothing|known)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void everyTextTheLoaderCanSayIsVietnamese() {
        Messages m = Messages.of("loading");
        assertThat(m.keys(false)).hasSizeGreaterThan(80);
        for (String key : m.keys(false)) {
            String text = m.text(VI, key, "X", "Y", "Z", "W", "V", "U", "T");
            assertThat(ENGLISH.matcher(text).find()).as("%s: %s", key, text).isFalse();
        }
    }

    @Test
    void aBrokenSetAndEditionAreReportedInVietnameseWithKeys(@TempDir Path dir) throws Exception {
        ObjectNode set = resource("QD-26-2026/set-01.json");
        ObjectNode group1 = (ObjectNode) set.get("parts").get(0).get("groups").get(0);
        ObjectNode c11 = (ObjectNode) group1.get("criteria").get(0);
        ((ObjectNode) c11.get("options").get(2)).put("points", 4);                // above the max, and best above max
        ((ObjectNode) group1.get("criteria").get(1)).put("code", "1.1");          // duplicate criterion code
        ((ObjectNode) group1.get("criteria").get(2)).put("max", "bốn");           // not a number
        ((ObjectNode) group1.get("criteria").get(3)).put("colour", "blue");       // unknown key
        ((ObjectNode) set.get("parts").get(2)).put("max", 36);                    // part max, parts sum
        set.put("taxonomy", "IX");                                                // unknown taxonomy
        ObjectNode edition = resource("QD-26-2026/edition.json");
        ArrayNode bands = (ArrayNode) edition.get("bands");
        ((ObjectNode) bands.get(1)).put("from", 71.5);                            // gap 70..71,5
        ((ObjectNode) bands.get(3)).put("to", 51);                                // overlap
        Path d = editionWithSet1(dir, edition, set);
        List<Problem> problems = new ArrayList<>();
        assertThatThrownBy(() -> RubricLoader.loadEdition(d)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> problems.addAll(e.problems()));
        Edition qd26 = RubricCatalog.bundled().edition("QD-26-2026");
        assertThatThrownBy(() -> RubricLoader.loadSet(new ByteArrayInputStream(set.toString()
                .getBytes(StandardCharsets.UTF_8)), "set.json", qd26)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> problems.addAll(e.problems()));
        for (String broken : List.of("{\"number\": 1,, }", "{\"number\": 1", "{\"number\": tru}", "", "{} []",
                "{\"number\": NaN}", "{\"a\": 1, \"a\": 2}")) {
            assertThatThrownBy(() -> RubricLoader.loadSet(new ByteArrayInputStream(
                    broken.getBytes(StandardCharsets.UTF_8)), "broken.json", qd26))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> problems.addAll(e.problems()));
        }
        assertThat(problems).hasSizeGreaterThan(20);
        for (Problem p : problems) {
            assertThat(p.key()).as(p.message(Locale.ENGLISH)).isNotNull();
            // a JSON path, a quoted key or a list of keys named in the message is data, not a sentence
            String sentence = p.message().replaceAll("\\$[^\\s),]*", "").replaceAll("'[^']*'", "")
                    .replaceAll("[\\w$]+(, [\\w$]+)+", "");
            assertThat(ENGLISH.matcher(sentence).find()).as("%s (%s)", p.message(), p.key()).isFalse();
            assertThat(p.message()).as(p.key()).isEqualTo(p.message(VI)).isNotEqualTo(p.message(Locale.ENGLISH));
        }
        // decimal comma in Vietnamese, dot in English
        assertThat(problems).anyMatch(p -> p.message().contains("71,5"))
                .anyMatch(p -> p.message(Locale.ENGLISH).contains("71.5"));
        // the header and positions too
        InvalidInputException e = new InvalidInputException(RubricValidationException.CONTEXT, problems);
        String all = e.getMessage();
        assertThat(all).startsWith("dữ liệu bộ tiêu chí: " + problems.size() + " lỗi").contains(", dòng 1, cột ");
        assertThat(ProblemFormatter.of(Locale.ENGLISH).format(e))
                .startsWith("rubric data: " + problems.size() + " problem(s)").contains(", line 1, column ");
        assertThat(Files.exists(d)).isTrue();
    }
}
