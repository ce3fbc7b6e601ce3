package vn.ocop.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import vn.ocop.OcopException;

/**
 * The baseline a progress line starts from, and where it comes from (see {@link Tracker}: "Baseline").
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the baseline, not negative, not null
 * @param source where it comes from, not null
 * @param date the plan's baseline date for {@link Source#COMPUTED}, {@link Source#NO_DENOMINATOR} and
 *        {@link Source#NO_REPORT}; null otherwise
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
        /** 0 assumed: the share had no denominator on the baseline date. */
        NO_DENOMINATOR,
        /** 0 assumed: no report on or before the baseline date. */
        NO_REPORT,
        /** The sum of the baselines of the areas rolled up. */
        SUM
    }

    /**
     * Checks the components.
     *
     * @param value the baseline, not negative, not null
     * @param source where it comes from, not null
     * @param date the plan's baseline date for {@link Source#COMPUTED}, {@link Source#NO_DENOMINATOR} and
     *        {@link Source#NO_REPORT}; null otherwise
     * @param report the report it was taken from for {@link Source#REPORTED}; null otherwise
     * @throws OcopException if the value is negative or does not fit the source
     */
    public Baseline {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        if (value.signum() < 0) {
            throw new OcopException("baseline: must not be negative, was " + value.toPlainString());
        }
        boolean dated = source == Source.COMPUTED || isAssumed(source);
        if (dated != (date != null) || (source == Source.REPORTED) != (report != null)) {
            throw new OcopException("baseline " + source + ": the date is given exactly for a computed or assumed "
                    + "baseline, the report exactly for a reported one");
        }
        if ((isAssumed(source) || source == Source.PERIOD_START) && value.signum() != 0) {
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

    static Baseline assumedZero(Source why, LocalDate on) {
        return new Baseline(BigDecimal.ZERO, why, on, null);
    }

    static Baseline sum(BigDecimal value) {
        return new Baseline(value, Source.SUM, null, null);
    }

    /** @return whether 0 was assumed for want of data ({@link Source#NO_DENOMINATOR}, {@link Source#NO_REPORT}) */
    public boolean isAssumed() {
        return isAssumed(source);
    }

    private static boolean isAssumed(Source s) {
        return s == Source.NO_DENOMINATOR || s == Source.NO_REPORT;
    }
}
