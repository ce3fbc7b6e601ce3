package vn.ocop.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.format.EvaluationSheetForm.FormCriterion;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.RubricCatalog;

/** The plain-text evaluation sheet: the same content as the HTML, in columns. */
class SheetFormRendererTextTest {
    static final Edition QD26 = RubricCatalog.bundled().edition("QD-26-2026");
    static final int TEXT = SheetFormRenderer.TEXT_WIDTH - 22;

    static Stream<Integer> sets26() {
        return IntStream.rangeClosed(1, 26).boxed();
    }

    /** An item of the criteria column: its text (first line and continuation lines joined) and its scale. */
    record Item(String text, String scale) {
    }

    /**
     * Reads the items that start with a tick box: before the first table rule the whole line is text; in the table
     * the text column is the first {@value #TEXT} characters of the first line, the scale the next twelve;
     * continuation lines are indented deeper.
     */
    static List<Item> boxes(String text) {
        List<Item> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean table = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            table |= l.startsWith("=====");
            int width = table ? TEXT : Integer.MAX_VALUE;
            int indent = l.length() - l.stripLeading().length();
            if (!l.stripLeading().startsWith("☐")) {
                continue;
            }
            StringBuilder sb = new StringBuilder(l.substring(0, Math.min(width, l.length())).strip());
            String scale = l.length() > width ? l.substring(width, Math.min(width + 12, l.length())).strip() : "";
            for (int j = i + 1; j < lines.length; j++) {
                String n = lines[j];
                int ni = n.length() - n.stripLeading().length();
                if (n.isBlank() || ni <= indent) {
                    break;
                }
                assertThat(n.length()).as("a continuation stays in its column: " + n).isLessThanOrEqualTo(width);
                sb.append(' ').append(n.strip());
            }
            out.add(new Item(sb.toString(), scale));
        }
        return out;
    }

    @ParameterizedTest(name = "set {0}")
    @MethodSource("sets26")
    void everyOptionHasItsBoxPointsAndMarker(int number) {
        EvaluationSheetForm form = EvaluationSheetForm.of(QD26, number);
        String text = SheetFormRenderer.of(Formats.VIETNAMESE_LOCALE).text(form);
        List<Item> expected = new ArrayList<>();
        for (var k : form.knockOuts()) {
            expected.add(new Item("☐ " + k.label() + " (" + k.code() + ")", ""));
        }
        for (FormCriterion fc : form.allCriteria()) {
            Criterion c = fc.criterion();
            for (Option o : fc.options()) {
                String label = c.yesNo() ? (o.code().equals(Criterion.YES) ? "Có" : "Không") : o.code() + ") " + o.label();
                String stars = o.minStars() == null ? "" : " " + "*".repeat(o.minStars().level());
                expected.add(new Item("☐ " + label + stars, Formats.VIETNAMESE.decimal(o.points())));
            }
            for (var k : fc.knockOuts()) {
                expected.add(new Item("☐ Ghi chú (" + k.code() + "): " + k.label(), ""));
            }
        }
        assertThat(boxes(text)).containsExactlyElementsOf(expected);
        for (String line : text.split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(SheetFormRenderer.TEXT_WIDTH);
        }
    }

    @ParameterizedTest(name = "set {0}")
    @MethodSource("sets26")
    void everyCriterionHasItsMaximumAndEveryPartItsSubtotal(int number) {
        EvaluationSheetForm form = EvaluationSheetForm.of(QD26, number);
        List<String> lines = List.of(SheetFormRenderer.of(Formats.VIETNAMESE_LOCALE).text(form).split("\n"));
        for (FormCriterion fc : form.allCriteria()) {
            Criterion c = fc.criterion();
            String max = Formats.VIETNAMESE.decimal(c.max());
            assertThat(lines.stream().filter(l -> l.strip().startsWith(c.code() + ". ")).map(SheetFormRendererTextTest::scale))
                    .as("line of " + c.code()).containsExactly(max);
        }
        for (var p : form.parts()) {
            assertThat(lines.stream().filter(l -> l.startsWith("Cộng phần " + p.code() + " ")).map(SheetFormRendererTextTest::scale))
                    .containsExactly(Formats.VIETNAMESE.decimal(p.max()));
        }
        assertThat(lines.stream().filter(l -> l.startsWith("TỔNG CỘNG ")).map(SheetFormRendererTextTest::scale))
                .containsExactly("100");
    }

    private static String scale(String line) {
        return line.length() <= TEXT ? "" : line.substring(TEXT, Math.min(line.length(), TEXT + 12)).strip();
    }

    @Test
    void headerAndSignatureBlock() {
        SheetHeader h = SheetHeader.blank().withProduct("Cà phê bột Buôn Ma Thuột").withPlace("Đắk Lắk")
                .withDate(LocalDate.of(2026, 6, 5)).withMember("Nguyễn Thị Lan");
        String text = SheetFormRenderer.of(Formats.VIETNAMESE_LOCALE).text(EvaluationSheetForm.of(QD26, 13).withHeader(h));
        List<String> lines = List.of(text.split("\n"));
        assertThat(lines).contains("Tên sản phẩm: Cà phê bột Buôn Ma Thuột", "Ngày đánh giá: 05/06/2026",
                "Mã số sản phẩm: (T)-(X)-(STT)-20……", "Hội đồng: …………………………………………………………………");
        assertThat(lines.stream().map(String::strip)).containsSubsequence("Đắk Lắk, ngày 05 tháng 6 năm 2026",
                "Người đánh giá", "(Ký và ghi rõ họ tên)", "Nguyễn Thị Lan");
        assertThat(lines.stream().map(String::strip)).containsSubsequence("PHIẾU ĐÁNH GIÁ SẢN PHẨM OCOP",
                "Bộ sản phẩm 13: Cà phê, cacao", "(Sản phẩm: Sản phẩm thực phẩm. Nhóm: Cà phê, ca cao)");
        assertThat(text).contains("Ý kiến của người đánh giá:", "Ghi chú: Dấu sao là yêu cầu tối thiểu");
        // the signature block stands in the right half
        String role = lines.stream().filter(l -> l.strip().equals("Người đánh giá")).findFirst().orElseThrow();
        assertThat(role.indexOf('N')).isGreaterThan(SheetFormRenderer.TEXT_WIDTH / 2);
    }

    @Test
    void textInEnglish() {
        String text = SheetFormRenderer.of(Locale.ENGLISH).text(EvaluationSheetForm.of(QD26, 26));
        assertThat(text).contains("OCOP PRODUCT EVALUATION SHEET", "Set 26: ", "Choose one of the following 2 cases:",
                "Subtotal, part A", "TOTAL", "Council member", "(Signature and full name)");
        assertThat(text).doesNotContain("Người đánh giá", "Cộng phần");
    }
}
