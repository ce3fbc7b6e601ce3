package vn.ocop.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import vn.ocop.OcopException;

/**
 * The baseline a progress line starts from, and where it comes from (see {@link Tracker}: "Baseline"). A line may
 * have no baseline ({@link Source#NONE}): the library never assumes 0 for want of data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the baseline, not negative; null exactly for {@link Source#NONE}
 * @param source where it comes from, not null
 * @param date the plan's baseline date for {@link Source#COMPUTED} and {@link Source#NONE}; null otherwise
 * @param report the report it was taken from for {@link Source#REPORTED}; null otherwise
 */
public record Baseline(BigDecimal value, Source source, LocalDate date, ReportedValue report) {
    /** Where a baseline comes from. */
    public enum Source {
        /** As the plan states it (for the target or the allocation). */
        STATED,
        /** 0: a flow counts from the first day of the period. */
        PERIOD_START,
        /** Computed from the registry on the plan's baseline date. */
        COMPUTED,
        /** The latest report on or before the plan's baseline date. */
        REPORTED,
        /** The sum of the baselines of the areas rolled up. */
        SUM,
        /**
         * No baseline: the registry does not cover the baseline date (a share without a denominator then, a count
         * before the registry's first certificate), no report gives one, and the plan states none.
         */
        NONE
    }

    /**
     * Checks the components.
     *
     * @param value the baseline, not negative; null exactly for {@link Source#NONE}
     * @param source where it comes from, not null
     * @param date the plan's baseline date for {@link Source#COMPUTED} and {@link Source#NONE}; null otherwise
     * @param report the report it was taken from for {@link Source#REPORTED}; null otherwise
     * @throws OcopException if the value is negative or does not fit the source
     */
    public Baseline {
        Objects.requireNonNull(source, "source");
        if ((value == null) != (source == Source.NONE)) {
            throw new OcopException("baseline " + source + ": a value is given exactly when there is a baseline");
        }
        if (value != null && value.signum() < 0) {
            throw new OcopException("baseline: must not be negative, was " + value.toPlainString());
        }
        boolean dated = source == Source.COMPUTED || source == Source.NONE;
        if (dated != (date != null) || (source == Source.REPORTED) != (report != null)) {
            throw new OcopException("baseline " + source + ": the date is given exactly for a computed baseline or"
                    + " none, the report exactly for a reported one");
        }
        if (source == Source.PERIOD_START && value.signum() != 0) {
            throw new OcopException("baseline " + source + " is 0, not " + value.toPlainString());
        }
        if (report != null && report.value().compareTo(value) != 0) {
            throw new OcopException("baseline: " + value.toPlainString() + " is not the reported "
                    + report.value().toPlainString());
        }
    }

    static Baseline stated(BigDecimal value) {
        return new Baseline(value, Source.STATED, null, null);
    }

    static Baseline periodStart() {
        return new Baseline(BigDecimal.ZERO, Source.PERIOD_START, null, null);
    }

    static Baseline computed(BigDecimal value, LocalDate on) {
        return new Baseline(value, Source.COMPUTED, on, null);
    }

    static Baseline reported(ReportedValue report) {
        return new Baseline(report.value(), Source.REPORTED, null, report);
    }

    static Baseline none(LocalDate on) {
        return new Baseline(null, Source.NONE, on, null);
    }

    static Baseline sum(BigDecimal value) {
        return new Baseline(value, Source.SUM, null, null);
    }

    /** @return whether there is a baseline (any source but {@link Source#NONE}) */
    public boolean isKnown() {
        return value != null;
    }
}
