package vn.ocop.scoring;

import java.util.Locale;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * Who decides that a knock-out finding raised by members ends the evaluation: one of the council's rules of
 * procedure ({@link CouncilRules#knockOutPolicy()}). The decision says what ends an evaluation ("Hồ sơ bị loại khi
 * …", "sẽ không đánh giá các bước tiếp theo"), not who establishes the fact when members disagree.
 *
 * <p>Whatever the policy, the council's own decision comes first: a rule the council upholds as a body
 * ({@link Council#knockOuts()}, or its agreed sheet) applies, and one it dismisses
 * ({@link Council#dismissedKnockOuts()}) does not. The policy decides the findings the council has not ruled on.
 * Rules on answers ({@code KnockOut.answerDriven()}) are not findings: the answers decide them, read the way the
 * {@link MinimumPolicy} reads them.
 */
public enum KnockOutPolicy implements Localized {
    /**
     * Only the council decides (the default): a member's finding the council has not ruled on leaves the result
     * "knock-out raised, pending the council's decision" ({@link Classification.Status#KNOCK_OUT_PENDING}).
     */
    COUNCIL,
    /** A finding raised by more than half of the members who took part applies; a minority's is not carried. */
    MAJORITY,
    /** Any member's finding applies. */
    ANY_MEMBER;

    private static final Messages TEXT = Messages.of("scoring");

    /**
     * @param locale the reader's locale, not null
     * @return who decides, e.g. "Hội đồng quyết định" / "the council decides"
     */
    @Override
    public String text(Locale locale) {
        return TEXT.text(locale, "knockOutPolicy." + name());
    }
}
