package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.InvalidInputException;
import vn.ocop.OcopJson;
import vn.ocop.Problem;
import vn.ocop.format.ProblemFormatter;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.RubricSet;

/** Councils and sheets read from files: errors name the file, line, column and path in the reader's language. */
class CouncilReadTest {
    static final RubricSet SET1 = RubricCatalog.bundled().edition("QD-26-2026").set(1);

    static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCouncilAndASheetReadBackFromTheirFiles(@TempDir Path dir) throws Exception {
        Council c = Council.of(TestSheets.allBest(SET1, "A"), TestSheets.allBest(SET1, "B"));
        Path f = dir.resolve("hoi-dong.json");
        Files.write(f, OcopJson.mapper().writeValueAsBytes(c));
        assertThat(Council.read(f)).isEqualTo(c);
        EvaluationSheet s = c.members().get(0);
        assertThat(EvaluationSheet.read(bytes(OcopJson.mapper().writeValueAsString(s)), "a.json")).isEqualTo(s);
        byte[] withBom = ("\uFEFF" + OcopJson.mapper().writeValueAsString(s)).getBytes(StandardCharsets.UTF_8);
        assertThat(EvaluationSheet.read(new ByteArrayInputStream(withBom), "a.json")).isEqualTo(s);
    }

    @Test
    void aTypoIsNamedWithFileLineColumnAndPathInVietnameseAndEnglish() {
        String json = "{\"edition\": \"QD-26-2026\", \"set\": 1, \"answers\": {},\n \"member\": \"A\", \"answerz\": {}}";
        assertThatThrownBy(() -> EvaluationSheet.read(bytes(json), "phieu-a.json"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.source()).isEqualTo("phieu-a.json");
                        assertThat(p.path()).isEqualTo("$.answerz");
                        assertThat(p.line()).isEqualTo(2);
                        assertThat(p.column()).isPositive();
                        assertThat(p.key()).isEqualTo("loading:json.unknownKey");
                        assertThat(p.message(Locale.ENGLISH)).startsWith("unknown key 'answerz'; known keys here: [");
                    });
                    assertThat(e.getMessage()).startsWith("tệp phiếu đánh giá: 1 lỗi\n  - phieu-a.json, dòng 2, cột ")
                            .contains("$.answerz: khóa 'answerz' không có trong định dạng")
                            .doesNotContain("vn.ocop", "Source", "Unrecognized");
                    assertThat(ProblemFormatter.of(Locale.ENGLISH).format(e))
                            .startsWith("evaluation sheet file: 1 problem(s)\n  - phieu-a.json, line 2, column ");
                });
        assertThatThrownBy(() -> Council.read(bytes("{\"members\": [1,,]}"), "hd.json"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::source, Problem::line).containsExactly(org.assertj.core.groups.Tuple.tuple("hd.json", 1)));
        assertThatThrownBy(() -> Council.read(Path.of("no/such/file.json"))).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void aSheetThatBreaksARuleIsNamedWhereItIs() {
        String json = "{\"members\": [{\"edition\": \"QD-26-2026\", \"set\": 1, \"member\": \" \", \"answers\": {}}]}";
        assertThatThrownBy(() -> Council.read(bytes(json), "hd.json")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).allSatisfy(p -> {
                    assertThat(p.source()).isEqualTo("hd.json");
                    assertThat(p.path()).startsWith("$.members[0]");
                }));
    }
}
