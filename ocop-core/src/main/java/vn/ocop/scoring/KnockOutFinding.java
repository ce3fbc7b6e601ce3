package vn.ocop.scoring;

import java.util.Objects;
import vn.ocop.rubric.KnockOut;

/**
 * A knock-out rule ("Hồ sơ bị loại khi …", "Bị loại nếu …", a note that stops the evaluation) found to apply, and
 * who raised it: a council member on their sheet, or the council as a body (its own finding, or its agreed sheet).
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule, with its wording and citation, not null
 * @param member the member who raised it, or null when the council did
 */
public record KnockOutFinding(KnockOut rule, String member) {
    /**
     * Checks the components.
     *
     * @param rule the rule, with its wording and citation, not null
     * @param member the member who raised it, or null when the council did
     * @throws NullPointerException if {@code rule} is null
     */
    public KnockOutFinding {
        Objects.requireNonNull(rule, "rule");
    }

    /** @return whether the council raised it as a body (its own finding or its agreed sheet) */
    public boolean byCouncil() {
        return member == null;
    }
}
