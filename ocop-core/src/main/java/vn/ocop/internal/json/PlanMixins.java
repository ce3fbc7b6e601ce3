package vn.ocop.internal.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.Problem;
import vn.ocop.plan.Actual;
import vn.ocop.plan.AreaProgress;
import vn.ocop.plan.Baseline;
import vn.ocop.plan.Note;
import vn.ocop.plan.Pace;
import vn.ocop.plan.Plan;
import vn.ocop.plan.ProgressReport;
import vn.ocop.plan.ReportedValue;
import vn.ocop.plan.Status;
import vn.ocop.plan.Target;
import vn.ocop.plan.TargetProgress;
import vn.ocop.plan.Unplaced;
import vn.ocop.rubric.DateRange;

/**
 * The JSON mapping of {@code vn.ocop.plan}.
 *
 * <p>Input: a plan, its targets and allocations are their records, in a fixed key order, null components left
 * out; reported values are their records.
 *
 * <p>Results: a progress report writes what it rests on (targets, baselines, actuals, paces) and what follows from
 * it (goal, expectation, status, percentages, paces, notes), and is read back from what it rests on only: the
 * derived values in the input are ignored and computed again, so a report read back cannot contradict itself.
 */
final class PlanMixins {
    private PlanMixins() {
    }

    /**
     * @param module the module to register the mix-ins with, not null
     */
    static void register(SimpleModule module) {
        module.setMixInAnnotation(Plan.class, PlanMixin.class);
        module.setMixInAnnotation(Target.class, TargetMixin.class);
        module.setMixInAnnotation(Target.Allocation.class, NonNull.class);
        module.setMixInAnnotation(ReportedValue.class, NonNull.class);
        module.setMixInAnnotation(ProgressReport.class, ProgressReportMixin.class);
        module.setMixInAnnotation(TargetProgress.class, TargetProgressMixin.class);
        module.setMixInAnnotation(AreaProgress.class, AreaProgressMixin.class);
        module.setMixInAnnotation(Actual.class, ActualMixin.class);
        module.setMixInAnnotation(Baseline.class, NonNull.class);
        module.setMixInAnnotation(Pace.class, NonNull.class);
        module.setMixInAnnotation(Unplaced.class, NonNull.class);
    }

    /** Null components left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class NonNull {
    }

    /** A plan's keys in the order people read them. */
    @JsonPropertyOrder({"id", "title", "area", "period", "legalReference", "baselineDate", "areasOn", "note",
        "targets"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class PlanMixin {
    }

    /** A target's keys in the order people read them. */
    @JsonPropertyOrder({"id", "label", "indicator", "value", "goal", "ceiling", "baseline", "allocations",
        "allocationNote", "source"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class TargetMixin {
    }

    /** The report: the plan's facts, the date, the factor, the targets and problems; dates that follow written only. */
    @JsonPropertyOrder({"plan", "title", "legalReference", "area", "areaName", "period", "asOf", "measuredOn",
        "elapsedPercent", "atRiskFactor", "targets", "problems"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class ProgressReportMixin {
        @JsonCreator
        ProgressReportMixin(@JsonProperty("plan") String plan, @JsonProperty("title") String title,
                @JsonProperty("legalReference") String legalReference, @JsonProperty("area") String area,
                @JsonProperty("areaName") String areaName, @JsonProperty("period") DateRange period,
                @JsonProperty("asOf") LocalDate asOf, @JsonProperty("atRiskFactor") BigDecimal atRiskFactor,
                @JsonProperty("targets") List<TargetProgress> targets,
                @JsonProperty("problems") List<Problem> problems) {
        }

        @JsonProperty("plan")
        abstract String plan();

        @JsonProperty("title")
        abstract String title();

        @JsonProperty("legalReference")
        abstract String legalReference();

        @JsonProperty("area")
        abstract String area();

        @JsonProperty("areaName")
        abstract String areaName();

        @JsonProperty("period")
        abstract DateRange period();

        @JsonProperty("asOf")
        abstract LocalDate asOf();

        @JsonProperty(value = "measuredOn", access = JsonProperty.Access.READ_ONLY)
        abstract LocalDate measuredOn();

        @JsonProperty(value = "elapsedPercent", access = JsonProperty.Access.READ_ONLY)
        abstract BigDecimal elapsedPercent();

        @JsonProperty("atRiskFactor")
        abstract BigDecimal atRiskFactor();

        @JsonIgnore
        abstract Pace pace();

        @JsonProperty("targets")
        abstract List<TargetProgress> targets();

        @JsonProperty("problems")
        abstract List<Problem> problems();
    }

    /** A target's progress: the target, its lines, what could not be placed; its notes written only. */
    @JsonPropertyOrder({"target", "total", "areas", "unattributed", "unplaced", "outsideAllocations", "notes"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class TargetProgressMixin {
        @JsonCreator
        TargetProgressMixin(@JsonProperty("target") Target target, @JsonProperty("total") AreaProgress total,
                @JsonProperty("areas") List<AreaProgress> areas, @JsonProperty("unplaced") Unplaced unplaced,
                @JsonProperty("outsideAllocations") long outsideAllocations) {
        }

        @JsonProperty("target")
        abstract Target target();

        @JsonProperty("total")
        abstract AreaProgress total();

        @JsonProperty("areas")
        abstract List<AreaProgress> areas();

        @JsonProperty(value = "unattributed", access = JsonProperty.Access.READ_ONLY)
        abstract AreaProgress unattributed();

        @JsonProperty("unplaced")
        abstract Unplaced unplaced();

        @JsonProperty("outsideAllocations")
        abstract long outsideAllocations();

        @JsonProperty(value = "notes", access = JsonProperty.Access.READ_ONLY)
        abstract List<Note> notes();

        @JsonIgnore
        abstract AreaProgress worstArea();
    }

    /** A line: what it rests on, then what follows from it (written only). */
    @JsonPropertyOrder({"line", "area", "areaName", "target", "ceiling", "baseline", "statedBaseline", "goalKind",
        "goal", "actual", "achievedPercent", "remaining", "expected", "status", "neededPerMonth", "plannedPerMonth",
        "ceilingReached", "notes", "pace", "parts"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class AreaProgressMixin {
        @JsonCreator
        AreaProgressMixin(@JsonProperty("line") AreaProgress.Line line, @JsonProperty("area") String area,
                @JsonProperty("areaName") String areaName, @JsonProperty("target") BigDecimal target,
                @JsonProperty("ceiling") BigDecimal ceiling, @JsonProperty("baseline") Baseline baseline,
                @JsonProperty("statedBaseline") BigDecimal statedBaseline,
                @JsonProperty("goalKind") Target.Goal goalKind, @JsonProperty("actual") Actual actual,
                @JsonProperty("pace") Pace pace, @JsonProperty("parts") List<AreaProgress> parts) {
        }

        @JsonProperty("ceiling")
        abstract BigDecimal ceiling();

        @JsonProperty("statedBaseline")
        abstract BigDecimal statedBaseline();

        @JsonProperty(value = "ceilingReached", access = JsonProperty.Access.READ_ONLY)
        abstract Boolean ceilingReached();

        @JsonProperty(value = "notes", access = JsonProperty.Access.READ_ONLY)
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<Note> notes();

        @JsonProperty("parts")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<AreaProgress> parts();

        @JsonIgnore
        abstract AreaProgress worstPart();

        @JsonProperty("line")
        abstract AreaProgress.Line line();

        @JsonProperty("area")
        abstract String area();

        @JsonProperty("areaName")
        abstract String areaName();

        @JsonProperty("target")
        abstract BigDecimal target();

        @JsonProperty("baseline")
        abstract Baseline baseline();

        @JsonProperty("goalKind")
        abstract Target.Goal goalKind();

        @JsonProperty(value = "goal", access = JsonProperty.Access.READ_ONLY)
        abstract BigDecimal goal();

        @JsonProperty("actual")
        abstract Actual actual();

        @JsonProperty(value = "achievedPercent", access = JsonProperty.Access.READ_ONLY)
        abstract BigDecimal achievedPercent();

        @JsonProperty(value = "remaining", access = JsonProperty.Access.READ_ONLY)
        abstract BigDecimal remaining();

        @JsonProperty(value = "expected", access = JsonProperty.Access.READ_ONLY)
        abstract BigDecimal expected();

        @JsonProperty(value = "status", access = JsonProperty.Access.READ_ONLY)
        abstract Status status();

        @JsonProperty(value = "neededPerMonth", access = JsonProperty.Access.READ_ONLY)
        abstract BigDecimal neededPerMonth();

        @JsonProperty(value = "plannedPerMonth", access = JsonProperty.Access.READ_ONLY)
        abstract BigDecimal plannedPerMonth();

        @JsonProperty("pace")
        abstract Pace pace();
    }

    /** An actual: its value (written; read back only where it is not computed), what it rests on. */
    @JsonPropertyOrder({"value", "numerator", "denominator", "share", "method", "basis", "from", "on", "report",
        "areas", "leftOut"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class ActualMixin {
        @JsonCreator
        ActualMixin(@JsonProperty("basis") Actual.Basis basis, @JsonProperty("method") Actual.Method method,
                @JsonProperty("share") boolean share, @JsonProperty("numerator") long numerator,
                @JsonProperty("denominator") long denominator, @JsonProperty("value") BigDecimal value,
                @JsonProperty("from") LocalDate from, @JsonProperty("on") LocalDate on,
                @JsonProperty("report") ReportedValue report, @JsonProperty("areas") List<String> areas,
                @JsonProperty("leftOut") Unplaced leftOut) {
        }

        @JsonProperty("value")
        abstract BigDecimal value();

        @JsonProperty("numerator")
        abstract long numerator();

        @JsonProperty("denominator")
        abstract long denominator();

        @JsonProperty("share")
        abstract boolean share();

        @JsonProperty("method")
        abstract Actual.Method method();

        @JsonProperty("basis")
        abstract Actual.Basis basis();

        @JsonProperty("from")
        abstract LocalDate from();

        @JsonProperty("on")
        abstract LocalDate on();

        @JsonProperty("report")
        abstract ReportedValue report();

        @JsonProperty("areas")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<String> areas();

        @JsonProperty("leftOut")
        abstract Unplaced leftOut();
    }
}
