package vn.ocop.scoring;

import java.util.Objects;
import vn.ocop.rubric.KnockOut;

/**
 * A knock-out rule found to apply by someone: a council member on their sheet, or the council as a body (its own
 * decision, or its agreed sheet). For a rule on answers ({@code KnockOut.answerDriven()}), the finding is the answer
 * itself: {@link #criterion()} names the criterion whose answer sets the rule off on that sheet.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule, with its wording and citation, not null
 * @param member the member who raised it, or null when the council did
 * @param criterion the criterion whose answer sets off a rule on answers, or null for a finding raised by its code
 */
public record KnockOutFinding(KnockOut rule, String member, String criterion) {
    /**
     * Checks the components.
     *
     * @param rule the rule, with its wording and citation, not null
     * @param member the member who raised it, or null when the council did
     * @param criterion the criterion whose answer sets off a rule on answers, or null for a finding raised by its
     *        code
     * @throws NullPointerException if {@code rule} is null
     * @throws IllegalArgumentException if a criterion is given for a rule that is not on answers, or none for one
     *         that is
     */
    public KnockOutFinding {
        Objects.requireNonNull(rule, "rule");
        if (rule.answerDriven() == (criterion == null)) {
            throw new IllegalArgumentException("a finding of a rule on answers names the criterion answered, and only "
                    + "such a finding does: " + rule.code() + ", " + criterion);
        }
    }

    /**
     * A finding raised by its code.
     *
     * @param rule the rule, not null, not a rule on answers
     * @param member the member who raised it, or null when the council did
     * @return the finding
     */
    public static KnockOutFinding raised(KnockOut rule, String member) {
        return new KnockOutFinding(rule, member, null);
    }

    /** @return whether the council raised it as a body (its own decision or its agreed sheet) */
    public boolean byCouncil() {
        return member == null;
    }
}
