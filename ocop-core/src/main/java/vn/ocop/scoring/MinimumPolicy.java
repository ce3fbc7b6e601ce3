package vn.ocop.scoring;

import java.util.Locale;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * How a council meets the star minimums ("Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao"), one of its
 * rules of procedure ({@link CouncilRules#minimumPolicy()}).
 *
 * <p>The decision says a product must reach each marked option to be classed at that star level, but not how a
 * council of several members establishes that. The default is {@link #CRITERION_MEAN}: the product's score is the
 * mean of the members' scores (Điều 3.3), so the minimum applies to the members' mean points on the criterion, and
 * one member does not veto the class the council gives. {@link #EVERY_MEMBER} is the strict reading (no member found
 * the requirement unmet); a council that records one agreed sheet ("biên bản" of the meeting) uses
 * {@link #AGREED_SHEET}. Rules on answers (a 0 on listed criteria) are read the same way. An explanation names the
 * policy applied and what the others would give where they differ.
 */
public enum MinimumPolicy implements Localized {
    /** Each member's sheet must meet each minimum. */
    EVERY_MEMBER,
    /** The council's agreed sheet must meet each minimum; the council must supply that sheet. */
    AGREED_SHEET,
    /** The members' mean points on the criterion must reach the minimum's points (the default). */
    CRITERION_MEAN;

    private static final Messages TEXT = Messages.of("scoring");

    /**
     * @param locale the reader's locale, not null
     * @return what the minimums are applied to, e.g. "phiếu của từng thành viên" / "every member's sheet"
     */
    @Override
    public String text(Locale locale) {
        return TEXT.text(locale, "policy." + name());
    }
}
