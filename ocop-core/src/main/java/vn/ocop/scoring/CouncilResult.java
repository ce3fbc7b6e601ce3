package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The result of a council evaluation of one product.
 *
 * <p>{@link #mean()} is the mean of the members' totals (Điều 3.3 "tổng điểm trung bình"). It is exact when the
 * division terminates; otherwise it is rounded to 10 decimals, half even. The classification never uses a rounded
 * mean: it compares {@code sum of totals} with {@code bound × members} exactly, so a mean of 69.9966… is never
 * taken for 70. {@link #meanDisplay()} is the mean rounded half up to the configured display scale.
 *
 * <p>Immutable and thread-safe.
 *
 * @param edition edition id, not null
 * @param set set number
 * @param sheets each member's sheet score, in member order, not null
 * @param members each member's total and deviation, not null
 * @param mean mean total, exact or rounded to 10 decimals, not null
 * @param meanDisplay mean total rounded half up to the display scale, not null
 * @param spread highest minus lowest member total, not null
 * @param outliers members whose total is more than the threshold from the others' mean, not null
 * @param classification the outcome, not null
 * @param explanation why, not null
 */
public record CouncilResult(String edition, int set, List<SheetScore> sheets, List<MemberTotal> members,
        BigDecimal mean, BigDecimal meanDisplay, BigDecimal spread, List<String> outliers,
        Classification classification, Explanation explanation) {
    /** Checks and copies the components. */
    public CouncilResult {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(meanDisplay, "meanDisplay");
        Objects.requireNonNull(spread, "spread");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(explanation, "explanation");
        sheets = List.copyOf(sheets);
        members = List.copyOf(members);
        outliers = List.copyOf(outliers);
    }
}
