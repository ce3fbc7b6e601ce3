package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Options of a council evaluation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param minimumPolicy how star minimums are met, not null (default {@link MinimumPolicy#EVERY_MEMBER})
 * @param outlierPoints a member is flagged when their total differs from the mean of the other members' totals by
 *        more than this many points (default 10, the figure provincial council rules use), not null, not negative
 * @param displayScale decimals of the displayed mean (default 2); the classification always uses the exact mean
 */
public record CouncilOptions(MinimumPolicy minimumPolicy, BigDecimal outlierPoints, int displayScale) {
    /** Checks the components. */
    public CouncilOptions {
        Objects.requireNonNull(minimumPolicy, "minimumPolicy");
        Objects.requireNonNull(outlierPoints, "outlierPoints");
        if (outlierPoints.signum() < 0) {
            throw new IllegalArgumentException("outlierPoints must not be negative, was " + outlierPoints);
        }
        if (displayScale < 0 || displayScale > 10) {
            throw new IllegalArgumentException("displayScale must be 0 to 10, was " + displayScale);
        }
    }

    /** @return the defaults: every member, 10 points, 2 decimals */
    public static CouncilOptions defaults() {
        return new CouncilOptions(MinimumPolicy.EVERY_MEMBER, BigDecimal.TEN, 2);
    }

    /**
     * @param policy how star minimums are met
     * @return a copy with that policy
     */
    public CouncilOptions withMinimumPolicy(MinimumPolicy policy) {
        return new CouncilOptions(policy, outlierPoints, displayScale);
    }

    /**
     * @param points outlier threshold
     * @return a copy with that threshold
     */
    public CouncilOptions withOutlierPoints(BigDecimal points) {
        return new CouncilOptions(minimumPolicy, points, displayScale);
    }
}
