package vn.ocop.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.ocop.Problem;
import vn.ocop.area.Area;
import vn.ocop.internal.Messages;
import vn.ocop.plan.Actual;
import vn.ocop.plan.AreaProgress;
import vn.ocop.plan.Baseline;
import vn.ocop.plan.Note;
import vn.ocop.plan.ProgressReport;
import vn.ocop.plan.ReportedValue;
import vn.ocop.plan.TargetProgress;
import vn.ocop.plan.Unplaced;

/**
 * Writes a plan's progress ({@link ProgressReport}) for people: plain-text tables for a terminal, CSV for a
 * spreadsheet, and the sentences that say how an actual was obtained, where a baseline comes from and what a note
 * means. Vietnamese by default (dates 31/12/2024, decimal comma, "chậm tiến độ"), English on request.
 *
 * <pre>{@code
 * ProgressReportFormatter vi = ProgressReportFormatter.of(Locale.forLanguageTag("vi"));
 * System.out.print(vi.table(report));
 * Files.writeString(Path.of("progress.csv"), ProgressReportFormatter.of(Locale.ENGLISH).csv(report));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgressReportFormatter {
    private static final Messages TEXT = Messages.of("plan");
    private static final List<String> CSV_KEYS = List.of("plan", "asOf", "measuredOn", "target", "indicator",
            "goalKind", "line", "area", "areaName", "targetValue", "ceiling", "baseline", "goal", "actual",
            "numerator", "denominator", "method", "achievedPercent", "expected", "remaining", "status",
            "neededPerMonth", "plannedPerMonth", "how", "note");
    private final Locale locale;
    private final Formats formats;
    private final ProgressNotes notes;

    private ProgressReportFormatter(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.formats = Formats.of(locale);
        this.notes = new ProgressNotes(formats);
    }

    /**
     * @param locale the reader's locale, not null (Vietnamese unless English)
     * @return a formatter for that language
     */
    public static ProgressReportFormatter of(Locale locale) {
        return new ProgressReportFormatter(locale);
    }

    private String text(String key, Object... args) {
        return TEXT.text(locale, key, args);
    }

    // ------------------------------------------------------------------ text tables

    /**
     * The report as plain-text tables: a heading (title, legal reference, area, period, date), then per target its
     * wording, what is measured, a table of its lines (total, areas, unattributed), its notes and the notes of its
     * lines (each sentence once, with the lines it is about); then the plan's problems, if any.
     *
     * @param report a report, not null
     * @return the text, lines ending with a line feed
     */
    public String table(ProgressReport report) {
        StringBuilder b = new StringBuilder(heading(report));
        for (TargetProgress t : report.targets()) {
            b.append('\n').append(t.id()).append("  ").append(t.label()).append('\n');
            b.append("    ").append(text("table.indicator", t.indicator().text(locale), t.goal()))
                    .append(t.share() ? ", " + text("table.inPercent") : "").append('\n');
            for (String line : targetTable(t).render().split("\n")) {
                b.append("    ").append(line).append('\n');
            }
            for (String n : notes(t)) {
                b.append("    ").append(text("table.note", n)).append('\n');
            }
            for (Map.Entry<String, List<String>> n : notes.lines(t).entrySet()) {
                b.append("    ").append(text("table.lineNote", String.join("; ", n.getValue()), n.getKey()))
                        .append('\n');
            }
        }
        if (!report.problems().isEmpty()) {
            b.append('\n').append(text("table.problems")).append('\n');
            ProblemFormatter problems = ProblemFormatter.of(locale);
            for (Problem p : report.problems()) {
                b.append("  ").append(problems.format(p)).append('\n');
            }
        }
        return b.toString();
    }

    private String heading(ProgressReport r) {
        String period = text("table.period", r.period().from(), r.period().until().minusDays(1));
        String elapsed = formats.percent(r.elapsedPercent());
        String asOf = r.measuredOn().equals(r.asOf()) ? text("table.asOf", r.asOf(), elapsed)
                : text("table.asOfMeasured", r.asOf(), r.measuredOn(), elapsed);
        return r.title() + '\n' + r.legalReference() + " · " + label(r.area(), r.areaName()) + " · " + period + '\n'
                + asOf + '\n';
    }

    private TextTable targetTable(TargetProgress t) {
        TextTable tt = TextTable.of(text("table.area"), text("table.target"), text("table.baseline"),
                text("table.actual"), text("table.achieved"), text("table.expected"), text("table.remaining"),
                text("table.neededPerMonth"), text("table.status")).right(1, 2, 3, 4, 5, 6, 7);
        row(tt, t.total(), "");
        for (AreaProgress a : t.areas()) {
            row(tt, a, "  ");
        }
        if (t.unattributed() != null) {
            row(tt, t.unattributed(), "  ");
        }
        return tt;
    }

    private void row(TextTable tt, AreaProgress a, String indent) {
        String target = a.ceiling() == null ? number(a.target()) : number(a.target()) + "–" + number(a.ceiling());
        tt.row(indent + name(a), target, a.baseline() == null ? null : number(a.baseline().value()),
                number(a.actual().value()), a.achievedPercent() == null ? null : formats.percent(a.achievedPercent()),
                number(a.expected()), number(a.remaining()), number(a.neededPerMonth()),
                a.status() == null ? "" : a.status().text(locale));
    }

    private String number(BigDecimal d) {
        return d == null ? null : formats.decimal(d);
    }

    // ------------------------------------------------------------------ CSV

    /** @return the CSV header, in this formatter's language */
    public List<String> csvColumns() {
        List<String> out = new ArrayList<>();
        for (String k : CSV_KEYS) {
            out.add(text("csv." + k));
        }
        return out;
    }

    /**
     * The report as CSV (RFC 4180: comma-separated, fields with commas, quotes or line breaks quoted, CRLF line ends,
     * UTF-8 text as is): a header of {@link #csvColumns()}, then one row per line of every target (total, areas,
     * unattributed). Numbers are exact, without thousands marks, with this language's decimal mark; dates in its
     * format; missing values empty. The note column has every note of the line, and on the total's row the notes of
     * the target too, separated by "; ".
     *
     * @param report a report, not null
     * @return the CSV text
     */
    public String csv(ProgressReport report) {
        CsvTable csv = CsvTable.comma().row(csvColumns());
        for (List<String> row : csvRows(report)) {
            csv.row(row);
        }
        return csv.toString();
    }

    /**
     * The report as an office-ready file: the header and rows of {@link #csv(ProgressReport)}, written by
     * {@code writer} (UTF-8 with a byte-order mark, CRLF; {@code ;} in Vietnamese so that Excel on a Vietnamese
     * Windows opens it with decimal commas, {@code ,} in English, or the separator the writer was given).
     *
     * @param report a report, not null
     * @param writer the writer, e.g. {@code OfficeCsv.of(locale)} with this formatter's locale, not null
     * @return the file's bytes
     */
    public byte[] officeCsv(ProgressReport report, OfficeCsv writer) {
        return writer.write(csvColumns(), csvRows(report));
    }

    private List<List<String>> csvRows(ProgressReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (TargetProgress t : report.targets()) {
            List<AreaProgress> lines = new ArrayList<>();
            lines.add(t.total());
            lines.addAll(t.areas());
            if (t.unattributed() != null) {
                lines.add(t.unattributed());
            }
            for (AreaProgress a : lines) {
                rows.add(csvRow(report, t, a));
            }
        }
        return rows;
    }

    private List<String> csvRow(ProgressReport r, TargetProgress t, AreaProgress a) {
        List<String> row = new ArrayList<>(List.of(r.plan(), formats.date(r.asOf()), formats.date(r.measuredOn()),
                t.id(), t.indicator().code(), t.goal().text(locale), a.line().text(locale)));
        row.add(a.area());
        row.add(name(a));
        row.add(plain(a.target()));
        row.add(plain(a.ceiling()));
        row.add(a.baseline() == null ? null : plain(a.baseline().value()));
        row.add(plain(a.goal()));
        row.add(plain(a.actual().value()));
        row.add(Long.toString(a.actual().numerator()));
        row.add(Long.toString(a.actual().denominator()));
        row.add(a.actual().method().text(locale));
        row.add(plain(a.achievedPercent()));
        row.add(plain(a.expected()));
        row.add(plain(a.remaining()));
        row.add(a.status() == null ? null : a.status().text(locale));
        row.add(plain(a.neededPerMonth()));
        row.add(plain(a.plannedPerMonth()));
        row.add(how(a.actual()));
        List<String> n = new ArrayList<>(notes.line(a));
        if (a.line() == AreaProgress.Line.TOTAL) {
            n.addAll(notes(t));
        } else if (a.line() == AreaProgress.Line.UNATTRIBUTED) {
            n.addAll(unplacedNotes(t));
        }
        row.add(n.isEmpty() ? null : String.join("; ", n));
        return row;
    }

    /** @return the target's notes about records that could not be placed */
    private List<String> unplacedNotes(TargetProgress t) {
        List<String> all = notes(t);
        List<String> out = new ArrayList<>();
        List<Note> kinds = t.notes();
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) == Note.UNKNOWN_UNITS || kinds.get(i) == Note.STRADDLING_UNITS) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /** @return the number exactly, no thousands mark, this language's decimal mark */
    private String plain(BigDecimal d) {
        if (d == null) {
            return null;
        }
        String s = d.toPlainString();
        return formats.english() ? s : s.replace('.', ',');
    }

    // ------------------------------------------------------------------ sentences

    /**
     * @param code an area code, not null
     * @param name its name, or null when unknown
     * @return "name (code)", or the code alone
     */
    public String label(String code, String name) {
        return ProgressNotes.label(code, name);
    }

    private String name(AreaProgress a) {
        return a.line() == AreaProgress.Line.UNATTRIBUTED ? text("unattributed") : label(a.area(), a.areaName());
    }

    /**
     * @param a an actual value, not null
     * @return how it was obtained: what was counted on which dates, or which report it is
     */
    public String how(Actual a) {
        switch (a.basis()) {
            case REPORTED:
                ReportedValue r = a.report();
                return text("how.reported", formats.decimal(r.value()), r.date(), r.source());
            case NOT_REPORTED:
                return a.from() == null ? text("how.notReported", a.areas().get(0), a.on())
                        : text("how.notReportedFrom", a.areas().get(0), a.from(), a.on());
            case SUM_OF_ALLOCATIONS:
                return text("how.sumOfAllocations", a.areas().size());
            case ROLLED_UP:
                return text("how.rolledUp", a.areas().size(), String.join(", ", a.areas()));
            default:
                return counted(a);
        }
    }

    private String counted(Actual a) {
        String when = a.from() == null ? text("how.countedStock", a.on()) : text("how.countedFlow", a.from(), a.on());
        if (a.share()) {
            when = a.denominator() == 0 ? text("how.noDenominator", when)
                    : text("how.ofShare", when, a.numerator(), a.denominator());
        }
        Unplaced left = a.leftOut();
        if (left == null) {
            return when;
        }
        String amount = left.numerator() + (a.share() ? "/" + left.denominator() : "");
        return text("how.leftOut", when, amount, String.join(", ", units(left)));
    }

    /** @return the codes of the unknown units, then the labels of the straddling ones */
    private List<String> units(Unplaced u) {
        List<String> out = new ArrayList<>(u.unknownUnits());
        for (Area a : u.straddlingUnits()) {
            out.add(label(a.code(), a.name()));
        }
        return out;
    }

    /**
     * @param b a baseline, may be null
     * @return where it comes from, when that changes how a line is read (computed, reported, none); else null
     */
    public String baseline(Baseline b) {
        return notes.baseline(b);
    }

    /**
     * @param t a target's progress, not null
     * @return its notes ({@link TargetProgress#notes()}) as sentences, in order
     */
    public List<String> notes(TargetProgress t) {
        return notes.target(t);
    }

    /**
     * @param a a line of a target's progress, not null
     * @return its notes ({@link AreaProgress#notes()}) as sentences, in order
     */
    public List<String> notes(AreaProgress a) {
        return notes.line(a);
    }
}
