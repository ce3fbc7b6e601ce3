package vn.ocop.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.area.Area;
import vn.ocop.internal.Messages;
import vn.ocop.plan.AreaProgress;
import vn.ocop.plan.Baseline;
import vn.ocop.plan.Note;
import vn.ocop.plan.ReportedValue;
import vn.ocop.plan.TargetProgress;

/**
 * The words of the {@link Note}s of a progress report, with the figures each one is about, for
 * {@link ProgressReportFormatter}: the notes of a target and of each line, and the sentence that says where a
 * baseline comes from. Immutable.
 */
final class ProgressNotes {
    private static final Messages TEXT = Messages.of("plan");
    private final Formats formats;

    ProgressNotes(Formats formats) {
        this.formats = formats;
    }

    private String text(String key, Object... args) {
        return TEXT.text(formats.locale(), key, args);
    }

    /** @return the target's notes as sentences, in order */
    List<String> target(TargetProgress t) {
        List<String> out = new ArrayList<>();
        for (Note n : t.notes()) {
            out.add(target(t, n));
        }
        return out;
    }

    private String target(TargetProgress t, Note n) {
        switch (n) {
            case NATURE_ASSUMED:
                return text("note.NATURE_ASSUMED", text("nature." + t.indicator().nature().name()));
            case UNKNOWN_UNITS:
                return text("note.UNKNOWN_UNITS", String.join(", ", t.unplaced().unknownUnits()));
            case STRADDLING_UNITS:
                List<String> labels = new ArrayList<>();
                for (Area a : t.unplaced().straddlingUnits()) {
                    labels.add(label(a.code(), a.name()));
                }
                return text("note.STRADDLING_UNITS", String.join(", ", labels));
            case OUTSIDE_ALLOCATIONS:
                return text("note.OUTSIDE_ALLOCATIONS", t.outsideAllocations());
            case ALLOCATIONS_DIFFER:
                String why = t.target().allocationNote();
                return why == null ? text("note.ALLOCATIONS_DIFFER", t.allocated(), t.target().value())
                        : text("note.ALLOCATIONS_DIFFER_EXPLAINED", t.allocated(), t.target().value(), why);
            case PARTS_WORSE:
                AreaProgress w = t.worstArea();
                return text("note.PARTS_WORSE_TOTAL", t.total().status(), label(w.area(), w.areaName()), w.status());
            default:
                return t.target().allocationNote();
        }
    }

    /** @return the line's notes as sentences, in order */
    List<String> line(AreaProgress a) {
        List<String> out = new ArrayList<>();
        for (Note n : a.notes()) {
            out.add(line(a, n));
        }
        return out;
    }

    private String line(AreaProgress a, Note n) {
        Baseline b = a.baseline();
        switch (n) {
            case NO_BASELINE:
                return text("note.NO_BASELINE", b.date());
            case BASELINE_COMPUTED:
            case BASELINE_REPORTED:
                return baseline(b);
            case BASELINE_REPLACES_STATED:
                return text("note.BASELINE_REPLACES_STATED", decimal(a.statedBaseline()), decimal(b.value()));
            case GOAL_BELOW_BASELINE:
                return text("note.GOAL_BELOW_BASELINE", decimal(a.goal()), decimal(b.value()));
            case CEILING:
                Boolean reached = a.ceilingReached();
                return reached == null ? text("note.CEILING", decimal(a.ceiling()))
                        : reached ? text("note.CEILING_REACHED", decimal(a.ceiling()))
                        : text("note.CEILING_NOT_REACHED", decimal(a.ceiling()), decimal(a.actual().value()));
            default:
                AreaProgress w = a.worstPart();
                return text("note.PARTS_WORSE", a.status(), label(w.area(), w.areaName()), w.status());
        }
    }

    /**
     * The notes of every line of a target, each sentence once with the lines it is about, in the order of the lines
     * (total, areas).
     *
     * @return the sentences, each with the labels of its lines
     */
    Map<String, List<String>> lines(TargetProgress t) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<AreaProgress> lines = new ArrayList<>();
        lines.add(t.total());
        lines.addAll(t.areas());
        for (AreaProgress a : lines) {
            for (String s : line(a)) {
                out.computeIfAbsent(s, k -> new ArrayList<>()).add(label(a.area(), a.areaName()));
            }
        }
        return out;
    }

    /**
     * @param b a baseline, may be null
     * @return where it comes from, when that changes how a line is read (computed, reported, none); else null
     */
    String baseline(Baseline b) {
        if (b == null) {
            return null;
        }
        switch (b.source()) {
            case COMPUTED:
                return text("baseline.COMPUTED", b.date(), decimal(b.value()));
            case NONE:
                return text("baseline.NONE", b.date());
            case REPORTED:
                ReportedValue r = b.report();
                return text("baseline.REPORTED", decimal(b.value()), r.date(), r.source());
            default:
                return null;
        }
    }

    private String decimal(BigDecimal d) {
        return d == null ? "" : formats.decimal(d);
    }

    /** @return "name (code)", or the code alone */
    static String label(String code, String name) {
        return name == null ? code : name + " (" + code + ")";
    }
}
