package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a council's evaluation is carried out: how star minimums are met, when a member's total is an outlier, and
 * how many decimals the displayed mean has. Start from {@link #defaults()} and change what differs:
 *
 * <pre>{@code
 * CouncilOptions o = CouncilOptions.defaults().withMinimumPolicy(MinimumPolicy.CRITERION_MEAN);
 * }</pre>
 *
 * <p>The options a province sets for its council (its rules of procedure) grow here, each with its default.
 * Immutable and thread-safe.
 */
public final class CouncilOptions {
    private static final CouncilOptions DEFAULTS = new CouncilOptions(MinimumPolicy.EVERY_MEMBER, BigDecimal.TEN, 2);

    private final MinimumPolicy minimumPolicy;
    private final BigDecimal outlierPoints;
    private final int displayScale;

    private CouncilOptions(MinimumPolicy minimumPolicy, BigDecimal outlierPoints, int displayScale) {
        this.minimumPolicy = Objects.requireNonNull(minimumPolicy, "minimumPolicy");
        this.outlierPoints = Objects.requireNonNull(outlierPoints, "outlierPoints");
        if (outlierPoints.signum() < 0) {
            throw new IllegalArgumentException("outlierPoints must not be negative, was " + outlierPoints);
        }
        if (displayScale < 0 || displayScale > 10) {
            throw new IllegalArgumentException("displayScale must be 0 to 10, was " + displayScale);
        }
        this.displayScale = displayScale;
    }

    /**
     * @return the defaults: minimums met by {@link MinimumPolicy#EVERY_MEMBER}, outliers at more than 10 points from
     *         the others' mean (the figure provincial council rules use; not in the decision), the mean displayed
     *         with 2 decimals
     */
    public static CouncilOptions defaults() {
        return DEFAULTS;
    }

    /** @return how star minimums are met */
    public MinimumPolicy minimumPolicy() {
        return minimumPolicy;
    }

    /**
     * @return a member is flagged as an outlier when their total differs from the mean of the other members' totals
     *         by more than this many points
     */
    public BigDecimal outlierPoints() {
        return outlierPoints;
    }

    /** @return decimals of the displayed mean; the classification always uses the exact mean */
    public int displayScale() {
        return displayScale;
    }

    /**
     * @param policy how star minimums are met, not null
     * @return a copy with that policy
     * @throws NullPointerException if {@code policy} is null
     */
    public CouncilOptions withMinimumPolicy(MinimumPolicy policy) {
        return new CouncilOptions(policy, outlierPoints, displayScale);
    }

    /**
     * @param points the outlier threshold, not null, not negative
     * @return a copy with that threshold
     * @throws NullPointerException if {@code points} is null
     * @throws IllegalArgumentException if it is negative
     */
    public CouncilOptions withOutlierPoints(BigDecimal points) {
        return new CouncilOptions(minimumPolicy, points, displayScale);
    }

    /**
     * @param decimals decimals of the displayed mean, 0 to 10
     * @return a copy with that display scale
     * @throws IllegalArgumentException if it is outside 0 to 10
     */
    public CouncilOptions withDisplayScale(int decimals) {
        return new CouncilOptions(minimumPolicy, outlierPoints, decimals);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CouncilOptions c && minimumPolicy == c.minimumPolicy
                && outlierPoints.compareTo(c.outlierPoints) == 0 && displayScale == c.displayScale;
    }

    @Override
    public int hashCode() {
        return Objects.hash(minimumPolicy, outlierPoints.stripTrailingZeros(), displayScale);
    }

    @Override
    public String toString() {
        return "CouncilOptions[" + minimumPolicy + ", outliers > " + outlierPoints.toPlainString() + ", "
                + displayScale + " decimals]";
    }
}
