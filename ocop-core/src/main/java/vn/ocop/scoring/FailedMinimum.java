package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import vn.ocop.rubric.Star;

/**
 * A star minimum that was not met: the criterion, the points the marked option requires, the points reached, and
 * whose sheet misses it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stars the star class the minimum belongs to, not null
 * @param criterion criterion code, not null
 * @param criterionName criterion name, not null
 * @param criterionNameEn criterion name in English, or null when the rubric data has none
 * @param required points of the marked option, not null
 * @param actual points reached (the member's, the agreed sheet's, or the members' mean), not null
 * @param member the member whose sheet misses it, or null for the agreed sheet or the mean
 * @param citation where the marked option stands in the decision, not null
 */
public record FailedMinimum(Star stars, String criterion, String criterionName, String criterionNameEn,
        BigDecimal required, BigDecimal actual, String member, String citation) {
    /**
     * Checks the components.
     *
     * @param stars the star class the minimum belongs to, not null
     * @param criterion criterion code, not null
     * @param criterionName criterion name, not null
     * @param criterionNameEn criterion name in English, or null when the rubric data has none
     * @param required points of the marked option, not null
     * @param actual points reached (the member's, the agreed sheet's, or the members' mean), not null
     * @param member the member whose sheet misses it, or null for the agreed sheet or the mean
     * @param citation where the marked option stands in the decision, not null
     * @throws NullPointerException if a component that must not be null is null
     */
    public FailedMinimum {
        Objects.requireNonNull(stars, "stars");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(criterionName, "criterionName");
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(citation, "citation");
    }

}
