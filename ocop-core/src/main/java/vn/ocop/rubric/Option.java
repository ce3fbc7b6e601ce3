package vn.ocop.rubric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One alternative ("□ …") of a criterion, of which an evaluator ticks exactly one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code code within the criterion: "a", "b", … in the law's order, not null
 * @param points points, an exact decimal, not null
 * @param label our concise Vietnamese wording of the option (the official wording is at the citation), not null
 * @param minStars the star class whose minimum this option is (the law's {@code ***}, {@code ****},
 *        {@code *****} marker), or null
 * @param caseCode the "choose one case" variant the option belongs to, or null
 * @param doubts remarks on the source text, not null
 */
public record Option(String code, BigDecimal points, String label, Star minStars,
        String caseCode, List<String> doubts) {
    /**
     * Checks the components and copies the list.
     *
     * @param code code within the criterion: "a", "b", … in the law's order, not null
     * @param points points, an exact decimal, not null
     * @param label our concise Vietnamese wording of the option (the official wording is at the citation), not null
     * @param minStars the star class whose minimum this option is (the law's {@code ***}, {@code ****},
     *        {@code *****} marker), or null
     * @param caseCode the "choose one case" variant the option belongs to, or null
     * @param doubts remarks on the source text, not null
     * @throws IllegalArgumentException if {@code minStars} is 1★ or 2★ (minimums are marked for 3★ to 5★)
     */
    public Option {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(label, "label");
        if (minStars != null && !minStars.isCertifiable()) {
            throw new IllegalArgumentException("option " + code + ": minimums are marked for 3★ to 5★, not " + minStars);
        }
        doubts = List.copyOf(doubts);
    }
}
