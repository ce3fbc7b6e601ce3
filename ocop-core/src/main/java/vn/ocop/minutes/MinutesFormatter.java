package vn.ocop.minutes;

import static vn.ocop.internal.Html.escape;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.OcopJson;
import vn.ocop.format.Formats;
import vn.ocop.format.OfficeCsv;
import vn.ocop.internal.Messages;
import vn.ocop.minutes.CouncilMinutes.MemberScores;
import vn.ocop.minutes.CouncilMinutes.MissedMinimum;
import vn.ocop.minutes.CouncilMinutes.Section;
import vn.ocop.minutes.CouncilMinutes.Slot;
import vn.ocop.product.Routing;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.StarBand;
import vn.ocop.scoring.Attendance;
import vn.ocop.scoring.Classification;
import vn.ocop.scoring.FailedMinimum;
import vn.ocop.scoring.KnockOutFinding;
import vn.ocop.scoring.KnockOutOutcome;
import vn.ocop.scoring.MemberTotal;
import vn.ocop.scoring.PolicyAlternative;

/**
 * Writes a council's minutes as printable HTML (one self-contained A4 document with print CSS), plain text, JSON
 * (values in the reader's language beside their codes) and an office-ready CSV of the members' scores
 * ({@link OfficeCsv}), in Vietnamese (the default) or English.
 *
 * <pre>{@code
 * CouncilMinutes m = CouncilMinutes.of(evaluator.evaluate(council), new CouncilMinutes.Heading(
 *         "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Trà Vinh", "Rau má", null, "HTX Rau sạch", "Trà Vinh",
 *         LocalDate.of(2026, 11, 23)));
 * Files.writeString(Path.of("bien-ban.html"), MinutesFormatter.of(Locale.forLanguageTag("vi")).html(m));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MinutesFormatter {
    private static final Messages TEXT = Messages.of("minutes");
    private static final String CSS = String.join("\n",
            "@page { size: A4; margin: 18mm 16mm 18mm 20mm; }",
            "body { font-family: 'Times New Roman', 'Noto Serif', 'DejaVu Serif', serif; font-size: 12pt;"
                    + " line-height: 1.3; color: black; margin: 0; }",
            ".nation { text-align: center; font-weight: bold; margin: 0; }",
            ".motto { text-align: center; font-weight: bold; margin: 0 0 14pt; text-decoration: underline; }",
            "h1 { text-align: center; font-size: 14pt; margin: 10pt 0 4pt; }",
            ".basis { text-align: center; font-style: italic; margin: 0 0 10pt; }",
            ".field { margin: 2pt 0; } .field-label { font-weight: bold; }",
            "h2 { font-size: 12pt; margin: 9pt 0 3pt; page-break-after: avoid; }",
            "table.scores { border-collapse: collapse; width: 100%; page-break-inside: avoid; }",
            "table.scores th, table.scores td { border: 0.6pt solid black; padding: 2pt 5pt; }",
            "table.scores td.num { text-align: right; font-variant-numeric: tabular-nums; }",
            "table.scores tbody th { text-align: left; font-weight: normal; }",
            "table.scores tr.mean th, table.scores tr.mean td { font-weight: bold; }",
            "ul { margin: 2pt 0 2pt 14pt; padding: 0; }",
            "section { page-break-inside: avoid; break-inside: avoid; }",
            ".closing { page-break-inside: avoid; } .conclusion { font-weight: bold; margin-top: 8pt; }",
            ".signatures { display: flex; justify-content: space-around; margin-top: 12pt; }",
            ".signature { text-align: center; width: 45%; } .signature .role { font-weight: bold; margin: 0; }",
            ".signature .sign { font-style: italic; margin: 0 0 40pt; }",
            "@media screen { body { max-width: 180mm; margin: 10mm auto; } }", "");
    private final Locale locale;
    private final Formats formats;

    private MinutesFormatter(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.formats = Formats.of(locale);
    }

    /**
     * @param locale the reader's locale, not null (Vietnamese unless English)
     * @return a formatter for that language
     */
    public static MinutesFormatter of(Locale locale) {
        return new MinutesFormatter(locale);
    }

    private String t(String key, Object... args) {
        return TEXT.text(locale, key, args);
    }

    // ------------------------------------------------------------------ content shared by every form

    private List<String[]> fields(CouncilMinutes m) {
        CouncilMinutes.Heading h = m.heading();
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {t("field.council"), h.council()});
        out.add(new String[] {t("field.product"), h.product()});
        out.add(new String[] {t("field.productCode"), h.productCode()});
        out.add(new String[] {t("field.producer"), h.producer()});
        out.add(new String[] {t("field.place"), h.place()});
        out.add(new String[] {t("field.date"), h.date() == null ? null : formats.date(h.date())});
        return out;
    }

    private String setName(CouncilMinutes m) {
        return formats.english() && m.setNameEn() != null ? m.setNameEn() : m.setName();
    }

    private String criterionName(MissedMinimum x) {
        return formats.english() && x.criterionNameEn() != null ? x.criterionNameEn() : x.criterionName();
    }

    /** @return the council's lines: who scored, who took part against the appointed, the chair, the quorum */
    private List<String> councilLines(CouncilMinutes m) {
        Attendance a = m.attendance();
        List<String> out = new ArrayList<>();
        out.add(t("council.count", m.members().size()));
        out.add(a.appointed() == null ? t("attendance.present", a.present())
                : t("attendance.presentOfAppointed", a.present(), a.appointed()));
        out.add(a.chair() == null ? t("chair.unknown")
                : t("chair", a.chair(), t(a.chairPresent() ? "chair.present" : "chair.absent")));
        if (a.quorum().isNone()) {
            out.add(t("quorum.none"));
        } else {
            out.add(t(a.quorum().chairRequired() ? "quorum.ruleWithChair" : "quorum.rule", a.quorum().percent()));
            out.add(t(a.quorumMet() ? "quorum.met" : "quorum.notMet"));
        }
        return out;
    }

    /** @return the spread of the totals, the members beyond the threshold, re-scoring and the second round */
    private List<String> spreadLines(CouncilMinutes m) {
        List<String> out = new ArrayList<>();
        out.add(t("spread.value", m.spread()));
        out.add(t("spread.threshold", m.outlierPoints()));
        for (MemberTotal x : m.memberTotals()) {
            if (x.outlier()) {
                out.add(t("outlier.line", x.member(), x.total(), x.othersMean()));
            }
        }
        if (m.outliers().isEmpty()) {
            out.add(t("outliers.none"));
        }
        if (!m.rescoreRequired().isEmpty()) {
            out.add(t("rescore.required", String.join(", ", m.rescoreRequired())));
        }
        if (!m.rescored().isEmpty()) {
            out.add(t("secondRound", String.join(", ", m.rescored())));
            for (int k = 0; k < m.members().size(); k++) {
                MemberScores second = m.members().get(k);
                if (m.rescored().contains(second.member())) {
                    out.add(t("secondRound.line", second.member(), m.firstRound().get(k).total(), second.total()));
                }
            }
        } else if (m.rescoreRequired().isEmpty()) {
            out.add(t("secondRound.none"));
        }
        return out;
    }

    /** @return the registration, the routes open with their article, the minimums sent with a forwarded dossier */
    private List<String> routingLines(CouncilMinutes m) {
        Routing.Decision d = m.routing();
        List<String> out = new ArrayList<>();
        out.add(t("routing.registration", m.registration()));
        List<String> routes = new ArrayList<>();
        d.routes().forEach(r -> routes.add(r.text(locale)));
        String joined = String.join("; " + t("routing.or") + " ", routes);
        out.add(t(routes.size() == 1 ? "routing.route" : "routing.choice", joined,
                d.citation()));
        if (!d.minimumsMissed().isEmpty()) {
            List<String> missed = new ArrayList<>();
            for (FailedMinimum f : d.minimumsMissed()) {
                String one = t("routing.minimum", f.criterion(), f.stars());
                if (!missed.contains(one)) {
                    missed.add(one);
                }
            }
            out.add(t("routing.minimums", String.join(", ", missed)));
        }
        return out;
    }

    private List<String> resultLines(CouncilMinutes m) {
        List<String> out = new ArrayList<>();
        out.add(t("result.mean", m.mean(), formats.decimal(m.meanDisplay(), 2)));
        StarBand b = m.band();
        out.add(t(b.toInclusive() ? "result.bandInclusive" : "result.band", b.stars(), b.from(), b.to()));
        if (m.stars() != null) {
            out.add(t("result.stars", m.stars()));
        } else {
            out.add(t("result.rejected", m.status()));
        }
        out.add(t("result.authority", m.authority()));
        return out;
    }

    private List<String> minimumLines(CouncilMinutes m) {
        List<String> out = new ArrayList<>();
        for (MissedMinimum x : m.missedMinimums()) {
            out.add(t("minimum.line", x.criterion(), criterionName(x), x.stars(), x.required(), x.citation()) + "; "
                    + (x.members().isEmpty() ? t("minimum.council") : t("minimum.members", String.join(", ", x.members()))));
        }
        if (out.isEmpty()) {
            out.add(t("minimums.none"));
        }
        out.add(t("policy", m.policy()));
        for (PolicyAlternative a : m.alternatives()) {
            out.add(a.stars() == null ? t("alternative.ended", a.policy()) : t("alternative", a.policy(), a.stars()));
        }
        if (m.alternatives().isEmpty()) {
            out.add(t("alternatives.none"));
        }
        return out;
    }

    private List<String> knockOutLines(CouncilMinutes m) {
        List<String> out = new ArrayList<>();
        for (KnockOutOutcome o : m.knockOuts()) {
            for (KnockOutFinding k : o.findings()) {
                String who = k.byCouncil() ? t("knockOut.byCouncil") : k.member();
                out.add(k.criterion() == null ? t("knockOut.line", k.rule().label(), k.rule().code(), who)
                        : t("knockOut.answer", k.rule().label(), k.rule().code(), k.criterion(), who));
            }
            out.add(t("knockOut.verdict", o.rule().code(), o.verdict()));
        }
        if (out.isEmpty()) {
            out.add(t("knockOuts.none"));
        }
        return out;
    }

    private String conclusion(CouncilMinutes m) {
        if (m.status() == Classification.Status.REJECTED || m.stars() == null) {
            return t("conclusion.rejected", m.status());
        }
        if (m.routing().routes().contains(Routing.Route.FORWARD_TO_MINISTRY)) {
            return t("conclusion.forward", m.stars(), m.routing().citation());
        }
        return m.authority() == Authority.NONE ? t("conclusion.none", m.stars())
                : t("conclusion", m.stars(), m.authority());
    }

    // ------------------------------------------------------------------ text

    /**
     * @param m the minutes, not null
     * @return the minutes as plain text
     */
    public String text(CouncilMinutes m) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append(t("nation")).append('\n').append(t("motto")).append("\n\n").append(t("title")).append('\n')
                .append(t("basis", m.editionCitation(), m.set(), setName(m))).append("\n\n");
        for (String[] f : fields(m)) {
            sb.append(f[0]).append(": ").append(f[1] == null ? t("blank") : f[1]).append('\n');
        }
        textBlock(sb, t("section.council"), councilLines(m));
        textSections(sb, m, Slot.COUNCIL);
        sb.append('\n').append(t("section.scores")).append('\n');
        for (List<String> row : scoreRows(m)) {
            sb.append("  ").append(String.join(" | ", row)).append('\n');
        }
        textBlock(sb, t("section.spread"), spreadLines(m));
        textSections(sb, m, Slot.SCORES);
        textBlock(sb, t("section.result"), resultLines(m));
        textBlock(sb, t("section.routing"), routingLines(m));
        textSections(sb, m, Slot.RESULT);
        textBlock(sb, t("section.minimums"), minimumLines(m));
        textSections(sb, m, Slot.MINIMUMS);
        textBlock(sb, t("section.knockOuts"), knockOutLines(m));
        textSections(sb, m, Slot.KNOCK_OUTS);
        sb.append('\n').append(conclusion(m)).append("\n\n").append(t("signature.secretary")).append("    ")
                .append(t("signature.chair")).append('\n').append(t("signature.sign")).append("    ")
                .append(t("signature.sign")).append('\n');
        return sb.toString();
    }

    private static void textBlock(StringBuilder sb, String heading, List<String> lines) {
        sb.append('\n').append(heading).append('\n');
        lines.forEach(l -> sb.append("  - ").append(l).append('\n'));
    }

    private static void textSections(StringBuilder sb, CouncilMinutes m, Slot slot) {
        for (Section s : m.sections(slot)) {
            textBlock(sb, s.heading(), s.lines());
        }
    }

    /** @return the header row and a row per member (number, name, parts, total), then the mean row */
    private List<List<String>> scoreRows(CouncilMinutes m) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(t("column.number"), t("column.member")));
        m.parts().forEach(p -> header.add(t("column.part", p)));
        header.add(t("column.total"));
        rows.add(header);
        int n = 1;
        for (MemberScores s : m.members()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(n++), s.member()));
            for (String p : m.parts()) {
                BigDecimal v = s.parts().get(p);
                row.add(v == null ? "" : formats.decimal(v));
            }
            row.add(formats.decimal(s.total()));
            rows.add(row);
        }
        List<String> mean = new ArrayList<>(List.of("", t("row.mean")));
        m.parts().forEach(p -> mean.add(""));
        mean.add(formats.decimal(m.meanDisplay(), 2));
        rows.add(mean);
        return rows;
    }

    // ------------------------------------------------------------------ HTML

    /**
     * @param m the minutes, not null
     * @return one self-contained HTML document (UTF-8, no external resources) laid out for A4 paper
     */
    public String html(CouncilMinutes m) {
        StringBuilder sb = new StringBuilder(16 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(formats.english() ? "en" : "vi").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(escape(t("title"))).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n<header>\n<p class=\"nation\">").append(escape(t("nation")))
                .append("</p>\n<p class=\"motto\">").append(escape(t("motto"))).append("</p>\n<h1>").append(escape(t("title")))
                .append("</h1>\n<p class=\"basis\">").append(escape(t("basis", m.editionCitation(), m.set(), setName(m))))
                .append("</p>\n</header>\n<section class=\"fields\">\n");
        for (String[] f : fields(m)) {
            sb.append("<p class=\"field\"><span class=\"field-label\">").append(escape(f[0])).append(":</span> ")
                    .append(escape(f[1] == null ? t("blank") : f[1])).append("</p>\n");
        }
        sb.append("</section>\n");
        htmlBlock(sb, "council", t("section.council"), councilLines(m));
        htmlSections(sb, m, Slot.COUNCIL);
        htmlScores(sb, m);
        htmlBlock(sb, "spread", t("section.spread"), spreadLines(m));
        htmlSections(sb, m, Slot.SCORES);
        htmlBlock(sb, "result", t("section.result"), resultLines(m));
        htmlBlock(sb, "routing", t("section.routing"), routingLines(m));
        htmlSections(sb, m, Slot.RESULT);
        htmlBlock(sb, "minimums", t("section.minimums"), minimumLines(m));
        htmlSections(sb, m, Slot.MINIMUMS);
        htmlBlock(sb, "knock-outs", t("section.knockOuts"), knockOutLines(m));
        htmlSections(sb, m, Slot.KNOCK_OUTS);
        sb.append("<div class=\"closing\">\n<p class=\"conclusion\">").append(escape(conclusion(m)))
                .append("</p>\n<footer class=\"signatures\">\n");
        for (String role : List.of(t("signature.secretary"), t("signature.chair"))) {
            sb.append("<div class=\"signature\"><p class=\"role\">").append(escape(role)).append("</p><p class=\"sign\">")
                    .append(escape(t("signature.sign"))).append("</p></div>\n");
        }
        return sb.append("</footer>\n</div>\n</body>\n</html>\n").toString();
    }

    private void htmlScores(StringBuilder sb, CouncilMinutes m) {
        sb.append("<section class=\"scores\">\n<h2>").append(escape(t("section.scores")))
                .append("</h2>\n<table class=\"scores\">\n<thead><tr>");
        List<List<String>> rows = scoreRows(m);
        rows.get(0).forEach(h -> sb.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        sb.append("</tr></thead>\n<tbody>\n");
        for (int i = 1; i < rows.size(); i++) {
            boolean mean = i == rows.size() - 1;
            List<String> row = rows.get(i);
            sb.append(mean ? "<tr class=\"mean\">" : "<tr class=\"member\" data-member=\"" + escape(row.get(1)) + "\">");
            for (int c = 0; c < row.size(); c++) {
                boolean name = c == 1;
                boolean total = c == row.size() - 1;
                sb.append(name ? "<th scope=\"row\">" : "<td class=\"num" + (total ? " total" : "") + "\">")
                        .append(escape(row.get(c))).append(name ? "</th>" : "</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    private static void htmlBlock(StringBuilder sb, String cls, String heading, List<String> lines) {
        sb.append("<section class=\"").append(cls).append("\">\n<h2>").append(escape(heading)).append("</h2>\n<ul>\n");
        lines.forEach(l -> sb.append("<li>").append(escape(l)).append("</li>\n"));
        sb.append("</ul>\n</section>\n");
    }

    private static void htmlSections(StringBuilder sb, CouncilMinutes m, Slot slot) {
        for (Section s : m.sections(slot)) {
            htmlBlock(sb, "extra " + slot.name().toLowerCase(Locale.ROOT).replace('_', '-'), s.heading(), s.lines());
        }
    }

    // ------------------------------------------------------------------ JSON and CSV

    /**
     * @param m the minutes, not null
     * @return the minutes as a JSON document: codes and exact numbers, with the texts in the reader's language
     */
    public String json(CouncilMinutes m) {
        ObjectNode root = OcopJson.mapper().createObjectNode();
        root.put("language", formats.english() ? "en" : "vi").put("title", t("title"));
        CouncilMinutes.Heading h = m.heading();
        ObjectNode head = root.putObject("heading");
        head.put("council", h.council()).put("product", h.product()).put("productCode", h.productCode())
                .put("producer", h.producer()).put("place", h.place())
                .put("date", h.date() == null ? null : h.date().toString());
        root.put("edition", m.edition()).put("editionCitation", m.editionCitation()).put("set", m.set())
                .put("setName", setName(m));
        attendanceJson(m, root);
        membersJson(m, root);
        root.put("mean", m.mean()).put("meanDisplay", m.meanDisplay());
        root.putObject("band").put("stars", m.band().stars().level()).put("from", m.band().from())
                .put("to", m.band().to()).put("toInclusive", m.band().toInclusive());
        root.put("stars", m.stars() == null ? null : m.stars().level()).put("status", m.status().text(locale))
                .put("authority", m.authority().text(locale)).put("policy", m.policy().text(locale));
        routingJson(m, root);
        findingsJson(m, root);
        ArrayNode sections = root.putArray("sections");
        for (Section s : m.sections()) {
            ObjectNode o = sections.addObject().put("slot", s.slot().name()).put("heading", s.heading());
            s.lines().forEach(o.putArray("lines")::add);
        }
        root.put("conclusion", conclusion(m));
        try {
            return OcopJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of plain values always writes
        }
    }

    private void attendanceJson(CouncilMinutes m, ObjectNode root) {
        Attendance a = m.attendance();
        ObjectNode att = root.putObject("attendance");
        att.put("present", a.present()).put("appointed", a.appointed()).put("chair", a.chair())
                .put("chairPresent", a.chairPresent());
        att.putObject("quorum").put("percent", a.quorum().percent()).put("chairRequired", a.quorum().chairRequired());
        att.put("quorumMet", a.quorumMet());
        councilLines(m).forEach(att.putArray("lines")::add);
    }

    private void membersJson(CouncilMinutes m, ObjectNode root) {
        ArrayNode members = root.putArray("members");
        for (int k = 0; k < m.members().size(); k++) {
            MemberScores s = m.members().get(k);
            MemberTotal x = m.memberTotals().get(k);
            ObjectNode o = members.addObject().put("member", s.member());
            ObjectNode parts = o.putObject("parts");
            s.parts().forEach(parts::put);
            o.put("total", s.total()).put("othersMean", x.othersMean()).put("outlier", x.outlier())
                    .put("rescored", m.rescored().contains(s.member()));
            if (m.rescored().contains(s.member())) {
                o.put("firstRoundTotal", m.firstRound().get(k).total());
            }
        }
        ObjectNode spread = root.putObject("spread");
        spread.put("spread", m.spread()).put("outlierPoints", m.outlierPoints());
        m.outliers().forEach(spread.putArray("outliers")::add);
        m.rescoreRequired().forEach(spread.putArray("rescoreRequired")::add);
        m.rescored().forEach(spread.putArray("rescored")::add);
        spreadLines(m).forEach(spread.putArray("lines")::add);
    }

    private void routingJson(CouncilMinutes m, ObjectNode root) {
        ArrayNode alternatives = root.putArray("alternatives");
        for (PolicyAlternative x : m.alternatives()) {
            alternatives.addObject().put("policy", x.policy().text(locale))
                    .put("stars", x.stars() == null ? null : x.stars().level());
        }
        ObjectNode routing = root.putObject("routing");
        routing.put("registration", m.registration().text(locale)).put("citation", m.routing().citation());
        m.routing().routes().forEach(r -> routing.withArray("routes").add(r.text(locale)));
        ArrayNode sent = routing.putArray("minimumsMissed");
        m.routing().minimumsMissed().forEach(f -> sent.addObject().put("criterion", f.criterion())
                .put("stars", f.stars().level()).put("member", f.member()));
        routingLines(m).forEach(routing.putArray("lines")::add);
    }

    private void findingsJson(CouncilMinutes m, ObjectNode root) {
        ArrayNode missed = root.putArray("missedMinimums");
        for (MissedMinimum x : m.missedMinimums()) {
            ObjectNode o = missed.addObject().put("stars", x.stars().level()).put("criterion", x.criterion())
                    .put("criterionName", criterionName(x)).put("required", x.required()).put("citation", x.citation());
            x.members().forEach(o.putArray("members")::add);
        }
        ArrayNode kos = root.putArray("knockOuts");
        for (KnockOutOutcome o : m.knockOuts()) {
            ObjectNode ko = kos.addObject().put("code", o.rule().code()).put("label", o.rule().label())
                    .put("verdict", o.verdict().text(locale));
            ArrayNode raised = ko.putArray("raisedBy");
            o.findings().forEach(k -> raised.add(k.byCouncil() ? t("knockOut.byCouncil") : k.member()));
            o.findings().stream().filter(k -> k.criterion() != null)
                    .forEach(k -> ko.withArray("criteria").add(k.criterion()));
        }
    }

    /**
     * @param m the minutes, not null
     * @param csv the CSV writer (its language gives the headers and numbers), not null
     * @return the members' scores as an office-ready CSV file: a row per member (name, part scores, total, the
     *         others' mean, whether the total lies beyond the council's threshold, and after a second round the
     *         first-round total), then the mean total
     */
    public byte[] csv(CouncilMinutes m, OfficeCsv csv) {
        MinutesFormatter f = of(csv.locale());
        List<String> headers = new ArrayList<>(List.of(f.t("csv.member")));
        m.parts().forEach(p -> headers.add(f.t("csv.part", p)));
        headers.add(f.t("csv.total"));
        headers.add(f.t("csv.othersMean"));
        headers.add(f.t("csv.outlier"));
        boolean second = !m.rescored().isEmpty();
        if (second) {
            headers.add(f.t("csv.firstRound"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int k = 0; k < m.members().size(); k++) {
            MemberScores s = m.members().get(k);
            MemberTotal x = m.memberTotals().get(k);
            List<Object> row = new ArrayList<>(List.of(s.member()));
            m.parts().forEach(p -> row.add(s.parts().get(p)));
            row.add(s.total());
            row.add(x.othersMean());
            row.add(f.t(x.outlier() ? "csv.yes" : "csv.no"));
            if (second) {
                row.add(m.rescored().contains(s.member()) ? m.firstRound().get(k).total() : null);
            }
            rows.add(row);
        }
        List<Object> mean = new ArrayList<>(List.of(f.t("csv.mean")));
        m.parts().forEach(p -> mean.add(null));
        mean.add(m.mean());
        mean.add(null);
        mean.add(null);
        if (second) {
            mean.add(null);
        }
        rows.add(mean);
        return csv.write(headers, rows);
    }
}
