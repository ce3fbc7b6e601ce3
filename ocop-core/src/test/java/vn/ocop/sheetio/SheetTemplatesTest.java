package vn.ocop.sheetio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ocop.InvalidInputException;
import vn.ocop.OcopJson;
import vn.ocop.Problem;
import vn.ocop.format.Formats;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.RubricSet;
import vn.ocop.scoring.Answer;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.EvaluationSheet;
import vn.ocop.scoring.SheetValidationException;

class SheetTemplatesTest {
    static final RubricSet SET13 = CsvFixture.SET13;

    @Test
    void csvTemplateHasABomAHeaderRowAndARowPerMember() {
        String csv = SheetTemplates.csv(SET13, List.of("Nguyễn Thị Lan", "Trần; Văn Minh"), Formats.VIETNAMESE_LOCALE,
                ';');
        assertThat(csv).startsWith("\uFEFFNgười đánh giá;1.1 Nguồn nguyên liệu;1.2 Vùng nguyên liệu có chứng nhận "
                + "chất lượng;1.3 Gia tăng giá trị;");
        String[] lines = csv.substring(1).split("\r\n", -1);
        assertThat(lines).hasSize(4);
        assertThat(lines[3]).isEmpty();
        int columns = 1 + SET13.leafCriteria().size() + SET13.knockOuts().size();
        assertThat(lines[1]).isEqualTo("Nguyễn Thị Lan" + ";".repeat(columns - 1));
        assertThat(lines[2]).isEqualTo("\"Trần; Văn Minh\"" + ";".repeat(columns - 1));
        assertThat(lines[0]).contains(";6.1.1 Tạp chất lạ;", ";11 Cơ hội thị trường toàn cầu;",
                ";\"KO1 Giả mạo hồ sơ; hoặc không tuân thủ đủ quy định…\";")
                .doesNotContain(";6.1 ", ";6.2 Nước pha");
    }

    @Test
    void csvTemplateInEnglishUsesTheRubricsEnglishNames() {
        String csv = SheetTemplates.csv(SET13, List.of(), Locale.ENGLISH, ',');
        assertThat(csv).startsWith("\uFEFFCouncil member,1.1 Raw material source,1.2 Certified raw material area,")
                .endsWith("\r\n");
        assertThat(csv.split("\r\n")).hasSize(1);
    }

    @Test
    void knockOutHeadersAreCutAtAWord() {
        String header = SheetTemplates.csv(SET13, List.of(), Formats.VIETNAMESE_LOCALE, ',').split("\r\n")[0];
        assertThat(header).contains(",KO4 Không đánh giá tiếp nếu có tạp chất lạ có nguy…");
    }

    /** The blank template is read as it is: no problem with its layout, only the empty answers. */
    @Test
    void theReaderAcceptsTheBlankCsvTemplateUnchanged() {
        for (Locale l : List.of(Formats.VIETNAMESE_LOCALE, Locale.ENGLISH)) {
            for (char sep : new char[] {',', ';'}) {
                String csv = SheetTemplates.csv(SET13, List.of("Lan", "Minh"), l, sep);
                InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                        () -> SheetCsvReader.of(SET13).read(csv.getBytes(StandardCharsets.UTF_8), "mau.csv"));
                List<Problem> expected = new ArrayList<>();
                for (int row = 2; row <= 3; row++) {
                    int col = 2;
                    for (Criterion c : SET13.leafCriteria()) {
                        expected.add(new Problem("mau.csv", CsvFixture.letters(col) + row, row, col,
                                "Chưa chọn phương án cho tiêu chí " + c.code() + " (" + c.name() + ")"));
                        col++;
                    }
                }
                assertThat(e.problems()).as(l + " " + sep).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void jsonTemplateIsACouncilWithEveryCriterionAndEmptyAnswers() throws Exception {
        String json = SheetTemplates.json(SET13, List.of("Nguyễn Thị Lan", "Trần Văn Minh"));
        Council c = OcopJson.mapper().readValue(json, Council.class);
        assertThat(c.members()).extracting(EvaluationSheet::member).containsExactly("Nguyễn Thị Lan", "Trần Văn Minh");
        for (EvaluationSheet s : c.members()) {
            assertThat(s.edition()).isEqualTo("QD-26-2026");
            assertThat(s.set()).isEqualTo(13);
            assertThat(s.answers()).extracting(Answer::criterion)
                    .containsExactlyElementsOf(SET13.leafCriteria().stream().map(Criterion::code).toList());
            assertThat(s.answers()).extracting(Answer::option).containsOnly("");
            assertThat(s.knockOuts()).isEmpty();
        }
        assertThat(json).contains("\"1.1\" : \"\"", "\"6.1.1\" : \"\"").doesNotContain("\"6.1\" :");
        // a sheet names its member: no template without one
        assertThatThrownBy(() -> SheetTemplates.json(SET13, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SheetTemplates.json(SET13, List.of(" ")))
                .isInstanceOf(SheetValidationException.class).hasMessageContaining("$.member");
    }

    @Test
    void onlyCommaOrSemicolon() {
        assertThatThrownBy(() -> SheetTemplates.csv(SET13, List.of(), Locale.ENGLISH, '\t'))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
