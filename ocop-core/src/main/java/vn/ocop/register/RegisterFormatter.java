package vn.ocop.register;

import static vn.ocop.internal.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.format.Formats;
import vn.ocop.format.OfficeCsv;
import vn.ocop.internal.Messages;
import vn.ocop.register.CertificateRegister.Entry;
import vn.ocop.register.CertificateRegister.Group;

/**
 * Writes a {@link CertificateRegister} as text and HTML grouped as offices group it (valid, expiring, inside the
 * re-evaluation window, expired, revoked), and as office-ready CSV ({@link OfficeCsv}, one row per product with its
 * group), in Vietnamese (the default) or English.
 *
 * <p>Immutable and thread-safe.
 */
public final class RegisterFormatter {
    private static final Messages TEXT = Messages.of("register");
    private final Locale locale;
    private final Formats formats;

    private RegisterFormatter(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.formats = Formats.of(locale);
    }

    /**
     * @param locale the reader's locale, not null (Vietnamese unless English)
     * @return a formatter for that language
     */
    public static RegisterFormatter of(Locale locale) {
        return new RegisterFormatter(locale);
    }

    private String t(String key, Object... args) {
        return TEXT.text(locale, key, args);
    }

    private List<String> headers() {
        return List.of(t("column.code"), t("column.product"), t("column.producer"), t("column.stars"),
                t("column.authority"), t("column.decision"), t("column.decided"), t("column.expires"),
                t("column.status"), t("column.days"), t("column.window"));
    }

    private List<Object> row(Entry e) {
        return List.of(e.code(), e.product(), e.producer(), e.stars(), e.authority(), e.decision(), e.decided(),
                e.expires(), e.status(), e.daysToExpiry(), e.inReEvaluationWindow() ? t("yes") : t("no"));
    }

    private List<String> cells(Entry e) {
        List<String> out = new ArrayList<>();
        for (Object o : row(e)) {
            out.add(Messages.format(o, formats));
        }
        return out;
    }

    /**
     * @param r the register, not null
     * @return the register as text: a title line, then each group with its count and one line per product
     */
    public String text(CertificateRegister r) {
        StringBuilder sb = new StringBuilder(t("title", r.on())).append('\n');
        for (Group g : Group.values()) {
            List<Entry> es = r.entries(g);
            sb.append('\n').append(heading(g, r)).append(" (").append(es.size()).append(")\n");
            for (Entry e : es) {
                sb.append("  ").append(String.join(" | ", cells(e))).append('\n');
            }
        }
        return sb.toString();
    }

    private String heading(Group g, CertificateRegister r) {
        return g == Group.EXPIRING ? t("group.EXPIRING.months", r.expiringWithinMonths()) : g.text(locale);
    }

    /**
     * @param r the register, not null
     * @return one self-contained HTML document: a table per group
     */
    public String html(CertificateRegister r) {
        StringBuilder sb = new StringBuilder(8 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(formats.english() ? "en" : "vi")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(t("title", r.on())))
                .append("</title>\n<style>\n@page { size: A4 landscape; margin: 12mm; }\n")
                .append("body { font-family: 'Times New Roman', 'Noto Serif', serif; font-size: 11pt; }\n")
                .append("table { border-collapse: collapse; width: 100%; margin-bottom: 10pt; }\n")
                .append("th, td { border: 0.6pt solid black; padding: 2pt 4pt; } td.num { text-align: right; }\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(t("title", r.on()))).append("</h1>\n");
        for (Group g : Group.values()) {
            List<Entry> es = r.entries(g);
            sb.append("<section class=\"group\" data-group=\"").append(g.name()).append("\">\n<h2>")
                    .append(escape(heading(g, r))).append(" (").append(es.size()).append(")</h2>\n");
            if (es.isEmpty()) {
                sb.append("</section>\n");
                continue;
            }
            sb.append("<table>\n<thead><tr>");
            headers().forEach(h -> sb.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
            sb.append("</tr></thead>\n<tbody>\n");
            for (Entry e : es) {
                sb.append("<tr data-product=\"").append(escape(e.productId())).append("\">");
                List<String> cells = cells(e);
                for (int i = 0; i < cells.size(); i++) {
                    sb.append(i == 9 ? "<td class=\"num\">" : "<td>").append(escape(cells.get(i))).append("</td>");
                }
                sb.append("</tr>\n");
            }
            sb.append("</tbody>\n</table>\n</section>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    /**
     * @param r the register, not null
     * @param csv the CSV writer, not null; its language gives the headers and values
     * @return an office-ready CSV file: one row per product, its group in the last column
     */
    public byte[] csv(CertificateRegister r, OfficeCsv csv) {
        RegisterFormatter f = of(csv.locale());
        List<String> headers = new ArrayList<>(f.headers());
        headers.add(f.t("column.group"));
        List<List<Object>> rows = new ArrayList<>();
        for (Entry e : r.entries()) {
            List<Object> row = new ArrayList<>(f.row(e));
            row.add(e.group());
            rows.add(row);
        }
        return csv.write(headers, rows);
    }

}
