package vn.ocop.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.format.EvaluationSheetForm.FormCriterion;
import vn.ocop.format.EvaluationSheetForm.FormPart;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.RubricSet;

/**
 * Structure of the printable evaluation sheet (Annex II of Decision 26/2026/QĐ-TTg, "kiêm phiếu đánh giá"), read
 * back with jsoup.
 */
class SheetFormRendererHtmlTest {
    static final Edition QD26 = RubricCatalog.bundled().edition("QD-26-2026");
    static final SheetFormRenderer VI = SheetFormRenderer.of(Formats.VIETNAMESE_LOCALE);
    static final SheetFormRenderer EN = SheetFormRenderer.of(Locale.ENGLISH);

    static Stream<Integer> sets26() {
        return IntStream.rangeClosed(1, 26).boxed();
    }

    static Document render(Edition e, int set) {
        return Jsoup.parse(VI.html(EvaluationSheetForm.of(e, set)));
    }

    /** Every criterion and option of each of the 26 sets appears on its sheet with its points and star marker. */
    @ParameterizedTest(name = "set {0}")
    @MethodSource("sets26")
    void everyCriterionAndOptionAppearsWithPointsAndMarkers(int number) {
        RubricSet set = QD26.set(number);
        EvaluationSheetForm form = EvaluationSheetForm.of(QD26, set);
        Document doc = render(QD26, number);
        int options = 0;
        for (FormCriterion fc : form.allCriteria()) {
            Criterion c = fc.criterion();
            Elements rows = doc.select("tr.criterion[data-criterion=\"" + c.code() + "\"]");
            assertThat(rows).as("row of criterion " + c.code()).hasSize(1);
            Element row = rows.first();
            assertThat(row.selectFirst("td.max").text()).as("maximum of " + c.code())
                    .isEqualTo(Formats.VIETNAMESE.decimal(c.max()));
            assertThat(row.selectFirst("th").text()).as("title of " + c.code())
                    .contains(c.name().equals(groupName(set, c)) ? c.code() + "." : c.code() + ". " + c.name());
            for (Option o : c.answerOptions()) {
                options++;
                Elements opt = doc.select("tr.option[data-criterion=\"" + c.code() + "\"][data-option=\"" + o.code()
                        + "\"]");
                assertThat(opt).as(c.code() + " " + o.code()).hasSize(1);
                Element r = opt.first();
                assertThat(r.selectFirst("td.points").text()).as("points of " + c.code() + " " + o.code())
                        .isEqualTo(Formats.VIETNAMESE.decimal(o.points()));
                assertThat(r.select("td.box span.tick")).as("tick box of " + c.code() + " " + o.code()).hasSize(1);
                String label = r.selectFirst("span.label").text();
                assertThat(label).isEqualTo(c.yesNo() ? (o.code().equals(Criterion.YES) ? "Có" : "Không")
                        : o.code() + ") " + o.label());
                Elements stars = r.select("span.stars");
                if (o.minStars() == null) {
                    assertThat(stars).as("no marker on " + c.code() + " " + o.code()).isEmpty();
                } else {
                    assertThat(stars).hasSize(1);
                    assertThat(stars.text()).isEqualTo("*".repeat(o.minStars().level()));
                    assertThat(stars.attr("data-stars")).isEqualTo(String.valueOf(o.minStars().level()));
                }
                assertThat(r.attr("data-case")).isEqualTo(o.caseCode() == null ? "" : o.caseCode());
            }
            if (c.onlyIf() != null) {
                assertThat(row.selectFirst(".only-if").text()).isEqualTo(c.onlyIf().label());
            }
            if (c.requirement() != null) {
                assertThat(row.selectFirst(".requirement").text()).isEqualTo("Yêu cầu: " + c.requirement());
            }
            assertThat(row.select(".note").eachText()).containsExactlyElementsOf(
                    c.notes().stream().map(n -> "Ghi chú: " + n).toList());
            for (var cs : c.cases()) {
                assertThat(doc.select("tbody[data-criterion=\"" + c.code() + "\"] tr.case[data-case=\"" + cs.code()
                        + "\"]").text()).isEqualTo(cs.code() + ": " + cs.label());
            }
        }
        assertThat(doc.select("tr.option")).as("no option beyond the rubric's").hasSize(options);
        for (KnockOut k : set.knockOuts()) {
            Elements ko = doc.select("[data-knock-out=\"" + k.code() + "\"]");
            assertThat(ko).as(k.code()).hasSize(1);
            assertThat(ko.text()).contains(k.label());
            assertThat(ko.select("span.tick")).hasSize(1);
        }
        assertThat(doc.select("[data-knock-out]")).hasSize(set.knockOuts().size());
    }

    private static String groupName(RubricSet set, Criterion c) {
        return set.parts().stream().flatMap(p -> p.groups().stream()).filter(g -> g.code().equals(c.code()))
                .map(g -> g.name()).findFirst().orElse(null);
    }

    /** Values read off the law's Annex II, section 13 (Cà phê, ca cao), by hand. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "1.1, b, 2, ***",
        "1.5, c, 2, ****",
        "1.5, d, 3, *****",
        "1.6, a, 1, ****",
        "4.1, d, 5, *****",
        "5.1, e, 5, ****",
        "7, d, 5, *****",
        "8, a, 2, ***",
        "9, b, 3, ****",
        "6.2.2, c, 3, ''",
    })
    void set13MatchesTheLawsText(String criterion, String option, String points, String stars) {
        Element r = render(QD26, 13).selectFirst("tr.option[data-criterion=\"" + criterion + "\"][data-option=\""
                + option + "\"]");
        assertThat(r.selectFirst("td.points").text()).isEqualTo(points);
        assertThat(r.select("span.stars").text()).isEqualTo(stars);
    }

    @Test
    void partsHaveTheirSubtotalLinesAndTheSheetItsTotal() {
        Document doc = render(QD26, 13);
        assertThat(doc.select("section.part")).extracting(e -> e.attr("data-part")).containsExactly("A", "B", "C");
        assertThat(doc.select("tr.part th")).extracting(Element::text).containsExactly(
                "Phần A: SẢN PHẨM VÀ SỨC MẠNH CỘNG ĐỒNG (40 điểm)", "Phần B: KHẢ NĂNG TIẾP THỊ (25 điểm)",
                "Phần C: CHẤT LƯỢNG SẢN PHẨM (35 điểm)");
        assertThat(doc.select("tr.subtotal")).extracting(e -> e.selectFirst("th").text() + " | "
                + e.selectFirst("td.max").text() + " | " + e.selectFirst("td.score").text())
                .containsExactly("Cộng phần A | 40 | ", "Cộng phần B | 25 | ", "Cộng phần C | 35 | ");
        assertThat(doc.select("tr.total th").text()).isEqualTo("TỔNG CỘNG");
        assertThat(doc.select("tr.total td.max").text()).isEqualTo("100");
        // each part is a table of its own whose header the browser repeats on every printed page
        for (Element part : doc.select("section.part")) {
            assertThat(part.select("table > thead th")).extracting(Element::text)
                    .containsExactly("", "Các tiêu chí", "Thang điểm", "Điểm đạt");
        }
        assertThat(doc.select("tr.group")).extracting(e -> e.attr("data-group") + " " + e.selectFirst("td.max").text())
                .contains("1 18", "2 10", "3 12", "4 13", "5 12", "6 15");
    }

    @Test
    void blankHeaderFieldsAreLinesToFillAndTheSignatureBlockFollowsTheLaw() {
        Document doc = render(QD26, 13);
        assertThat(doc.select(".fields .field .field-label")).extracting(Element::text).containsExactly(
                "Hội đồng:", "Tên sản phẩm:", "Mã số sản phẩm:", "Tên chủ thể sản xuất:", "Số điện thoại:",
                "Địa chỉ:", "Ngày đánh giá:");
        assertThat(doc.select(".fields .fill")).hasSize(6);
        assertThat(doc.select(".fields .value").text()).isEqualTo("(T)-(X)-(STT)-20……");
        assertThat(doc.select(".signature .date").text()).isEqualTo("…………, ngày …… tháng …… năm ……");
        assertThat(doc.select(".signature .role").text()).isEqualTo("Người đánh giá");
        assertThat(doc.select(".signature .sign").text()).isEqualTo("(Ký và ghi rõ họ tên)");
        assertThat(doc.select(".comments p").first().text()).isEqualTo("Ý kiến của người đánh giá:");
        assertThat(doc.select(".stars-legend").text()).contains("*** - 3 sao; **** - 4 sao; ***** - 5 sao");
        assertThat(doc.select(".knock-outs-title").text()).startsWith("Hồ sơ bị loại");
        assertThat(doc.select("h1").text()).isEqualTo("PHIẾU ĐÁNH GIÁ SẢN PHẨM OCOP");
        assertThat(doc.select("h2.set").text()).isEqualTo("Bộ sản phẩm 13: Cà phê, cacao");
        assertThat(doc.select(".taxonomy").text()).isEqualTo("(Sản phẩm: Sản phẩm thực phẩm. Nhóm: Cà phê, ca cao)");
        assertThat(doc.select(".basis").text()).contains("Phụ lục II, mục 13", "Quyết định số 26/2026/QĐ-TTg");
        assertThat(doc.select(".unverified")).isEmpty();
    }

    @Test
    void givenHeaderFieldsArePrintedAndEscaped() {
        SheetHeader h = SheetHeader.blank().withCouncil("Hội đồng <b>OCOP</b> tỉnh Đắk Lắk")
                .withProduct("Cà phê \"Buôn Ma Thuột\" & ca cao").withProductCode("66-24193-05-2026")
                .withProducer("HTX <script>alert(1)</script>").withPhone("0262 3 812 345")
                .withAddress("Xã Ea Tu, tỉnh Đắk Lắk").withPlace("Đắk Lắk").withDate(LocalDate.of(2026, 2, 5))
                .withMember("Nguyễn Thị Lan");
        String html = VI.html(EvaluationSheetForm.of(QD26, 13).withHeader(h));
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select(".fields b")).isEmpty();
        assertThat(html).contains("HTX &lt;script&gt;alert(1)&lt;/script&gt;", "Cà phê &quot;Buôn Ma Thuột&quot; &amp; ca cao");
        assertThat(doc.select(".fields .value")).extracting(Element::text).containsExactly(
                "Hội đồng <b>OCOP</b> tỉnh Đắk Lắk", "Cà phê \"Buôn Ma Thuột\" & ca cao", "66-24193-05-2026", "HTX <script>alert(1)</script>",
                "0262 3 812 345", "Xã Ea Tu, tỉnh Đắk Lắk", "05/02/2026");
        assertThat(doc.select(".fields .fill")).isEmpty();
        // Nghị định 30/2020/NĐ-CP: a zero before a day below 10 and before months 1 and 2
        assertThat(doc.select(".signature .date").text()).isEqualTo("Đắk Lắk, ngày 05 tháng 02 năm 2026");
        assertThat(doc.select(".signature .member").text()).isEqualTo("Nguyễn Thị Lan");
        SheetHeader october = h.withDate(LocalDate.of(2026, 10, 15));
        assertThat(Jsoup.parse(VI.html(EvaluationSheetForm.of(QD26, 13).withHeader(october)))
                .select(".signature .date").text()).isEqualTo("Đắk Lắk, ngày 15 tháng 10 năm 2026");
    }

    @Test
    void theDocumentIsSelfContainedAndLaidOutForA4() {
        String html = VI.html(EvaluationSheetForm.of(QD26, 13));
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("html").attr("lang")).isEqualTo("vi");
        assertThat(doc.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(doc.select("link, script, img, iframe, object")).isEmpty();
        String css = doc.select("style").html();
        assertThat(css).contains("@page { size: A4;", "break-before: page", "display: table-header-group",
                "\"Noto Serif\", \"Times New Roman\", \"DejaVu Serif\"");
        assertThat(css).doesNotContain("url(", "@import", "http");
        assertThat(doc.title()).isEqualTo("Phiếu đánh giá sản phẩm OCOP – Bộ sản phẩm 13: Cà phê, cacao");
    }

    @Test
    void englishLabelsKeepTheRubricsVietnameseWordingWithItsEnglishNames() {
        Document doc = Jsoup.parse(EN.html(EvaluationSheetForm.of(QD26, 13)));
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("h1").text()).isEqualTo("OCOP PRODUCT EVALUATION SHEET");
        assertThat(doc.select("h2.set").text()).isEqualTo("Set 13: Cà phê, cacao (Coffee and cocoa)");
        assertThat(doc.select("tr.criterion[data-criterion=\"1.1\"] th").text())
                .isEqualTo("1.1. Nguồn nguyên liệu (Raw material source)");
        assertThat(doc.select("tr.option[data-criterion=\"2.4\"] span.label")).extracting(Element::text)
                .containsExactly("No", "Yes");
        assertThat(doc.select("tr.option[data-criterion=\"1.1\"][data-option=\"a\"] span.label").text())
                .isEqualTo("a) Nguyên liệu có nguồn gốc trong tỉnh dưới 50%");
        assertThat(doc.select("tr.subtotal th")).extracting(Element::text)
                .containsExactly("Subtotal, part A", "Subtotal, part B", "Subtotal, part C");
        assertThat(doc.select(".signature .role").text()).isEqualTo("Council member");
        assertThat(doc.select(".signature .sign").text()).isEqualTo("(Signature and full name)");
        assertThat(doc.select("tr.criterion[data-criterion=\"5.2\"] .only-if").text())
                .isEqualTo("Applies only if: Chỉ áp dụng khi có câu chuyện sản phẩm");
        SheetHeader dated = SheetHeader.blank().withPlace("Đắk Lắk").withDate(LocalDate.of(2026, 6, 5));
        Document d2 = Jsoup.parse(EN.html(EvaluationSheetForm.of(QD26, 13).withHeader(dated)));
        assertThat(d2.select(".signature .date").text()).isEqualTo("Đắk Lắk, 2026-06-05");
        assertThat(d2.select(".fields .value").eachText()).contains("2026-06-05");
    }

    @Test
    void tourismCasesAreAnnouncedBeforeTheirOptions() {
        Document doc = render(QD26, 26);
        Element body = doc.selectFirst("tbody[data-criterion=\"8\"]");
        assertThat(body.select("tr")).extracting(e -> e.className() + ":" + e.attr("data-case") + ":"
                + e.attr("data-option")).containsExactly("criterion group::", "cases::", "case:TH1:", "option:TH1:a",
                "option:TH1:b", "case:TH2:", "option:TH2:c", "option:TH2:d");
        assertThat(body.selectFirst("tr.cases").text()).isEqualTo("Lựa chọn một trong 2 trường hợp sau:");
    }

    @Test
    void subCriteriaFollowTheirParentIndented() {
        Document doc = render(QD26, 13);
        assertThat(doc.select("tbody.criterion")).extracting(e -> e.attr("data-criterion"))
                .containsSubsequence("6.1", "6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.1.5", "6.2", "6.2.1", "6.2.2");
        assertThat(doc.select("tbody.depth-1")).extracting(e -> e.attr("data-criterion"))
                .containsExactly("6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.1.5", "6.2.1", "6.2.2");
        assertThat(doc.select("tr.criterion[data-criterion=\"6.1\"] td.score").hasClass("compound")).isTrue();
        assertThat(doc.select("tr.option[data-criterion=\"6.1\"]")).isEmpty();
    }

    @Test
    void decision148SetsRenderToo() {
        Edition qd148 = RubricCatalog.bundled().edition("QD-148-2023");
        for (RubricSet s : qd148.sets()) {
            EvaluationSheetForm form = EvaluationSheetForm.of(qd148, s);
            Document doc = Jsoup.parse(VI.html(form));
            int options = form.allCriteria().stream().mapToInt(c -> c.criterion().answerOptions().size()).sum();
            assertThat(doc.select("tr.option")).as(s.toString()).hasSize(options);
            assertThat(doc.select(".unverified")).as(s.toString()).hasSize(form.unverified() ? 1 : 0);
            assertThat(doc.select("tr.total td.max").text()).isEqualTo("100");
        }
    }

    @Test
    void partNamesComeFromTheEdition() {
        List<FormPart> parts = EvaluationSheetForm.of(QD26, 1).parts();
        assertThat(parts).extracting(FormPart::name).containsExactly("Sản phẩm và sức mạnh cộng đồng",
                "Khả năng tiếp thị", "Chất lượng sản phẩm");
    }
}
