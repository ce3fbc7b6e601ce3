package vn.ocop.plan;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ocop.OcopException;
import vn.ocop.OcopJson;
import vn.ocop.Problem;
import vn.ocop.area.Areas;
import vn.ocop.internal.Text;
import vn.ocop.internal.json.RecordReader;
import vn.ocop.rubric.DateRange;

/**
 * A plan ("kế hoạch") of the OCOP programme: who issued it for which area, the period it covers, its legal
 * reference, the baseline date and its targets.
 *
 * <pre>{@code
 * Plan plan = Plan.read(in, "tra-vinh-plan-2024.json");
 * plan.problems();                                   // e.g. allocations that do not add up to the target
 * ProgressReport r = Tracker.of(registry, areas).progress(plan, LocalDate.of(2024, 8, 31));
 * Plan merged = Plan.combine("VL", "Vĩnh Long 2021–2025", "86", LocalDate.of(2025, 7, 1), List.of(tv, bt, vl));
 * }</pre>
 *
 * <p>JSON form: {@code {"id":"TV-2024","title":"…","area":"84","period":{"from":"2024-01-01","until":"2025-01-01"},
 * "legalReference":"…","baselineDate":"2023-12-31","targets":[…]}}. The period is half-open: a year is
 * {@code [1 January, 1 January of the next year)} ({@link #year(int)}); a five-year plan 2021–2025 is
 * {@link #years(int, int) years(2021, 2025)}.
 *
 * <p>Area codes: the plan's area and its allocations are read on {@code areasOn} (by default the first day of the
 * period), so a 2021–2025 district plan keeps meaning the districts it named after they were abolished.
 *
 * <p>Immutable and thread-safe. Text is normalised to NFC.
 *
 * @param id identifier, not blank
 * @param title title, not blank
 * @param area code of the issuing area (province, or country), not blank
 * @param period the period, bounded, not null
 * @param legalReference the plan's legal reference (e.g. "Kế hoạch 124/KH-UBND ngày 14/4/2021"), not blank
 * @param baselineDate the date the baseline values refer to (often the day before the period), not after the
 *        period's last day, not null
 * @param areasOn the date on which the plan's area codes are read; null means the first day of the period
 * @param targets the targets, with distinct ids, not null
 * @param note a remark (source of the text, what was interpreted), or null
 */
public record Plan(String id, String title, String area, DateRange period, String legalReference,
        LocalDate baselineDate, LocalDate areasOn, List<Target> targets, String note) {

    /**
     * Checks and normalises the components.
     *
     * @param id identifier, not blank
     * @param title title, not blank
     * @param area code of the issuing area (province, or country), not blank
     * @param period the period, bounded, not null
     * @param legalReference the plan's legal reference (e.g. "Kế hoạch 124/KH-UBND ngày 14/4/2021"), not blank
     * @param baselineDate the date the baseline values refer to (often the day before the period), not after the
     *        period's last day, not null
     * @param areasOn the date on which the plan's area codes are read; null means the first day of the period
     * @param targets the targets, with distinct ids, not null
     * @param note a remark (source of the text, what was interpreted), or null
     * @throws PlanValidationException listing every problem, each with its path ({@code $.period}): a missing or
     *         blank text, a missing or open-ended period, a missing baseline date or one not before the period's
     *         end, missing targets, a target id that appears twice
     */
    public Plan {
        id = id == null ? null : Text.nfc(id);
        title = title == null ? null : Text.nfc(title);
        area = area == null ? null : Text.nfc(area);
        legalReference = legalReference == null ? null : Text.nfc(legalReference);
        areasOn = areasOn == null && period != null ? period.from() : areasOn;
        note = note == null ? null : Text.nfc(note);
        Checks c = new Checks("plan " + id);
        String p = "plan " + id + ": ";
        c.text(id, "$.id", "plan: id");
        c.text(title, "$.title", p + "title");
        c.text(area, "$.area", p + "area");
        c.text(legalReference, "$.legalReference", p + "legal reference");
        boolean bounded = c.given(period, "$.period", p + "period") && c.check(period.until() != null, "$.period",
                p + "the period " + period + " must end (a year, or a range of years)");
        if (c.given(baselineDate, "$.baselineDate", p + "baseline date") && bounded) {
            c.check(baselineDate.isBefore(period.until()), "$.baselineDate", p + "baseline date " + baselineDate
                    + " is after the period " + period);
        }
        if (c.given(targets, "$.targets", p + "targets")) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < targets.size(); i++) {
                Target t = targets.get(i);
                if (c.given(t, "$.targets[" + i + "]", p + "target " + i)) {
                    c.check(ids.add(t.id()), "$.targets[" + i + "].id", p + "target id '" + t.id()
                            + "' appears twice");
                }
            }
        }
        c.done();
        targets = List.copyOf(targets);
    }

    /**
     * @param year a year
     * @return the period of that calendar year, {@code [year-01-01, (year+1)-01-01)}
     */
    public static DateRange year(int year) {
        return DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /**
     * @param first first year
     * @param last last year, not before the first
     * @return the period from 1 January of the first year through 31 December of the last
     * @throws OcopException if the last year is before the first
     */
    public static DateRange years(int first, int last) {
        if (last < first) {
            throw new OcopException("years " + first + "–" + last + ": the last year is before the first");
        }
        return DateRange.of(LocalDate.of(first, 1, 1), LocalDate.of(last + 1, 1, 1));
    }

    /**
     * Reads a plan from JSON ({@link OcopJson}'s mapping; format and JSON Schema in {@code ocop-plan/plan.schema.json}
     * of {@code ocop-rubric-data}).
     *
     * @param in UTF-8 JSON, not null; not closed
     * @param source name of the file for problems, not null
     * @return the plan
     * @throws PlanValidationException with every problem found (of every target and allocation: unknown keys, values
     *         of the wrong type, values the rules refuse, duplicate keys), each with the file, line, column and JSON
     *         path
     */
    public static Plan read(InputStream in, String source) {
        return RecordReader.read(in, source, OcopJson.mapper().constructType(Plan.class),
                Set.of(Plan.class, Target.class, Target.Allocation.class), PlanValidationException::new);
    }

    /** @return the last day of the period */
    public LocalDate lastDay() {
        return period.until().minusDays(1);
    }

    /**
     * @param targetId a target id, not null
     * @return the target
     * @throws OcopException if the plan has no such target
     */
    public Target target(String targetId) {
        for (Target t : targets) {
            if (t.id().equals(targetId)) {
                return t;
            }
        }
        throw new OcopException("plan " + id + " has no target '" + targetId + "' (targets: "
                + targets.stream().map(Target::id).collect(Collectors.joining(", ")) + ")");
    }

    /**
     * Checks the arithmetic of the plan: the allocations of a count target (and their stated baselines) add up to
     * the target, unless the target's {@code allocationNote} says why not. A mismatch the plan explains is not a
     * problem; the tracker still shows the note.
     *
     * @return the problems, empty when consistent
     */
    public List<Problem> problems() {
        return PlanChecks.arithmetic(this);
    }

    /**
     * {@link #problems()} plus the area codes: the plan's area exists on {@code areasOn}; every allocated area
     * exists on its date and lies inside the plan's area.
     *
     * @param areas the administrative units, not null
     * @return the problems, empty when consistent
     */
    public List<Problem> problems(Areas areas) {
        return PlanChecks.withAreas(this, areas);
    }

    /**
     * Combines the plans of provinces merged into one (e.g. the 2021–2025 plans of Trà Vinh, Bến Tre and Vĩnh Long
     * for the Vĩnh Long province formed on 2025-07-01) into one plan for the new area over the same period.
     *
     * <p>Count targets with the same indicator and goal are added up into one target allocated to the old
     * provinces (each allocation read on its old plan's {@code areasOn}); a count target only some plans set keeps
     * only their allocations and says so in its allocation note. Share targets are not added (a percentage of one
     * province is not part of another's): each is kept as its own target, allocated to its old province only and
     * identified as {@code <old area>-<target id>}; read its allocation line. The old plans' own allocations (to
     * districts) are not carried over: track the old plans for those. The baseline date is the earliest of the
     * plans'.
     *
     * @param id id of the combined plan, not blank
     * @param title its title, not blank
     * @param area code of the new area, not blank
     * @param areasOn the date the new area code is read on (the day of the merger), not null
     * @param plans the old plans, at least one, all over the same period, not null
     * @return the combined plan
     * @throws OcopException if no plan is given or the plans cover different periods
     */
    public static Plan combine(String id, String title, String area, LocalDate areasOn, List<Plan> plans) {
        return new PlanCombination(id, plans).combine(title, area, areasOn);
    }
}
