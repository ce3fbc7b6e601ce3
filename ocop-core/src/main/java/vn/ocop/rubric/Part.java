package vn.ocop.rubric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A part (A, B or C) of one rubric set with its groups.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code "A", "B" or "C", not null
 * @param max maximum points, not null
 * @param groups the groups, not null
 */
public record Part(String code, BigDecimal max, List<CriterionGroup> groups) {
    /**
     * Checks the components and copies the list.
     *
     * @param code "A", "B" or "C", not null
     * @param max maximum points, not null
     * @param groups the groups, not null
     */
    public Part {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(max, "max");
        groups = List.copyOf(groups);
    }
}
