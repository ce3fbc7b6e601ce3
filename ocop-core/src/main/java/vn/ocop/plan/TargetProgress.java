package vn.ocop.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.indicator.Indicator;

/**
 * Progress of one target: the plan's area, each allocated (or rolled-up) area, the records that could not be
 * attributed, and the {@link Note}s a reader must see beside the figures.
 *
 * <p>Immutable and thread-safe.
 */
public final class TargetProgress {
    private final Target target;
    private final AreaProgress total;
    private final List<AreaProgress> areas;
    private final Unplaced unplaced;
    private final long outsideAllocations;

    private TargetProgress(Target target, AreaProgress total, List<AreaProgress> areas, Unplaced unplaced,
            long outsideAllocations) {
        this.target = Objects.requireNonNull(target, "target");
        this.total = Objects.requireNonNull(total, "total");
        this.areas = List.copyOf(areas);
        this.unplaced = unplaced;
        this.outsideAllocations = outsideAllocations;
        if (total.line() != AreaProgress.Line.TOTAL || outsideAllocations < 0
                || unplaced != null && (!unplaced.contributes() || total.actual().basis() != Actual.Basis.COUNTED)) {
            throw new OcopException("progress of target " + target.id() + ": a total line, records left unplaced "
                    + "only beside a counted total, and a count outside the allocations not below 0");
        }
        for (AreaProgress a : this.areas) {
            if (a.line() != AreaProgress.Line.AREA && a.line() != AreaProgress.Line.ROLL_UP) {
                throw new OcopException("progress of target " + target.id() + ": " + a.line() + " is not an area line");
            }
        }
    }

    /**
     * @param target the target, not null
     * @param total the line of the plan's whole area, not null
     * @param areas the allocated areas in the plan's order (or the roll-up), possibly empty, not null
     * @param unplaced the records inside the area that could not be attributed to one allocated area, or null
     * @param outsideAllocations the numerator counted in the total but in no allocated area
     * @return the progress
     */
    static TargetProgress of(Target target, AreaProgress total, List<AreaProgress> areas, Unplaced unplaced,
            long outsideAllocations) {
        return new TargetProgress(target, total, areas, unplaced, outsideAllocations);
    }

    /** @return the target as the plan states it */
    public Target target() {
        return target;
    }

    /** @return the target's id */
    public String id() {
        return target.id();
    }

    /** @return the plan's wording of the target */
    public String label() {
        return target.label();
    }

    /** @return what the target measures */
    public Indicator indicator() {
        return target.indicator();
    }

    /** @return how the target's value is read */
    public Target.Goal goal() {
        return target.goal();
    }

    /** @return whether values are percentages */
    public boolean share() {
        return target.indicator().share();
    }

    /** @return the plan's whole area */
    public AreaProgress total() {
        return total;
    }

    /** @return the allocated areas in the plan's order (or the roll-up), possibly empty */
    public List<AreaProgress> areas() {
        return areas;
    }

    /** @return the records inside the area that could not be attributed to one allocated area, or null if none */
    public Unplaced unplaced() {
        return unplaced;
    }

    /** @return the line of those records (counted over the total's dates), or null if none */
    public AreaProgress unattributed() {
        if (unplaced == null) {
            return null;
        }
        Actual t = total.actual();
        return AreaProgress.unattributed(Actual.counted(unplaced.numerator(), unplaced.denominator(), share(),
                t.from(), t.on()));
    }

    /** @return what was counted in the total but lies in no allocated area (a numerator), 0 if nothing */
    public long outsideAllocations() {
        return outsideAllocations;
    }

    /** @return the sum of the allocations of a count target, or null for a share or a target without allocations */
    public BigDecimal allocated() {
        if (target.allocations().isEmpty() || share()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Target.Allocation a : target.allocations()) {
            sum = sum.add(a.value());
        }
        return sum;
    }

    /**
     * @return the allocated (or rolled-up) area judged worst among those judged worse than the total (the first of
     *         them), or null when none is
     */
    public AreaProgress worstArea() {
        return AreaProgress.worst(total, areas);
    }

    /**
     * @return the remarks on the whole target a reader must see, in this order: the nature of the indicator read one
     *         way, records under unknown or straddling units, records in no allocated area, allocations that do not
     *         add up to the target, the plan's own remark on them, a total judged better than an allocated area (the
     *         notes of each line are on the line: {@link AreaProgress#notes()})
     */
    public List<Note> notes() {
        List<Note> out = new ArrayList<>();
        if (target.indicator().natureAssumed()) {
            out.add(Note.NATURE_ASSUMED);
        }
        if (unplaced != null && !unplaced.unknownUnits().isEmpty()) {
            out.add(Note.UNKNOWN_UNITS);
        }
        if (unplaced != null && !unplaced.straddlingUnits().isEmpty()) {
            out.add(Note.STRADDLING_UNITS);
        }
        if (outsideAllocations > 0) {
            out.add(Note.OUTSIDE_ALLOCATIONS);
        }
        BigDecimal allocated = allocated();
        if (allocated != null && allocated.compareTo(target.value()) != 0) {
            out.add(Note.ALLOCATIONS_DIFFER);
        } else if (target.allocationNote() != null) {
            out.add(Note.ALLOCATION_NOTE);
        }
        if (worstArea() != null) {
            out.add(Note.PARTS_WORSE);
        }
        return out;
    }

    /**
     * @param code an area code, not null
     * @return the line of that area
     * @throws OcopException if the target has no line for it
     */
    public AreaProgress area(String code) {
        for (AreaProgress a : areas) {
            if (code.equals(a.area())) {
                return a;
            }
        }
        throw new OcopException("target " + target.id() + " has no line for area " + code);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TargetProgress)) {
            return false;
        }
        TargetProgress t = (TargetProgress) o;
        return target.equals(t.target) && total.equals(t.total) && areas.equals(t.areas)
                && Objects.equals(unplaced, t.unplaced) && outsideAllocations == t.outsideAllocations;
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, total, areas);
    }

    @Override
    public String toString() {
        return "TargetProgress[" + target.id() + ", " + total + "]";
    }
}
