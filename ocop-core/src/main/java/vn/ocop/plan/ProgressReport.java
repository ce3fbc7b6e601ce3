package vn.ocop.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.Problem;
import vn.ocop.rubric.DateRange;

/**
 * Progress of a plan on a date: one {@link TargetProgress} per target, with the plan's problems. Serialises to JSON
 * with {@code OcopJson.mapper()}; {@link #toTable()} renders it for a terminal and {@link #toCsv()} for a
 * spreadsheet.
 *
 * <p>Immutable and thread-safe.
 *
 * @param plan the plan's id, not null
 * @param title the plan's title, not null
 * @param legalReference the plan's legal reference, not null
 * @param area the plan's area code, not null
 * @param areaName its name with its code, not null
 * @param period the plan's period, not null
 * @param asOf the date asked for, not null
 * @param measuredOn the date values are taken on: {@code asOf}, or the period's last day if {@code asOf} is later,
 *        not null
 * @param elapsedPercent share of the period's days elapsed through {@code measuredOn} inclusive, 1 decimal half-up
 * @param targets progress per target, in the plan's order, not null
 * @param problems the plan's problems (allocations not adding up, unknown areas, conflicting reports), not null
 */
public record ProgressReport(String plan, String title, String legalReference, String area, String areaName,
        DateRange period, LocalDate asOf, LocalDate measuredOn, BigDecimal elapsedPercent, List<TargetProgress> targets,
        List<Problem> problems) {

    /** Checks and copies the components. */
    public ProgressReport {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(legalReference, "legalReference");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(areaName, "areaName");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(measuredOn, "measuredOn");
        Objects.requireNonNull(elapsedPercent, "elapsedPercent");
        targets = List.copyOf(targets);
        problems = List.copyOf(problems);
    }

    /**
     * @param id a target id, not null
     * @return its progress
     * @throws OcopException if the plan has no such target
     */
    public TargetProgress target(String id) {
        for (TargetProgress t : targets) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        throw new OcopException("progress report of " + plan + " has no target '" + id + "'");
    }

    /**
     * Renders the report as plain-text tables, one per target, with the problems and notes.
     *
     * @return the text, lines ending with a line feed
     */
    public String toTable() {
        StringBuilder b = new StringBuilder();
        b.append(title).append('\n');
        b.append(legalReference).append(" · ").append(areaName).append(" · ").append(period.from()).append(" to ")
                .append(period.until().minusDays(1)).append('\n');
        b.append("as of ").append(asOf).append(measuredOn.equals(asOf) ? "" : " (measured on " + measuredOn + ")")
                .append(": ").append(elapsedPercent.toPlainString()).append("% of the period elapsed\n");
        for (TargetProgress t : targets) {
            b.append('\n').append(t.id()).append("  ").append(t.label()).append('\n');
            b.append("    ").append(t.indicatorLabel()).append(" [").append(t.indicator()).append("], goal ")
                    .append(t.goal()).append(t.share() ? ", in %" : "").append('\n');
            TextTable tt = TextTable.of("area", "target", "baseline", "actual", "achieved", "expected", "remaining",
                    "need/month", "status").right(1, 2, 3, 4, 5, 6, 7);
            row(tt, t.total(), "");
            for (AreaProgress a : t.areas()) {
                row(tt, a, "  ");
            }
            if (t.unattributed() != null) {
                row(tt, t.unattributed(), "  ");
            }
            for (String line : tt.render().split("\n")) {
                b.append("    ").append(line).append('\n');
            }
            for (String n : t.notes()) {
                b.append("    note: ").append(n).append('\n');
            }
        }
        if (!problems.isEmpty()) {
            b.append("\nproblems:\n");
            for (Problem p : problems) {
                b.append("  ").append(p).append('\n');
            }
        }
        return b.toString();
    }

    private static void row(TextTable tt, AreaProgress a, String indent) {
        tt.row(indent + a.name(), a.target(), a.baseline(), a.actual().value(),
                a.achievedPercent() == null ? null : a.achievedPercent().toPlainString() + "%", a.expected(),
                a.remaining(), a.neededPerMonth(),
                a.status() == null ? "" : a.status() + " (" + a.status().vietnamese() + ")");
    }

    /** Columns of {@link #toCsv()}. */
    public static final List<String> CSV_COLUMNS = List.of("plan", "as_of", "measured_on", "target", "indicator",
            "goal_kind", "line", "area", "area_name", "target_value", "baseline", "goal", "actual", "numerator",
            "denominator", "method", "achieved_percent", "expected", "remaining", "status", "needed_per_month",
            "planned_per_month", "how", "note");

    /**
     * Exports the report as CSV (RFC 4180: comma-separated, fields with commas, quotes or line breaks quoted,
     * CRLF line ends, UTF-8 text as is): a header of {@link #CSV_COLUMNS}, then one row per line of every target
     * (total, areas, unattributed). Numbers are plain decimals with a dot; missing values are empty.
     *
     * @return the CSV text
     */
    public String toCsv() {
        StringBuilder b = new StringBuilder();
        csvLine(b, new ArrayList<>(CSV_COLUMNS));
        for (TargetProgress t : targets) {
            List<AreaProgress> lines = new ArrayList<>();
            lines.add(t.total());
            lines.addAll(t.areas());
            if (t.unattributed() != null) {
                lines.add(t.unattributed());
            }
            for (AreaProgress a : lines) {
                List<String> r = new ArrayList<>();
                r.add(plan);
                r.add(asOf.toString());
                r.add(measuredOn.toString());
                r.add(t.id());
                r.add(t.indicator());
                r.add(t.goal().name());
                r.add(a.line().name());
                r.add(a.area());
                r.add(a.name());
                r.add(plain(a.target()));
                r.add(plain(a.baseline()));
                r.add(plain(a.goal()));
                r.add(plain(a.actual().value()));
                r.add(Long.toString(a.actual().numerator()));
                r.add(Long.toString(a.actual().denominator()));
                r.add(a.actual().method().name());
                r.add(plain(a.achievedPercent()));
                r.add(plain(a.expected()));
                r.add(plain(a.remaining()));
                r.add(a.status() == null ? null : a.status().name());
                r.add(plain(a.neededPerMonth()));
                r.add(plain(a.plannedPerMonth()));
                r.add(a.actual().how());
                r.add(a.note());
                csvLine(b, r);
            }
        }
        return b.toString();
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static void csvLine(StringBuilder b, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String f = fields.get(i);
            if (f == null) {
                continue;
            }
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                b.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                b.append(f);
            }
        }
        b.append("\r\n");
    }
}
