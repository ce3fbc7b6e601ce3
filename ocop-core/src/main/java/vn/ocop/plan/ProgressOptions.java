package vn.ocop.plan;

import java.math.BigDecimal;
import java.util.Objects;
import vn.ocop.OcopException;

/**
 * Settings of the progress judgement.
 *
 * <p>Immutable and thread-safe.
 *
 * @param atRiskPaceFactor a target below the linear pace is {@link Status#AT_RISK} (rather than
 *        {@link Status#BEHIND}) when the pace needed for the rest of the period is at most this many times the
 *        planned pace; at least 1, not null. Default 1.5: a province that must work half as fast again as planned
 *        can still catch up within its usual two evaluation rounds a year; beyond that it rarely does. This
 *        threshold is the library's judgement, not a legal rule.
 */
public record ProgressOptions(BigDecimal atRiskPaceFactor) {
    /** The defaults: at-risk factor 1.5. */
    public static final ProgressOptions DEFAULT = new ProgressOptions(new BigDecimal("1.5"));

    /**
     * Checks the components.
     *
     * @param atRiskPaceFactor a target below the linear pace is {@link Status#AT_RISK} (rather than
     *        {@link Status#BEHIND}) when the pace needed for the rest of the period is at most this many times the
     *        planned pace; at least 1, not null. Default 1.5: a province that must work half as fast again as planned
     *        can still catch up within its usual two evaluation rounds a year; beyond that it rarely does. This
     *        threshold is the library's judgement, not a legal rule.
     * @throws OcopException if the factor is below 1
     */
    public ProgressOptions {
        Objects.requireNonNull(atRiskPaceFactor, "atRiskPaceFactor");
        if (atRiskPaceFactor.compareTo(BigDecimal.ONE) < 0) {
            throw new OcopException("progress options: the at-risk pace factor must be at least 1, was "
                    + atRiskPaceFactor.toPlainString());
        }
    }
}
