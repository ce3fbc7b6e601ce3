package vn.ocop.rubric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A numbered group of criteria, e.g. {@code 1. TỔ CHỨC SẢN XUẤT} (18 points).
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the law's number, e.g. "1", not null
 * @param name Vietnamese name, not null
 * @param nameEn English name, may be null
 * @param max maximum points, not null
 * @param criteria its criteria, not null
 */
public record CriterionGroup(String code, String name, String nameEn, BigDecimal max, List<Criterion> criteria) {
    /**
     * Checks the components and copies the list.
     *
     * @param code the law's number, e.g. "1", not null
     * @param name Vietnamese name, not null
     * @param nameEn English name, may be null
     * @param max maximum points, not null
     * @param criteria its criteria, not null
     */
    public CriterionGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(max, "max");
        criteria = List.copyOf(criteria);
    }
}
