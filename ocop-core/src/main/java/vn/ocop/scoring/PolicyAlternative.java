package vn.ocop.scoring;

import java.util.Objects;

/**
 * What another {@link MinimumPolicy} would have given the same council, listed in an explanation where it differs
 * from the policy the council's rules use: a different star class, or the end of the evaluation by a rule on answers
 * (the policies read a council's answers differently).
 *
 * <p>Immutable and thread-safe.
 *
 * @param policy the other policy, not null
 * @param stars the star class it would give, or null when a rule on answers would end the evaluation
 */
public record PolicyAlternative(MinimumPolicy policy, vn.ocop.rubric.Star stars) {
    /**
     * Checks the components.
     *
     * @param policy the other policy, not null
     * @param stars the star class it would give, or null when a rule on answers would end the evaluation
     * @throws NullPointerException if {@code policy} is null
     */
    public PolicyAlternative {
        Objects.requireNonNull(policy, "policy");
    }
}
