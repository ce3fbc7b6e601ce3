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
 * Why a product got its result: the points per criterion with citations, the part means, who took part, the council
 * rules applied, what became of each knock-out rule raised, the band and the star minimums failed (for a classified
 * result), what the next star up still needs, and which other minimum policy would have given a different result.
 * Text for a person comes from {@code vn.ocop.format.ExplanationFormatter}, in Vietnamese or English.
 *
 * <p>Immutable and thread-safe.
 *
 * @param edition edition id, not null
 * @param editionCitation citation of the decision, not null
 * @param set set number
 * @param setName set name, not null
 * @param setNameEn set name in English, or null when the rubric data has none
 * @param classification the outcome it explains, not null
 * @param rules the council rules applied, not null
 * @param attendance who took part in the first round, against the quorum, not null
 * @param rescored the members whose second-round sheet replaced their first-round one, in member order, not null
 * @param criteria one line per answerable criterion, in the law's order, not null
 * @param parts members' mean points per part code (2 decimals, half up), in order, not null
 * @param failedMinimums minimums failed at the star levels up to the band's, which lowered the class (none when not
 *        classified), not null
 * @param pointsToNextBand points the mean still lacks to reach the next star's band (0 if already there), or null
 *        when there is no next star
 * @param minimumsForNextStar minimums failed for the next star, not null (empty when there is no next star)
 * @param alternatives the other minimum policies that would give this council another result, in the policies'
 *        order, not null (empty unless the result is classified, or ended only by a rule on answers)
 */
public record Explanation(String edition, String editionCitation, int set, String setName, String setNameEn,
        Classification classification, CouncilRules rules, Attendance attendance, List<String> rescored,
        List<CriterionLine> criteria, Map<String, BigDecimal> parts, List<FailedMinimum> failedMinimums,
        BigDecimal pointsToNextBand, List<FailedMinimum> minimumsForNextStar, List<PolicyAlternative> alternatives) {

    /**
     * Checks and copies the components.
     *
     * @param edition edition id, not null
     * @param editionCitation citation of the decision, not null
     * @param set set number
     * @param setName set name, not null
     * @param setNameEn set name in English, or null when the rubric data has none
     * @param classification the outcome it explains, not null
     * @param rules the council rules applied, not null
     * @param attendance who took part, not null
     * @param rescored the members whose second-round sheet replaced their first-round one, not null
     * @param criteria one line per answerable criterion, in the law's order, not null
     * @param parts members' mean points per part code (2 decimals, half up), in order, not null
     * @param failedMinimums minimums failed at the star levels up to the band's (none when not classified), not null
     * @param pointsToNextBand points the mean still lacks to reach the next star's band, or null when there is no
     *        next star
     * @param minimumsForNextStar minimums failed for the next star, not null
     * @param alternatives the other minimum policies that would give another result, not null
     * @throws NullPointerException if a component that must not be null is null
     * @throws IllegalArgumentException if the points or minimums for the next star are given without a next star,
     *         or the points are missing with one; if minimums are failed in a result that is not classified; or if
     *         an alternative names the policy applied
     */
    public Explanation {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(editionCitation, "editionCitation");
        Objects.requireNonNull(setName, "setName");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(attendance, "attendance");
        rescored = List.copyOf(rescored);
        criteria = List.copyOf(criteria);
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        failedMinimums = List.copyOf(failedMinimums);
        minimumsForNextStar = List.copyOf(minimumsForNextStar);
        alternatives = List.copyOf(alternatives);
        Star next = classification.stars() == null ? null : classification.stars().next();
        if ((next == null) != (pointsToNextBand == null) || (next == null && !minimumsForNextStar.isEmpty())) {
            throw new IllegalArgumentException("points and minimums for the next star go with a next star ("
                    + next + ")");
        }
        if (classification.stars() == null && !failedMinimums.isEmpty()) {
            throw new IllegalArgumentException("failed minimums go with a classified result");
        }
        for (PolicyAlternative a : alternatives) {
            if (a.policy() == rules.minimumPolicy()) {
                throw new IllegalArgumentException("an alternative to " + a.policy() + " names it");
            }
        }
    }

    /** @return how star minimums were applied (the rules' policy), not null */
    public MinimumPolicy policy() {
        return rules.minimumPolicy();
    }

    /** @return the band the mean falls in, with its citation (a figure: only a classified result is in it) */
    public StarBand band() {
        return classification.band();
    }

    /** @return the next star class above the awarded one, or null at 5★ or when not classified */
    public Star nextStar() {
        return classification.stars() == null ? null : classification.stars().next();
    }

    /** @return what became of each knock-out rule raised, not null */
    public List<KnockOutOutcome> knockOuts() {
        return classification.knockOuts();
    }
}
