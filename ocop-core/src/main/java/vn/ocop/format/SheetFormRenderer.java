package vn.ocop.format;

import static vn.ocop.internal.Html.escape;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.format.EvaluationSheetForm.FormChoices;
import vn.ocop.format.EvaluationSheetForm.FormCriterion;
import vn.ocop.format.EvaluationSheetForm.FormGroup;
import vn.ocop.format.EvaluationSheetForm.FormPart;
import vn.ocop.internal.Messages;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.CriterionGroup;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.TaxonomyNode;

/**
 * Prints an {@link EvaluationSheetForm} for a council member to fill in and sign: as one self-contained HTML
 * document laid out for A4 paper, or as plain text.
 *
 * <p>Labels are in the renderer's language (Vietnamese unless the locale is English); the rubric's own wording
 * (criteria, options, notes, knock-out conditions) stays Vietnamese, with the rubric's English names of groups,
 * criteria and the set beside it in English.
 *
 * <p>The HTML has an A4 print style sheet (page margins, each part from a new page, the table header repeated
 * on every page, a criterion kept with its options), a font stack of serif fonts covering Vietnamese that a
 * system has installed ("Noto Serif", "Times New Roman", "DejaVu Serif"; nothing is fetched), every text escaped,
 * and a CSS box to tick per option. Its elements carry classes and {@code data-} attributes that name what they
 * show ({@code tr.option[data-criterion="1.1"][data-option="b"]}, {@code td.points}, {@code span.stars}), for
 * styling and for programs that read the page.
 *
 * <pre>{@code
 * EvaluationSheetForm form = EvaluationSheetForm.of(RubricCatalog.bundled().edition("QD-26-2026"), 13);
 * Files.writeString(Path.of("phieu-13.html"), SheetFormRenderer.of(Formats.VIETNAMESE_LOCALE).html(form));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SheetFormRenderer {
    /** Width of the plain text, in characters. */
    public static final int TEXT_WIDTH = 100;
    /** The product code as the law prints it blank. */
    static final String BLANK_CODE = "(T)-(X)-(STT)-20……";
    private static final String DOTS = "…………………………………………………………………";
    private static final String TEXT_BOX = "☐";
    private static final Messages TEXT = Messages.of("forms");

    private final Locale locale;
    private final Formats formats;

    private SheetFormRenderer(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.formats = Formats.of(locale);
    }

    /**
     * @param locale the reader's locale, not null: English labels for an English locale, Vietnamese for every other
     * @return a renderer in that language
     */
    public static SheetFormRenderer of(Locale locale) {
        return new SheetFormRenderer(locale);
    }

    /** @return the locale this renderer writes for */
    public Locale locale() {
        return locale;
    }

    private String t(String key, Object... args) {
        return TEXT.text(locale, key, args);
    }

    // ------------------------------------------------------------------ shared wording

    private String setTitle(EvaluationSheetForm f) {
        String name = f.set().name();
        if (formats.english() && f.set().nameEn() != null) {
            name += " (" + f.set().nameEn() + ")";
        }
        return t("form.set", f.set().number(), name);
    }

    private String taxonomyLine(EvaluationSheetForm f) {
        List<String> parts = new ArrayList<>();
        for (TaxonomyNode n : f.taxonomyPath()) {
            String name = formats.english() && n.nameEn() != null ? n.nameEn() : n.name();
            parts.add(t("form.taxonomy." + n.level().name()) + ": " + name);
        }
        return parts.isEmpty() ? null : "(" + String.join(". ", parts) + ")";
    }

    private String basisLine(EvaluationSheetForm f) {
        return t("form.basis", f.set().citation(), f.edition().citation());
    }

    private String partTitle(FormPart p) {
        String title = t("form.part", p.code());
        if (p.name() != null) {
            title += ": " + p.name().toUpperCase(formats.locale());
        }
        return title + " (" + t("form.points", p.max()) + ")";
    }

    private String groupTitle(CriterionGroup g, boolean upper) {
        String s = g.code() + ". " + (upper ? g.name().toUpperCase(formats.locale()) : g.name());
        if (formats.english() && g.nameEn() != null) {
            s += " (" + g.nameEn() + ")";
        }
        return s;
    }

    private String criterionTitle(Criterion c) {
        String s = c.code() + ". " + c.name();
        if (formats.english() && c.nameEn() != null) {
            s += " (" + c.nameEn() + ")";
        }
        return s;
    }

    private String optionLabel(Criterion c, Option o) {
        if (c.yesNo()) {
            return t(Criterion.YES.equals(o.code()) ? "form.yes" : "form.no");
        }
        return o.code() + ") " + o.label();
    }

    private static String stars(Option o) {
        return o.minStars() == null ? null : "*".repeat(o.minStars().level());
    }

    private String signatureDate(SheetHeader h) {
        String place = h.place() != null ? h.place() : "…………";
        LocalDate d = h.date();
        if (d == null) {
            return t("form.signature.date", place, "……", "……", "……");
        }
        // Vietnamese official style (Nghị định 30/2020/NĐ-CP): a zero before days below 10 and months 1 and 2
        String day = d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : String.valueOf(d.getDayOfMonth());
        String month = d.getMonthValue() < 3 || (formats.english() && d.getMonthValue() < 10)
                ? "0" + d.getMonthValue() : String.valueOf(d.getMonthValue());
        return t("form.signature.date", place, day, month, String.valueOf(d.getYear()));
    }

    private List<String[]> headerFields(EvaluationSheetForm f) {
        SheetHeader h = f.header();
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {t("form.field.council"), h.council()});
        out.add(new String[] {t("form.field.product"), h.product()});
        out.add(new String[] {t("form.field.productCode"), h.productCode() != null ? h.productCode() : BLANK_CODE});
        out.add(new String[] {t("form.field.producer"), h.producer()});
        out.add(new String[] {t("form.field.phone"), h.phone()});
        out.add(new String[] {t("form.field.address"), h.address()});
        out.add(new String[] {t("form.field.date"), h.date() != null ? formats.date(h.date()) : null});
        return out;
    }

    // ------------------------------------------------------------------ HTML

    /**
     * @param form the form, not null
     * @return one self-contained HTML document (UTF-8, no external resources) laid out for A4 paper
     */
    public String html(EvaluationSheetForm form) {
        Objects.requireNonNull(form, "form");
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(formats.english() ? "en" : "vi").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>")
                .append(escape(t("form.htmlTitle", form.set().number(), form.set().name()))).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n");
        htmlHeader(sb, form);
        for (FormPart p : form.parts()) {
            htmlPart(sb, p);
        }
        htmlFooter(sb, form);
        return sb.toString();
    }

    private void htmlHeader(StringBuilder sb, EvaluationSheetForm form) {
        sb.append("<header class=\"sheet-header\">\n");
        sb.append("<h1>").append(escape(t("form.title"))).append("</h1>\n");
        sb.append("<p class=\"basis\">").append(escape(basisLine(form))).append("</p>\n");
        sb.append("<h2 class=\"set\" data-set=\"").append(form.set().number()).append("\">")
                .append(escape(setTitle(form))).append("</h2>\n");
        String tax = taxonomyLine(form);
        if (tax != null) {
            sb.append("<p class=\"taxonomy\">").append(escape(tax)).append("</p>\n");
        }
        sb.append("</header>\n<section class=\"fields\">\n");
        for (String[] field : headerFields(form)) {
            sb.append("<p class=\"field\"><span class=\"field-label\">").append(escape(field[0])).append(":</span> ");
            if (field[1] == null) {
                sb.append("<span class=\"fill\"></span>");
            } else {
                sb.append("<span class=\"value\">").append(escape(field[1])).append("</span>");
            }
            sb.append("</p>\n");
            if (field[0].equals(t("form.field.productCode"))) {
                sb.append("<p class=\"legend\">").append(escape(t("form.field.productCode.legend"))).append("</p>\n");
            }
        }
        sb.append("</section>\n");
        if (!form.knockOuts().isEmpty()) {
            sb.append("<section class=\"knock-outs\">\n<p class=\"knock-outs-title\">").append(escape(t("form.knockOuts")))
                    .append("</p>\n<ul>\n");
            for (KnockOut k : form.knockOuts()) {
                sb.append("<li class=\"knock-out\" data-knock-out=\"").append(escape(k.code())).append("\">")
                        .append(box()).append(" <span class=\"ko-label\">").append(escape(k.label()))
                        .append("</span> <span class=\"code\">(").append(escape(k.code())).append(")</span></li>\n");
            }
            sb.append("</ul>\n</section>\n");
        }
    }

    private void htmlFooter(StringBuilder sb, EvaluationSheetForm form) {
        sb.append("<table class=\"sheet total\">\n").append(COLUMNS)
                .append("<tbody><tr class=\"total\"><td class=\"box\"></td><th scope=\"row\" class=\"text\">")
                .append(escape(t("form.total"))).append("</th><td class=\"max\">").append(escape(formats.decimal(form.total())))
                .append("</td><td class=\"score\"></td></tr></tbody>\n</table>\n");
        sb.append("<footer class=\"sheet-footer\">\n<p class=\"legend stars-legend\">").append(escape(t("form.stars.legend")))
                .append("</p>\n");
        sb.append("<p class=\"legend source\">").append(escape(t("form.source", form.set().citation(),
                form.edition().citation()))).append("</p>\n");
        if (form.unverified()) {
            sb.append("<p class=\"legend unverified\">").append(escape(t("form.unverified"))).append("</p>\n");
        }
        sb.append("<div class=\"closing\">\n<div class=\"comments\"><p>").append(escape(t("form.comments"))).append("</p>\n")
                .append("<p class=\"fill-line\"></p>\n<p class=\"fill-line\"></p>\n<p class=\"fill-line\"></p></div>\n");
        sb.append("<div class=\"signature\">\n<p class=\"date\">").append(escape(signatureDate(form.header())))
                .append("</p>\n<p class=\"role\">").append(escape(t("form.signature.role"))).append("</p>\n")
                .append("<p class=\"sign\">").append(escape(t("form.signature.sign"))).append("</p>\n")
                .append("<p class=\"member\">").append(form.header().member() == null ? "" : escape(form.header().member()))
                .append("</p>\n</div>\n</footer>\n</body>\n</html>\n");
    }

    private String box() {
        return "<span class=\"tick\" role=\"img\" aria-label=\"" + escape(t("form.box")) + "\"></span>";
    }

    private static final String COLUMNS = "<colgroup><col class=\"box\"><col class=\"text\"><col class=\"scale\">"
            + "<col class=\"score\"></colgroup>\n";

    private void htmlPart(StringBuilder sb, FormPart p) {
        sb.append("<section class=\"part\" data-part=\"").append(escape(p.code())).append("\">\n<table class=\"sheet\">\n")
                .append(COLUMNS).append("<thead><tr><th class=\"box\"></th><th class=\"text\">")
                .append(escape(t("form.column.criteria"))).append("</th><th class=\"scale\">")
                .append(escape(t("form.column.scale"))).append("</th><th class=\"score\">")
                .append(escape(t("form.column.score"))).append("</th></tr></thead>\n");
        sb.append("<tbody class=\"part-head\"><tr class=\"part\" data-part=\"").append(escape(p.code()))
                .append("\"><td class=\"box\"></td><th scope=\"row\" class=\"text\">").append(escape(partTitle(p)))
                .append("</th><td class=\"max\">").append(escape(formats.decimal(p.max())))
                .append("</td><td class=\"score\"></td></tr></tbody>\n");
        for (FormGroup g : p.groups()) {
            CriterionGroup cg = g.group();
            boolean single = g.criteria().size() == 1 && g.criteria().get(0).criterion().code().equals(cg.code());
            if (!single) {
                sb.append("<tbody class=\"group-head\"><tr class=\"group\" data-group=\"").append(escape(cg.code()))
                        .append("\"><td class=\"box\"></td><th scope=\"row\" class=\"text\"><span class=\"title\">")
                        .append(escape(groupTitle(cg, false))).append("</span></th><td class=\"max\">")
                        .append(escape(formats.decimal(cg.max()))).append("</td><td class=\"score\"></td></tr></tbody>\n");
            }
            for (FormCriterion c : g.criteria()) {
                htmlCriterion(sb, c, single ? cg : null);
            }
        }
        sb.append("<tbody class=\"subtotal\"><tr class=\"subtotal\" data-part=\"").append(escape(p.code()))
                .append("\"><td class=\"box\"></td><th scope=\"row\" class=\"text\">")
                .append(escape(t("form.subtotal", p.code()))).append("</th><td class=\"max\">")
                .append(escape(formats.decimal(p.max()))).append("</td><td class=\"score\"></td></tr></tbody>\n")
                .append("</table>\n</section>\n");
    }

    /**
     * @param asGroup the group when the criterion stands for its whole group ("7. TÍNH ĐỘC ĐÁO"), else null
     */
    private void htmlCriterion(StringBuilder sb, FormCriterion fc, CriterionGroup asGroup) {
        Criterion c = fc.criterion();
        String code = escape(c.code());
        sb.append("<tbody class=\"criterion depth-").append(fc.depth()).append("\" data-criterion=\"").append(code)
                .append("\">\n<tr class=\"criterion").append(asGroup != null ? " group" : "")
                .append("\" data-criterion=\"").append(code).append("\"><td class=\"box\"></td><th scope=\"row\" class=\"text\">")
                .append("<span class=\"title\">").append(escape(asGroup != null ? groupTitle(asGroup, false) : criterionTitle(c)))
                .append("</span>");
        if (c.requirement() != null) {
            sb.append("<div class=\"requirement\"><span class=\"label\">").append(escape(t("form.requirement")))
                    .append(":</span> ").append(escape(c.requirement())).append("</div>");
        }
        for (String note : c.notes()) {
            sb.append("<div class=\"note\"><span class=\"label\">").append(escape(t("form.note"))).append(":</span> ")
                    .append(escape(note)).append("</div>");
        }
        if (c.onlyIf() != null) {
            sb.append("<div class=\"only-if\">").append(escape(t("form.onlyIf", c.onlyIf().label()))).append("</div>");
        }
        sb.append("</th><td class=\"max\">").append(escape(formats.decimal(c.max()))).append("</td><td class=\"score")
                .append(fc.choices().isEmpty() ? " compound" : "").append("\"></td></tr>\n");
        if (fc.choices().size() > 1 || (fc.choices().size() == 1 && fc.choices().get(0).caseSpec() != null)) {
            sb.append("<tr class=\"cases\"><td class=\"box\"></td><td class=\"text\" colspan=\"3\">")
                    .append(escape(t("form.cases", fc.choices().size()))).append("</td></tr>\n");
        }
        for (FormChoices ch : fc.choices()) {
            if (ch.caseSpec() != null) {
                sb.append("<tr class=\"case\" data-case=\"").append(escape(ch.caseSpec().code()))
                        .append("\"><td class=\"box\"></td><td class=\"text\" colspan=\"3\">")
                        .append(escape(ch.caseSpec().code() + ": " + ch.caseSpec().label())).append("</td></tr>\n");
            }
            for (Option o : ch.options()) {
                sb.append("<tr class=\"option\" data-criterion=\"").append(code).append("\" data-option=\"")
                        .append(escape(o.code())).append('"');
                if (o.caseCode() != null) {
                    sb.append(" data-case=\"").append(escape(o.caseCode())).append('"');
                }
                sb.append("><td class=\"box\">").append(box()).append("</td><td class=\"text\"><span class=\"label\">")
                        .append(escape(optionLabel(c, o))).append("</span>");
                String stars = stars(o);
                if (stars != null) {
                    sb.append(" <span class=\"stars\" data-stars=\"").append(o.minStars().level())
                            .append("\" title=\"").append(escape(t("form.stars.title", o.minStars().level())))
                            .append("\">").append(stars).append("</span>");
                }
                sb.append("</td><td class=\"points\">").append(escape(formats.decimal(o.points())))
                        .append("</td><td class=\"blank\"></td></tr>\n");
            }
        }
        for (KnockOut k : fc.knockOuts()) {
            sb.append("<tr class=\"knock-out\" data-knock-out=\"").append(escape(k.code())).append("\"><td class=\"box\">")
                    .append(box()).append("</td><td class=\"text\" colspan=\"3\"><span class=\"label\">")
                    .append(escape(t("form.knockOut", k.code()))).append(":</span> ").append(escape(k.label()))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody>\n");
        for (FormCriterion s : fc.subCriteria()) {
            htmlCriterion(sb, s, null);
        }
    }


    private static final String CSS = String.join("\n",
            "@page { size: A4; margin: 14mm 14mm 16mm 20mm; }",
            "html { font-family: \"Noto Serif\", \"Times New Roman\", \"DejaVu Serif\", \"Liberation Serif\", serif;",
            "  font-size: 10.5pt; line-height: 1.25; color: black; background: white; }",
            "body { margin: 0; }",
            "h1 { font-size: 15pt; text-align: center; margin: 0 0 2pt; }",
            "h2.set { font-size: 13pt; text-align: center; margin: 4pt 0 0; }",
            ".basis, .taxonomy { text-align: center; font-style: italic; margin: 0; }",
            ".fields { margin: 8pt 0; }",
            ".field { margin: 3pt 0; display: flex; align-items: baseline; }",
            ".field-label { white-space: nowrap; margin-right: 4pt; }",
            ".fill { flex: 1; border-bottom: 1px dotted black; min-height: 1em; }",
            ".legend { font-size: 9.5pt; font-style: italic; margin: 1pt 0 3pt; }",
            ".knock-outs { margin: 6pt 0 8pt; }",
            ".knock-outs-title { font-weight: bold; margin: 0 0 2pt; }",
            ".knock-outs ul { list-style: none; margin: 0; padding: 0; }",
            ".knock-outs li { margin: 2pt 0; padding-left: 6mm; text-indent: -6mm; }",
            ".tick { display: inline-block; width: 3.4mm; height: 3.4mm; border: 0.9pt solid black;",
            "  box-sizing: border-box; vertical-align: -0.6mm; text-indent: 0; }",
            "section.part + section.part { break-before: page; }",
            // the outer half of a collapsed border lies outside the table: keep it inside the printable area
            "table.sheet { width: calc(100% - 1pt); border-collapse: collapse; table-layout: fixed; margin: 0 0 6pt; }",
            "table.sheet col.box { width: 7mm; }",
            "table.sheet col.scale, table.sheet col.score { width: 17mm; }",
            "thead { display: table-header-group; }",
            "th, td { border: 0.6pt solid black; padding: 1.5pt 4pt; vertical-align: top; text-align: left; }",
            "thead th { text-align: center; background: #eee; }",
            "tbody th { font-weight: normal; }",
            "td.box { text-align: center; padding: 2.5pt 0 0; }",
            "td.max, td.points { text-align: center; }",
            "td.blank { background: #f4f4f4; }",
            "tr { break-inside: avoid; }",
            "tbody.criterion, tbody.group-head, tbody.part-head { break-inside: avoid; }",
            "tbody.part-head, tbody.group-head { break-after: avoid; }",
            "tr.part th, tr.part td { font-weight: bold; background: #e6e6e6; }",
            "tr.group th, tr.group td { font-weight: bold; }",
            "tr.group .title { text-transform: uppercase; }",
            "tr.criterion th, tr.criterion td.max { font-weight: bold; }",
            "tbody.depth-1 tr.criterion th { padding-left: 10pt; font-style: italic; }",
            "tbody.depth-1 tr.option td.text { padding-left: 14pt; }",
            "tr.subtotal th, tr.subtotal td, tr.total th, tr.total td { font-weight: bold; }",
            "tr.total th, tr.total td { font-size: 12pt; }",
            "tr.cases td, tr.case td { font-style: italic; }",
            "tr.knock-out td.text { font-style: italic; }",
            ".requirement, .note, .only-if { font-weight: normal; font-size: 10pt; font-style: italic; margin-top: 1pt; }",
            ".stars { font-weight: bold; white-space: nowrap; }",
            ".code { font-size: 9pt; color: rgb(51, 51, 51); }",
            ".sheet-footer { margin-top: 6pt; break-before: avoid; }",
            ".closing { break-inside: avoid; }",
            ".comments p { margin: 3pt 0; }",
            ".fill-line { border-bottom: 1px dotted black; height: 1.2em; }",
            ".signature { width: 50%; margin-left: 50%; text-align: center; break-inside: avoid; margin-top: 8pt; }",
            ".signature p { margin: 2pt 0; }",
            ".signature .date { font-style: italic; }",
            ".signature .role { font-weight: bold; }",
            ".signature .sign { font-style: italic; }",
            ".signature .member { margin-top: 22mm; font-weight: bold; min-height: 1.3em; }",
            "@media screen { body { max-width: 176mm; margin: 0 auto; padding: 12mm 0; } }",
            "");

    // ------------------------------------------------------------------ plain text

    /**
     * @param form the form, not null
     * @return the same content as plain text, {@value #TEXT_WIDTH} characters wide, lines ended by {@code \n}
     */
    public String text(EvaluationSheetForm form) {
        Objects.requireNonNull(form, "form");
        SheetTextOut out = new SheetTextOut();
        textHeader(out, form);
        String rule = "=".repeat(TEXT_WIDTH);
        for (FormPart p : form.parts()) {
            textPart(out, p, rule);
        }
        out.line(rule);
        out.row(t("form.total"), formats.decimal(form.total()), DOTS.substring(0, 8));
        out.line(rule);
        textFooter(out, form);
        return out.toString();
    }

    private void textHeader(SheetTextOut out, EvaluationSheetForm form) {
        out.centered(t("form.title"));
        out.centered(basisLine(form));
        out.centered(setTitle(form));
        String tax = taxonomyLine(form);
        if (tax != null) {
            out.centered(tax);
        }
        out.blank();
        for (String[] field : headerFields(form)) {
            out.wrapped(field[0] + ": " + (field[1] == null ? DOTS : field[1]), "", "  ");
            if (field[0].equals(t("form.field.productCode"))) {
                out.wrapped(t("form.field.productCode.legend"), "  ", "  ");
            }
        }
        if (!form.knockOuts().isEmpty()) {
            out.blank();
            out.wrapped(t("form.knockOuts"), "", "");
            for (KnockOut k : form.knockOuts()) {
                out.wrapped(TEXT_BOX + " " + k.label() + " (" + k.code() + ")", "  ", "    ");
            }
        }
    }

    private void textPart(SheetTextOut out, FormPart p, String rule) {
        out.blank();
        out.line(rule);
        out.row(t("form.column.criteria"), t("form.column.scale"), t("form.column.score"));
        out.line(rule);
        out.row(partTitle(p), formats.decimal(p.max()), "");
        for (FormGroup g : p.groups()) {
            CriterionGroup cg = g.group();
            boolean single = g.criteria().size() == 1 && g.criteria().get(0).criterion().code().equals(cg.code());
            if (!single) {
                out.line("-".repeat(TEXT_WIDTH));
                out.row(groupTitle(cg, true), formats.decimal(cg.max()), "");
            }
            for (FormCriterion c : g.criteria()) {
                textCriterion(out, c, single ? cg : null);
            }
        }
        out.line("-".repeat(TEXT_WIDTH));
        out.row(t("form.subtotal", p.code()), formats.decimal(p.max()), DOTS.substring(0, 8));
    }

    private void textFooter(SheetTextOut out, EvaluationSheetForm form) {
        out.blank();
        out.wrapped(t("form.stars.legend"), "", "");
        out.wrapped(t("form.source", form.set().citation(), form.edition().citation()), "", "");
        if (form.unverified()) {
            out.wrapped(t("form.unverified"), "", "");
        }
        out.blank();
        out.line(t("form.comments"));
        for (int i = 0; i < 3; i++) {
            out.line(DOTS + DOTS.substring(0, 20));
        }
        out.blank();
        int indent = TEXT_WIDTH / 2;
        out.signature(signatureDate(form.header()), indent);
        out.signature(t("form.signature.role"), indent);
        out.signature(t("form.signature.sign"), indent);
        out.blank();
        out.blank();
        out.blank();
        out.signature(form.header().member() != null ? form.header().member() : "", indent);
    }

    private void textCriterion(SheetTextOut out, FormCriterion fc, CriterionGroup asGroup) {
        Criterion c = fc.criterion();
        String pad = "  ".repeat(fc.depth());
        if (asGroup != null) {
            out.line("-".repeat(TEXT_WIDTH));
        }
        out.row(pad + (asGroup != null ? groupTitle(asGroup, true) : criterionTitle(c)), formats.decimal(c.max()),
                fc.choices().isEmpty() ? "" : DOTS.substring(0, 8));
        String sub = pad + "    ";
        if (c.requirement() != null) {
            out.row(sub + t("form.requirement") + ": " + c.requirement(), "", "", sub + "  ");
        }
        for (String note : c.notes()) {
            out.row(sub + t("form.note") + ": " + note, "", "", sub + "  ");
        }
        if (c.onlyIf() != null) {
            out.row(sub + t("form.onlyIf", c.onlyIf().label()), "", "", sub + "  ");
        }
        if (fc.choices().size() > 1 || (fc.choices().size() == 1 && fc.choices().get(0).caseSpec() != null)) {
            out.row(sub + t("form.cases", fc.choices().size()), "", "", sub);
        }
        for (FormChoices ch : fc.choices()) {
            String optPad = sub;
            if (ch.caseSpec() != null) {
                out.row(sub + ch.caseSpec().code() + ": " + ch.caseSpec().label(), "", "", sub + "  ");
                optPad = sub + "  ";
            }
            for (Option o : ch.options()) {
                String stars = stars(o);
                out.row(optPad + TEXT_BOX + " " + optionLabel(c, o) + (stars != null ? " " + stars : ""),
                        formats.decimal(o.points()), "", optPad + "    ");
            }
        }
        for (KnockOut k : fc.knockOuts()) {
            out.row(sub + TEXT_BOX + " " + t("form.knockOut", k.code()) + ": " + k.label(), "", "", sub + "    ");
        }
        for (FormCriterion s : fc.subCriteria()) {
            textCriterion(out, s, null);
        }
    }
}
