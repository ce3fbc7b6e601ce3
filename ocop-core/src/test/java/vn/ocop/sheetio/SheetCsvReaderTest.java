package vn.ocop.sheetio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;
import vn.ocop.scoring.Answer;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.EvaluationSheet;

/** Reading members' sheets from a CSV spreadsheet: every accepted cell form and every problem, with row and column. */
class SheetCsvReaderTest {
    static final SheetCsvReader READER = SheetCsvReader.of(CsvFixture.SET13);
    static final String SRC = "hoi-dong.csv";

    static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    static List<Problem> problems(CsvFixture f) {
        return problems(READER, f.bytes(','));
    }

    static List<Problem> problems(SheetCsvReader reader, byte[] data) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> reader.read(data, SRC));
        assertThat(e).as("an InvalidInputException").isNotNull();
        return e.problems();
    }

    static Problem cell(int row, int column, String message) {
        return new Problem(SRC, CsvFixture.letters(column) + row, row, column, message);
    }

    static Map<String, String> with(String code, String value) {
        Map<String, String> a = CsvFixture.answers();
        a.put(code, value);
        return a;
    }

    @Test
    void readsOneSheetPerRowInTheLawsOrder() {
        CsvFixture f = CsvFixture.set13().row("Nguyễn Thị Lan", CsvFixture.answers())
                .row("Trần Văn Minh", with("1.1", "c"));
        List<EvaluationSheet> sheets = READER.read(f.bytes(','), SRC);
        assertThat(sheets).extracting(EvaluationSheet::member).containsExactly("Nguyễn Thị Lan", "Trần Văn Minh");
        EvaluationSheet first = sheets.get(0);
        assertThat(first.edition()).isEqualTo("QD-26-2026");
        assertThat(first.set()).isEqualTo(13);
        assertThat(first.answers()).extracting(Answer::criterion).containsExactlyElementsOf(
                CsvFixture.SET13.leafCriteria().stream().map(c -> c.code()).toList());
        assertThat(first.answers()).filteredOn(a -> a.criterion().equals("2.4")).extracting(Answer::option)
                .containsExactly("yes");
        assertThat(sheets.get(1).answers().get(0)).isEqualTo(new Answer("1.1", "c"));
        assertThat(first.knockOuts()).isEmpty();
    }

    /** Criterion 1.3 of set 13: a) Phân loại, sơ chế; b) Chế biến đơn giản; c) Chế biến; d) Chế biến sâu … */
    @ParameterizedTest
    @ValueSource(strings = {"c", "C", "c)", "c.", " c ", "C)", "Chế biến", "CHẾ BIẾN", "chế  biến", "c) Chế biến",
        "c. chế biến", "C) CHẾ BIẾN"})
    void acceptsTheOptionCodeItsVariantsAndItsExactLabel(String cell) {
        for (String form : List.of(cell, nfd(cell))) {
            CsvFixture f = CsvFixture.set13().row("Lan", with("1.3", form));
            assertThat(READER.read(f.bytes(','), SRC).get(0).answers()).as(form).contains(new Answer("1.3", "c"));
        }
    }

    @ParameterizedTest
    @CsvSource({"có, yes", "Có, yes", "CÓ, yes", "yes, yes", "YES, yes", "không, no", "Không, no", "no, no",
        "none, none"})
    void yesNoCriteriaAcceptVietnameseCoKhong(String cell, String option) {
        for (String form : List.of(cell, nfd(cell))) {
            CsvFixture f = CsvFixture.set13().row("Lan", with("2.4", form));
            assertThat(READER.read(f.bytes(','), SRC).get(0).answers()).contains(new Answer("2.4", option));
        }
    }

    @Test
    void noneSaysNoListedOptionApplies() {
        CsvFixture f = CsvFixture.set13().row("Lan", with("1.1", "NONE"));
        assertThat(READER.read(f.bytes(','), SRC).get(0).answers()).contains(new Answer("1.1", Answer.NONE));
    }

    @Test
    void headersMatchByTheCodeAtTheirStartWhateverTheirFormAndOrder() {
        CsvFixture f = new CsvFixture();
        f.header.add(nfd("NGƯỜI ĐÁNH GIÁ"));
        List<String> codes = CsvFixture.SET13.leafCriteria().stream().map(c -> c.code()).toList();
        for (int i = codes.size() - 1; i >= 0; i--) { // reversed order, in three spellings
            String code = codes.get(i);
            f.header.add(switch (i % 3) {
                case 0 -> code;
                case 1 -> code + ". " + nfd(CsvFixture.SET13.criterion(code).name());
                default -> code + " " + CsvFixture.SET13.criterion(code).name().toUpperCase(Locale.ROOT);
            });
        }
        f.row("Lan", CsvFixture.answers());
        EvaluationSheet s = READER.read(f.bytes(';'), SRC).get(0);
        assertThat(s.answers()).extracting(Answer::criterion).containsExactlyElementsOf(codes);
    }

    @ParameterizedTest
    @ValueSource(chars = {',', ';'})
    void detectsTheSeparatorAndSkipsTheByteOrderMark(char sep) {
        CsvFixture f = CsvFixture.set13().row("Lan", CsvFixture.answers()).row("Minh", CsvFixture.answers());
        byte[] bom = ("\uFEFF" + f.text(sep)).getBytes(StandardCharsets.UTF_8);
        assertThat(READER.read(bom, SRC)).extracting(EvaluationSheet::member).containsExactly("Lan", "Minh");
        assertThat(READER.withSeparator(sep).read(f.bytes(sep), SRC)).hasSize(2);
    }

    @Test
    void aLabelWithTheSeparatorInsideIsQuoted() {
        // 1.2 c) "Chứng nhận chất lượng theo tiêu chuẩn quốc tế (GlobalGAP, hữu cơ - Organic, ...)"
        String label = CsvFixture.SET13.criterion("1.2").option("c").label();
        CsvFixture f = CsvFixture.set13().row("Lan", with("1.2", label));
        for (char sep : new char[] {',', ';'}) {
            assertThat(READER.read(f.bytes(sep), SRC).get(0).answers()).contains(new Answer("1.2", "c"));
        }
    }

    @Test
    void knockOutColumnsTakeYesOrNo() {
        CsvFixture f = CsvFixture.set13().column("KO1 Giả mạo hồ sơ").column("KO4");
        f.row("An", with("KO1", "x")).row("Bình", with("KO4", "Có")).row("Chi", with("KO1", "không"))
                .row("Dũng", with("KO1", nfd("CÓ")));
        List<EvaluationSheet> s = READER.read(f.bytes(','), SRC);
        assertThat(s).extracting(EvaluationSheet::knockOuts).containsExactly(List.of("KO1"), List.of("KO4"), List.of(),
                List.of("KO1"));
    }

    @Test
    void anOnlyIfCriterionIsLeftEmptyWhenItsConditionIsNotMet() {
        // 5.2 applies only if 5.1 has a story (b, c, d, e); 5.1 a = no story
        Map<String, String> a = with("5.1", "a");
        a.put("5.2", "");
        EvaluationSheet s = READER.read(CsvFixture.set13().row("Lan", a).bytes(','), SRC).get(0);
        assertThat(s.answers()).extracting(Answer::criterion).doesNotContain("5.2").contains("5.1", "5.3");
        Map<String, String> none = with("5.1", "a");
        none.put("5.2", "none");
        assertThat(READER.read(CsvFixture.set13().row("Lan", none).bytes(','), SRC).get(0).answers())
                .extracting(Answer::criterion).doesNotContain("5.2");
    }

    @Test
    void ignoredColumnsAndBlankRowsAndEmptyTrailingColumnsAreSkipped() {
        CsvFixture f = CsvFixture.set13().column("Dấu thời gian").column("");
        f.row("Lan", with("Dấu thời gian", "2026/06/15 9:00:00"));
        f.rows.add(List.of("", "", ""));
        f.row("Minh", CsvFixture.answers());
        List<EvaluationSheet> s = READER.ignoringColumns(nfd("dấu thời gian")).read(f.bytes(','), SRC);
        assertThat(s).extracting(EvaluationSheet::member).containsExactly("Lan", "Minh");
    }

    // ------------------------------------------------------------------ problems

    @Test
    void unknownCriterionColumn() {
        CsvFixture f = CsvFixture.set13().column("9.9 Tiêu chí lạ").row("Lan", CsvFixture.answers());
        assertThat(problems(f)).containsExactly(cell(1, f.header.size(),
                "Bộ sản phẩm 13 không có tiêu chí 9.9 (tiêu đề cột \"9.9 Tiêu chí lạ\")"));
    }

    @Test
    void aParentCriterionIsNotAColumn() {
        CsvFixture f = CsvFixture.set13().column("6.1 Ngoại hình").row("Lan", CsvFixture.answers());
        assertThat(problems(f)).containsExactly(cell(1, f.header.size(), "Tiêu chí 6.1 được chấm qua các tiêu chí con "
                + "6.1.1, 6.1.2, 6.1.3, 6.1.4, 6.1.5: dùng một cột cho mỗi tiêu chí con"));
    }

    @Test
    void unknownColumn() {
        CsvFixture f = CsvFixture.set13().column("Ghi chú").row("Lan", CsvFixture.answers());
        assertThat(problems(f)).containsExactly(cell(1, f.header.size(), "Cột \"Ghi chú\" không phải cột người đánh "
                + "giá, cột tiêu chí hay cột điều kiện loại của bộ này; tiêu đề cột tiêu chí bắt đầu bằng mã tiêu chí, "
                + "ví dụ \"1.1 Nguồn nguyên liệu\""));
    }

    @Test
    void duplicateColumn() {
        CsvFixture f = CsvFixture.set13().column("1.2. Chứng nhận").row("Lan", CsvFixture.answers());
        assertThat(problems(f)).containsExactly(cell(1, f.header.size(),
                "Cột \"1.2. Chứng nhận\" lặp lại cột C (\"1.2 Vùng nguyên liệu có chứng nhận chất lượng\")"));
        CsvFixture twoMembers = CsvFixture.set13().column("Thành viên").row("Lan", CsvFixture.answers());
        assertThat(problems(twoMembers)).containsExactly(cell(1, twoMembers.header.size(),
                "Cột \"Thành viên\" lặp lại cột A (\"Người đánh giá\")"));
    }

    @Test
    void missingColumns() {
        CsvFixture f = CsvFixture.set13();
        f.header.remove(0);
        f.header.remove("1.4 Năng lực sản xuất đáp ứng phân phối");
        f.row("Lan", CsvFixture.answers()); // no member column to hold the name
        assertThat(problems(f)).containsExactly(
                new Problem(SRC, "1:1", 1, 0, "Thiếu cột người đánh giá (tiêu đề \"Người đánh giá\")"),
                new Problem(SRC, "1:1", 1, 0, "Thiếu cột của tiêu chí 1.4 (Năng lực sản xuất đáp ứng phân phối)"));
    }

    @Test
    void unknownOptionListsTheOptions() {
        CsvFixture f = CsvFixture.set13().row("Lan", with("1.3", "e")).row("Minh", with("2.4", "có lẽ"));
        assertThat(problems(f)).containsExactly(
                cell(2, f.col("1.3"), "Tiêu chí 1.3 không có phương án \"e\"; các phương án: a, b, c, d"),
                cell(3, f.col("2.4"), "Tiêu chí 2.4 không có phương án \"có lẽ\"; các phương án: không, có"));
    }

    @Test
    void codeAndLabelMustAgree() {
        CsvFixture f = CsvFixture.set13().row("Lan", with("1.3", "b) Chế biến"));
        assertThat(problems(f)).containsExactly(cell(2, f.col("1.3"),
                "\"b) Chế biến\": phương án b của tiêu chí 1.3 có nội dung \"Chế biến đơn giản\""));
    }

    @Test
    void blankCellIsAMissingAnswer() {
        CsvFixture f = CsvFixture.set13().row("Lan", with("3.3", "")).row("Minh", with("6.1.2", "  "));
        assertThat(problems(f)).containsExactly(
                cell(2, f.col("3.3"), "Chưa chọn phương án cho tiêu chí 3.3 (Sử dụng lao động địa phương)"),
                cell(3, f.col("6.1.2"), "Chưa chọn phương án cho tiêu chí 6.1.2 (Trạng thái/hình dạng)"));
    }

    @Test
    void missingMemberName() {
        CsvFixture f = CsvFixture.set13().row(" ", CsvFixture.answers());
        assertThat(problems(f)).containsExactly(cell(2, 1, "Thiếu tên người đánh giá"));
    }

    @Test
    void duplicateMemberRow() {
        CsvFixture f = CsvFixture.set13().row("Nguyễn Thị Lan", CsvFixture.answers())
                .row("Trần Văn Minh", CsvFixture.answers()).row(nfd("NGUYỄN THỊ  LAN"), CsvFixture.answers());
        assertThat(problems(f)).containsExactly(cell(4, 1, "Người đánh giá \"" + "NGUYỄN THỊ  LAN"
                + "\" đã có ở dòng 2"));
    }

    @Test
    void anAnswerWhereTheOnlyIfConditionIsNotMet() {
        Map<String, String> a = with("5.1", "a");
        a.put("5.2", "c");
        CsvFixture f = CsvFixture.set13().row("Lan", a);
        assertThat(problems(f)).containsExactly(cell(2, f.col("5.2"),
                "Tiêu chí 5.2 chỉ áp dụng khi: Chỉ áp dụng khi có câu chuyện sản phẩm (tiêu chí 5.1); để trống ô này"));
    }

    @Test
    void unknownKnockOutMark() {
        CsvFixture f = CsvFixture.set13().column("KO2").row("Lan", with("KO2", "có thể"));
        assertThat(problems(f)).containsExactly(cell(2, f.header.size(),
                "Ô của điều kiện loại KO2 phải để trống, ghi \"có\" (hoặc \"x\") hay \"không\", không phải \"có thể\""));
    }

    @Test
    void cellsOutsideTheColumns() {
        CsvFixture f = CsvFixture.set13().column("").row("Lan", with("", "ghi chú"));
        f.rows.get(0).set(f.header.size() - 1, "ghi chú");
        List<String> longer = new java.util.ArrayList<>(f.rows.get(0));
        longer.set(f.header.size() - 1, "");
        longer.add("thừa");
        f.row("Minh", CsvFixture.answers());
        f.rows.set(1, longer);
        f.rows.get(1).set(0, "Minh");
        assertThat(problems(f)).containsExactly(
                cell(2, f.header.size(), "Ô có dữ liệu \"ghi chú\" nằm trong cột không có tiêu đề"),
                cell(3, f.header.size() + 1, "Ô có dữ liệu \"thừa\" nằm ngoài các cột có tiêu đề"));
    }

    @Test
    void everyProblemIsReportedTogetherInRowOrder() {
        CsvFixture f = CsvFixture.set13().column("9.9").row("", with("1.1", "z")).row("Lan", with("1.2", ""))
                .row("lan", with("2.4", "?"));
        List<Problem> p = problems(f);
        assertThat(p).extracting(Problem::path).containsExactly(CsvFixture.letters(f.header.size()) + "1", "A2",
                CsvFixture.letters(f.col("1.1")) + "2", CsvFixture.letters(f.col("1.2")) + "3", "A4",
                CsvFixture.letters(f.col("2.4")) + "4");
    }

    @Test
    void englishProblems() {
        CsvFixture f = CsvFixture.set13().row("Lan", with("1.3", "e"));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> READER.withLocale(Locale.ENGLISH).read(f.bytes(','), SRC));
        assertThat(e.problems()).containsExactly(cell(2, f.col("1.3"),
                "Criterion 1.3 has no option \"e\"; options: a, b, c, d"));
        assertThat(e.context()).isEqualTo("CSV spreadsheet of evaluation sheets, set 13 (QD-26-2026)");
        InvalidInputException vi = catchThrowableOfType(InvalidInputException.class, () -> READER.read(f.bytes(','), SRC));
        assertThat(vi.context()).isEqualTo("Bảng tính phiếu đánh giá (CSV), bộ sản phẩm 13 (QD-26-2026)");
    }

    // ------------------------------------------------------------------ the file

    @Test
    void notUtf8() {
        String text = CsvFixture.set13().row("Nguyễn Thị Lan", CsvFixture.answers()).text(',');
        byte[] cp1258 = text.getBytes(Charset.forName("windows-1258"));
        List<Problem> p = problems(READER, cp1258);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).line()).isEqualTo(1); // "Người" on the header row
        assertThat(p.get(0).path()).isEqualTo("$");
        assertThat(p.get(0).message()).startsWith("Tệp không phải văn bản UTF-8 (byte không hợp lệ ở vị trí 2)");
    }

    @Test
    void malformedCsv() {
        byte[] data = "Người đánh giá,1.1\nLan,\"b\n".getBytes(StandardCharsets.UTF_8);
        List<Problem> p = problems(READER, data);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).message()).startsWith("Lỗi cú pháp CSV");
        assertThat(p.get(0).line()).isGreaterThan(1);
        byte[] stray = "Người đánh giá,1.1\nLan,\"b\"c\n".getBytes(StandardCharsets.UTF_8);
        assertThat(problems(READER, stray)).singleElement().satisfies(q -> {
            assertThat(q.line()).isEqualTo(2);
            assertThat(q.column()).isGreaterThan(0);
        });
    }

    @Test
    void emptyFileAndHeaderOnly() {
        assertThat(problems(READER, new byte[0])).containsExactly(new Problem(SRC, "$",
                "Tệp trống: không có dòng tiêu đề"));
        assertThat(problems(READER, "\uFEFF".getBytes(StandardCharsets.UTF_8))).hasSize(1);
        assertThat(problems(CsvFixture.set13())).containsExactly(new Problem(SRC, "$",
                "Tệp không có dòng nào của người đánh giá"));
    }

    @Test
    void tooLarge() {
        byte[] big = new byte[SheetCsvReader.MAX_BYTES + 1];
        assertThat(problems(READER, big)).containsExactly(new Problem(SRC, "$",
                "Tệp lớn hơn giới hạn 4194304 byte"));
        assertThatThrownBy(() -> READER.read(new ByteArrayInputStream(big), SRC))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void readsPathsAndStreamsIntoACouncil(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hội-đồng.csv");
        Files.write(file, CsvFixture.set13().row("Lan", CsvFixture.answers()).row("Minh", CsvFixture.answers())
                .bytes(';'));
        Council c = READER.readCouncil(file);
        assertThat(c.members()).extracting(EvaluationSheet::member).containsExactly("Lan", "Minh");
        assertThat(READER.readCouncil(Files.newInputStream(file), "x").members()).hasSize(2);
        Files.write(file, CsvFixture.set13().row("", CsvFixture.answers()).bytes(';'));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> READER.read(file));
        assertThat(e.problems()).extracting(Problem::source).containsOnly(file.toString());
    }

    @Test
    void onlyCommaOrSemicolon() {
        assertThatThrownBy(() -> READER.withSeparator('\t')).isInstanceOf(IllegalArgumentException.class);
    }
}
