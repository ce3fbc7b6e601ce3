package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.ocop.Problem;

/**
 * The quorum of a council's rules of procedure: the share of the appointed members (the chair included) who must
 * take part for the council to decide, and whether the chair must be one of them. The decision sets none; each
 * province's "Quy chế hoạt động của Hội đồng" does. Provincial rules commonly ask for 75 % of the members,
 * including the chair: {@code Quorum.of(new BigDecimal("75"), true)}.
 *
 * <p>Taking part means handing in a sheet: at a meeting, being present and scoring; when the council decides by
 * written opinions (re-evaluations, Điều 7.6.d), returning one's written opinion, the chair's counting as the
 * chair's presence. The same share applies to both: a decision by written opinions replaces a meeting and should not
 * need fewer members than the meeting would.
 *
 * <p>Compared exactly: met when {@code present × 100 ≥ percent × appointed} (and the chair took part if required).
 *
 * <p>Immutable and thread-safe.
 *
 * @param percent the share of appointed members who must take part, 0 to 100, not null (0: no quorum)
 * @param chairRequired whether the chair must take part
 */
public record Quorum(BigDecimal percent, boolean chairRequired) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** No quorum: the council decides with any number of members, with or without its chair. */
    public static final Quorum NONE = new Quorum(BigDecimal.ZERO, false);

    /**
     * Checks the components.
     *
     * @param percent the share of appointed members who must take part, 0 to 100, not null
     * @param chairRequired whether the chair must take part
     * @throws CouncilRulesException if the percent is missing or outside 0 to 100 (at {@code $.percent})
     */
    public Quorum {
        List<Problem> problems = new ArrayList<>();
        if (percent == null) {
            problems.add(CouncilRulesException.problem("$.percent", "rules.quorumPercentMissing"));
        } else if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            problems.add(CouncilRulesException.problem("$.percent", "rules.quorumPercent", percent.toPlainString()));
        }
        CouncilRulesException.throwIfAny(problems);
    }

    /**
     * @param percent the share of appointed members who must take part, 0 to 100, not null
     * @param chairRequired whether the chair must take part
     * @return the quorum
     * @throws CouncilRulesException if the percent is missing or outside 0 to 100
     */
    public static Quorum of(BigDecimal percent, boolean chairRequired) {
        return new Quorum(percent, chairRequired);
    }

    /** @return whether the council decides whoever takes part (0 % and no chair required) */
    public boolean isNone() {
        return percent.signum() == 0 && !chairRequired;
    }

    /**
     * @param present how many members took part
     * @param appointed how many members were appointed (the chair included), at least {@code present}
     * @param chairPresent whether the chair took part
     * @return whether the council can decide
     */
    public boolean isMet(int present, int appointed, boolean chairPresent) {
        if (chairRequired && !chairPresent) {
            return false;
        }
        return BigDecimal.valueOf(present).multiply(HUNDRED)
                .compareTo(percent.multiply(BigDecimal.valueOf(appointed))) >= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quorum q && percent.compareTo(q.percent) == 0 && chairRequired == q.chairRequired;
    }

    @Override
    public int hashCode() {
        return Objects.hash(percent.stripTrailingZeros(), chairRequired);
    }
}
