package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One member's total in a council, and how far it lies from the others.
 *
 * <p>Immutable and thread-safe.
 *
 * @param member council member, not null
 * @param total the member's total, not null
 * @param othersMean mean of the other members' totals (rounded to 2 decimals, half up), or null for a council of one
 * @param outlier whether {@code |total - othersMean|} exceeds the configured threshold
 */
public record MemberTotal(String member, BigDecimal total, BigDecimal othersMean, boolean outlier) {
    /**
     * Checks the components.
     *
     * @param member council member, not null
     * @param total the member's total, not null
     * @param othersMean mean of the other members' totals (rounded to 2 decimals, half up), or null for a council of one
     * @param outlier whether {@code |total - othersMean|} exceeds the configured threshold
     */
    public MemberTotal {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(total, "total");
    }
}
