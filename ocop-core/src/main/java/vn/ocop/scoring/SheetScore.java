package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scores of one evaluation sheet: per criterion, per group, per part and in total, as exact decimals.
 *
 * <p>Immutable and thread-safe.
 *
 * @param edition edition id, not null
 * @param set set number
 * @param member council member, not null
 * @param criteria per answerable criterion, in the law's order, not null
 * @param groups points per group code, in order, not null
 * @param parts points per part code, in order, not null
 * @param total total points, not null
 * @param missing criteria without an answer (only on drafts), not null
 * @param knockOuts knock-out codes on the sheet, not null
 */
public record SheetScore(String edition, int set, String member, List<CriterionScore> criteria,
        Map<String, BigDecimal> groups, Map<String, BigDecimal> parts, BigDecimal total, List<String> missing,
        List<String> knockOuts) {
    /**
     * Checks and copies the components (maps keep their order).
     *
     * @param edition edition id, not null
     * @param set set number
     * @param member council member, not null
     * @param criteria per answerable criterion, in the law's order, not null
     * @param groups points per group code, in order, not null
     * @param parts points per part code, in order, not null
     * @param total total points, not null
     * @param missing criteria without an answer (only on drafts), not null
     * @param knockOuts knock-out codes on the sheet, not null
     */
    public SheetScore {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(total, "total");
        criteria = List.copyOf(criteria);
        groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
        parts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
        missing = List.copyOf(missing);
        knockOuts = List.copyOf(knockOuts);
    }

    /** @return whether every applicable criterion is answered (a draft is not complete) */
    public boolean isComplete() {
        return missing.isEmpty();
    }

    /**
     * @param criterion criterion code
     * @return its score, or null if the set has no such answerable criterion
     */
    public CriterionScore criterion(String criterion) {
        String code = vn.ocop.internal.Text.nfc(criterion);
        for (CriterionScore c : criteria) {
            if (c.criterion().equals(code)) {
                return c;
            }
        }
        return null;
    }
}
