package vn.ocop.plan;

import java.util.Locale;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * Where a target stands, judged against the linear pace of the period (see {@link Tracker} for the exact rules and
 * the threshold of {@link #AT_RISK}). Its name for a reader is {@link #text(Locale)}: "chậm tiến độ", "behind".
 */
public enum Status implements Localized {
    /** The actual value has reached the goal (for a level to keep: kept through the whole period). */
    ACHIEVED,
    /** Not yet reached, but at or above the linear pace for the time elapsed (a level to keep: kept so far). */
    ON_TRACK,
    /** Below the linear pace, but the rest can be done at most at the at-risk factor times the planned pace. */
    AT_RISK,
    /** Further behind, or the period has ended without reaching the goal (a level to keep: below it). */
    BEHIND,
    /**
     * Not reached, and the pace cannot be judged: there is no baseline (the registry does not cover the baseline
     * date, the plan states none and no report gives one), so how far the value had to go is unknown. The line
     * still gives what remains and the pace needed for the rest of the period.
     */
    NO_BASELINE,
    /** No value: a reported indicator without a report, or a share without a denominator. */
    NO_DATA;

    private static final Messages TEXT = Messages.of("plan");

    /**
     * @param other another status, not null
     * @return whether this status is judged better than the other, in the order achieved, on track, at risk,
     *         behind; {@link #NO_BASELINE} and {@link #NO_DATA} are not ranked (false either way)
     */
    public boolean isBetterThan(Status other) {
        return ranked() && other.ranked() && ordinal() < other.ordinal();
    }

    private boolean ranked() {
        return this != NO_BASELINE && this != NO_DATA;
    }

    @Override
    public String text(Locale locale) {
        return TEXT.text(locale, "status." + name());
    }
}
