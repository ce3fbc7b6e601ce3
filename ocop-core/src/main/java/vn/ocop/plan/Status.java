package vn.ocop.plan;

import java.util.Locale;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * Where a target stands, judged against the linear pace of the period (see {@link Tracker} for the exact rules and
 * the threshold of {@link #AT_RISK}). Its name for a reader is {@link #text(Locale)}: "chậm tiến độ", "behind".
 */
public enum Status implements Localized {
    /** The actual value has reached the goal. */
    ACHIEVED,
    /** Not yet reached, but at or above the linear pace for the time elapsed. */
    ON_TRACK,
    /** Below the linear pace, but the rest can be done at most at the at-risk factor times the planned pace. */
    AT_RISK,
    /** Further behind, or the period has ended without reaching the goal. */
    BEHIND,
    /** No value: a reported indicator without a report, or a share without a denominator. */
    NO_DATA;

    private static final Messages TEXT = Messages.of("plan");

    @Override
    public String text(Locale locale) {
        return TEXT.text(locale, "status." + name());
    }
}
