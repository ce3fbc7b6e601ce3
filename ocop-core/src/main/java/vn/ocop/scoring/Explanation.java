package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ocop.rubric.Star;
import vn.ocop.rubric.StarBand;

/**
 * Why a product got its star class: the points per criterion with citations, the part means, the band, the star
 * minimums it failed, the knock-out findings, and what it still lacks for the next star up. Text for a person comes
 * from {@code vn.ocop.format.ExplanationFormatter}, in Vietnamese or English.
 *
 * <p>Immutable and thread-safe.
 *
 * @param edition edition id, not null
 * @param editionCitation citation of the decision, not null
 * @param set set number
 * @param setName set name, not null
 * @param setNameEn set name in English, or null when the rubric data has none
 * @param classification the outcome it explains, not null
 * @param policy how star minimums were applied, not null
 * @param criteria one line per answerable criterion, in the law's order, not null
 * @param parts members' mean points per part code (2 decimals, half up), in order, not null
 * @param failedMinimums minimums failed at the star levels up to the band's, which lowered the class (none when
 *        rejected), not null
 * @param pointsToNextBand points the mean still lacks to reach the next star's band (0 if already there), or null
 *        when there is no next star
 * @param minimumsForNextStar minimums failed for the next star, not null (empty when there is no next star)
 */
public record Explanation(String edition, String editionCitation, int set, String setName, String setNameEn,
        Classification classification, MinimumPolicy policy, List<CriterionLine> criteria,
        Map<String, BigDecimal> parts, List<FailedMinimum> failedMinimums, BigDecimal pointsToNextBand,
        List<FailedMinimum> minimumsForNextStar) {

    /**
     * Checks and copies the components.
     *
     * @param edition edition id, not null
     * @param editionCitation citation of the decision, not null
     * @param set set number
     * @param setName set name, not null
     * @param setNameEn set name in English, or null when the rubric data has none
     * @param classification the outcome it explains, not null
     * @param policy how star minimums were applied, not null
     * @param criteria one line per answerable criterion, in the law's order, not null
     * @param parts members' mean points per part code (2 decimals, half up), in order, not null
     * @param failedMinimums minimums failed at the star levels up to the band's, which lowered the class (none when
     *        rejected), not null
     * @param pointsToNextBand points the mean still lacks to reach the next star's band (0 if already there), or null
     *        when there is no next star
     * @param minimumsForNextStar minimums failed for the next star, not null (empty when there is no next star)
     * @throws NullPointerException if a component that must not be null is null
     * @throws IllegalArgumentException if the points or minimums for the next star are given without a next star,
     *         or the points are missing with one
     */
    public Explanation {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(editionCitation, "editionCitation");
        Objects.requireNonNull(setName, "setName");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(policy, "policy");
        criteria = List.copyOf(criteria);
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        failedMinimums = List.copyOf(failedMinimums);
        minimumsForNextStar = List.copyOf(minimumsForNextStar);
        Star next = classification.stars() == null ? null : classification.stars().next();
        if ((next == null) != (pointsToNextBand == null) || (next == null && !minimumsForNextStar.isEmpty())) {
            throw new IllegalArgumentException("points and minimums for the next star go with a next star ("
                    + next + ")");
        }
    }

    /** @return the band the mean falls in, with its citation */
    public StarBand band() {
        return classification.band();
    }

    /** @return the next star class above the awarded one, or null at 5★ or when not classified */
    public Star nextStar() {
        return classification.stars() == null ? null : classification.stars().next();
    }

    /** @return the knock-out findings that ended the evaluation, not null */
    public List<KnockOutFinding> knockOuts() {
        return classification.knockOuts();
    }
}
