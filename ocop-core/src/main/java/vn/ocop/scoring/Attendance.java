package vn.ocop.scoring;

import java.util.Objects;

/**
 * Who took part in a council's evaluation, against its quorum ({@link CouncilRules#quorum()}): the members who
 * handed in a first-round sheet (at a meeting, or as written opinions), how many were appointed, and whether the
 * chair took part. Whether the quorum is met is computed ({@link #quorumMet()}), not stored.
 *
 * <p>Immutable and thread-safe.
 *
 * @param present how many members took part, at least 1
 * @param appointed how many members were appointed, the chair included, or null when the council does not say
 * @param chair the chair's name, or null when the council does not say
 * @param chairPresent whether the chair took part
 * @param quorum the quorum of the council's rules, not null
 */
public record Attendance(int present, Integer appointed, String chair, boolean chairPresent, Quorum quorum) {
    /**
     * Checks the components.
     *
     * @param present how many members took part, at least 1
     * @param appointed how many members were appointed, or null
     * @param chair the chair's name, or null
     * @param chairPresent whether the chair took part
     * @param quorum the quorum of the council's rules, not null
     * @throws NullPointerException if {@code quorum} is null
     * @throws IllegalArgumentException if fewer than one member, or more than appointed, took part; the chair took
     *         part without being named; or the quorum cannot be judged (no appointed count, or the chair required but
     *         not named)
     */
    public Attendance {
        Objects.requireNonNull(quorum, "quorum");
        if (present < 1 || (appointed != null && present > appointed) || (chairPresent && chair == null)) {
            throw new IllegalArgumentException("attendance " + present + " of " + appointed + ", chair " + chair
                    + (chairPresent ? " present" : ""));
        }
        if (!quorum.isNone() && (appointed == null || (quorum.chairRequired() && chair == null))) {
            throw new IllegalArgumentException("the quorum " + quorum + " needs the appointed count and the chair");
        }
    }

    /** @return whether the council can decide under its quorum (always, under {@link Quorum#NONE}) */
    public boolean quorumMet() {
        return quorum.isNone() || quorum.isMet(present, appointed, chairPresent);
    }
}
