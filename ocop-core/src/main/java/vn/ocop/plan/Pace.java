package vn.ocop.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.rubric.DateRange;

/**
 * Where a measurement stands in a plan's period, and how far below the linear pace a target may fall before it is
 * {@link Status#BEHIND} rather than {@link Status#AT_RISK} (see {@link Tracker}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param periodDays the period's number of days {@code T}, at least 1
 * @param elapsedDays the days {@code E} from the period's first day through the measurement date inclusive, 0 to
 *        {@code periodDays} (0 before the period)
 * @param atRiskFactor {@link ProgressOptions#atRiskPaceFactor()}, at least 1, not null
 */
public record Pace(long periodDays, long elapsedDays, BigDecimal atRiskFactor) {
    /** Days in an average Gregorian month, 365.2425 ÷ 12: paces are given per such month. */
    public static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.436875");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks the components.
     *
     * @param periodDays the period's number of days {@code T}, at least 1
     * @param elapsedDays the days {@code E} from the period's first day through the measurement date inclusive, 0 to
     *        {@code periodDays} (0 before the period)
     * @param atRiskFactor {@link ProgressOptions#atRiskPaceFactor()}, at least 1, not null
     * @throws OcopException if the days are out of range or the factor is below 1
     */
    public Pace {
        Objects.requireNonNull(atRiskFactor, "atRiskFactor");
        if (periodDays < 1 || elapsedDays < 0 || elapsedDays > periodDays) {
            throw new OcopException("pace: " + elapsedDays + " of " + periodDays + " days elapsed is not possible");
        }
        if (atRiskFactor.compareTo(BigDecimal.ONE) < 0) {
            throw new OcopException("pace: the at-risk factor must be at least 1, was " + atRiskFactor.toPlainString());
        }
    }

    /**
     * @param period a bounded period, not null
     * @param measuredOn the measurement date, not null
     * @param atRiskFactor the at-risk factor, at least 1, not null
     * @return the pace of that date in that period
     */
    public static Pace of(DateRange period, LocalDate measuredOn, BigDecimal atRiskFactor) {
        long total = ChronoUnit.DAYS.between(period.from(), period.until());
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(period.from(), measuredOn) + 1));
        return new Pace(total, elapsed, atRiskFactor);
    }

    /** @return whether the whole period has elapsed */
    public boolean isOver() {
        return elapsedDays >= periodDays;
    }

    /** @return the share of the period's days elapsed, in percent, 1 decimal half-up */
    public BigDecimal elapsedPercent() {
        return BigDecimal.valueOf(elapsedDays).multiply(HUNDRED).divide(BigDecimal.valueOf(periodDays), 1,
                RoundingMode.HALF_UP);
    }
}
