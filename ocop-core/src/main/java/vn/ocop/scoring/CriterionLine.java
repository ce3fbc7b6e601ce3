package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One line of an explanation: a criterion, the options the members chose and the members' mean points on it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param criterion criterion code, not null
 * @param name criterion name, not null
 * @param nameEn criterion name in English, or null when the rubric data has none
 * @param max maximum points, not null
 * @param meanPoints members' mean points on it, rounded to 2 decimals half up, not null
 * @param options the option each member chose, in member order ({@value Answer#NONE}, or "-" for not applicable),
 *        not null
 * @param citation where the criterion stands in the decision, not null
 */
public record CriterionLine(String criterion, String name, String nameEn, BigDecimal max, BigDecimal meanPoints,
        List<String> options, String citation) {
    /**
     * Checks and copies the components.
     *
     * @param criterion criterion code, not null
     * @param name criterion name, not null
     * @param nameEn criterion name in English, or null when the rubric data has none
     * @param max maximum points, not null
     * @param meanPoints members' mean points on it, rounded to 2 decimals half up, not null
     * @param options the option each member chose, in member order ({@value Answer#NONE}, or "-" for not applicable),
     *        not null
     * @param citation where the criterion stands in the decision, not null
     * @throws NullPointerException if a component that must not be null is null
     */
    public CriterionLine {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(meanPoints, "meanPoints");
        Objects.requireNonNull(citation, "citation");
        options = options instanceof MemberOptions ? options : List.copyOf(options);
    }
}
