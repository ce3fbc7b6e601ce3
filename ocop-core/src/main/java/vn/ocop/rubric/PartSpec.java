package vn.ocop.rubric;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A part of the rubric as the decision defines it for all sets (Điều 3.1): e.g. A "Sản phẩm và sức mạnh cộng
 * đồng", 40 points.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code "A", "B" or "C", not null
 * @param name Vietnamese name, not null
 * @param max maximum points, not null
 * @param citation where the decision defines the part, not null
 */
public record PartSpec(String code, String name, BigDecimal max, String citation) {
    /**
     * Checks the components.
     *
     * @param code "A", "B" or "C", not null
     * @param name Vietnamese name, not null
     * @param max maximum points, not null
     * @param citation where the decision defines the part, not null
     */
    public PartSpec {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(citation, "citation");
    }
}
