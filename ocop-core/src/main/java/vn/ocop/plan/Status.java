package vn.ocop.plan;

/**
 * Where a target stands, judged against the linear pace of the period (see {@link Tracker} for the exact rules and
 * the threshold of {@link #AT_RISK}).
 */
public enum Status {
    /** The actual value has reached the goal. */
    ACHIEVED("đạt"),
    /** Not yet reached, but at or above the linear pace for the time elapsed. */
    ON_TRACK("đúng tiến độ"),
    /** Below the linear pace, but the rest can be done at most at the at-risk factor times the planned pace. */
    AT_RISK("có nguy cơ"),
    /** Further behind, or the period has ended without reaching the goal. */
    BEHIND("chậm"),
    /** No value: a reported indicator without a report, or a share without a denominator. */
    NO_DATA("chưa có số liệu");

    private final String vietnamese;

    Status(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    /** @return the Vietnamese word used in reports */
    public String vietnamese() {
        return vietnamese;
    }
}
