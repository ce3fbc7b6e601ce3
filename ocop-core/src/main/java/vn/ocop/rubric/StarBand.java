package vn.ocop.rubric;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A point band of one star class on the council's mean total: {@code from <= mean < to}, or
 * {@code from <= mean <= to} when {@code toInclusive} (the 5★ band "từ 90 đến 100").
 *
 * <p>Immutable and thread-safe.
 *
 * @param stars the class, not null
 * @param from lowest mean in the band (inclusive), not null
 * @param to upper bound, not null
 * @param toInclusive whether {@code to} belongs to the band
 * @param citation where the law states the band, not null
 */
public record StarBand(Star stars, BigDecimal from, BigDecimal to, boolean toInclusive, String citation) {
    /**
     * Checks the components.
     *
     * @param stars the class, not null
     * @param from lowest mean in the band (inclusive), not null
     * @param to upper bound, not null
     * @param toInclusive whether {@code to} belongs to the band
     * @param citation where the law states the band, not null
     * @throws IllegalArgumentException if {@code from} is not below {@code to}
     */
    public StarBand {
        Objects.requireNonNull(stars, "stars");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(citation, "citation");
        if (from.compareTo(to) >= 0) {
            throw new IllegalArgumentException("band " + stars + ": from " + from.toPlainString()
                    + " must be below to " + to.toPlainString());
        }
    }

    /**
     * @param points a mean total, not null
     * @return whether it falls in this band
     */
    public boolean contains(BigDecimal points) {
        int c = points.compareTo(to);
        return points.compareTo(from) >= 0 && (c < 0 || (toInclusive && c == 0));
    }

    @Override
    public String toString() {
        return stars + " " + from.toPlainString() + (toInclusive ? "–" : " to under ") + to.toPlainString();
    }
}
