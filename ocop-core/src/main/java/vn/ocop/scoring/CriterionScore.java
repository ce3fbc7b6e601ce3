package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The score of one criterion on one sheet.
 *
 * <p>Immutable and thread-safe.
 *
 * @param criterion criterion code, not null
 * @param option chosen option code, {@value Answer#NONE}, or null when missing or not applicable
 * @param points points scored, not null
 * @param status how the points came about, not null
 */
public record CriterionScore(String criterion, String option, BigDecimal points, Status status) {
    /** How a criterion's points came about. */
    public enum Status {
        /** An option was chosen. */
        ANSWERED,
        /** {@value Answer#NONE}: no listed option applies; 0 points. */
        NONE_APPLIES,
        /** The "only if" condition is not met; 0 points. */
        NOT_APPLICABLE,
        /** No answer (draft sheets only); 0 points. */
        MISSING
    }

    /**
     * Checks the components.
     *
     * @param criterion criterion code, not null
     * @param option chosen option code, {@value Answer#NONE}, or null when missing or not applicable
     * @param points points scored, not null
     * @param status how the points came about, not null
     */
    public CriterionScore {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(status, "status");
    }
}
