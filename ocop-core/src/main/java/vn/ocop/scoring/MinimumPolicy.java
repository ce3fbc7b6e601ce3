package vn.ocop.scoring;

import java.util.Locale;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * How a council meets the star minimums ("Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao").
 *
 * <p>The decision says a product must reach each marked option to be classed at that star level, but not how a
 * council of several members establishes that. The library's default is {@link #EVERY_MEMBER}: a minimum is met
 * only if every member's sheet meets it, the strict reading (no member found the requirement unmet). A council
 * that records one agreed sheet ("biên bản" of the meeting) uses {@link #AGREED_SHEET}. {@link #CRITERION_MEAN}
 * applies the minimum to the members' mean points on the criterion, the way the mean total is used for the band.
 */
public enum MinimumPolicy implements Localized {
    /** Each member's sheet must meet each minimum (default). */
    EVERY_MEMBER,
    /** The council's agreed sheet must meet each minimum; the council must supply that sheet. */
    AGREED_SHEET,
    /** The members' mean points on the criterion must reach the minimum's points. */
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
