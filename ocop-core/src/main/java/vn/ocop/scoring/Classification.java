package vn.ocop.scoring;

import vn.ocop.rubric.Authority;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.ocop.rubric.Star;

/**
 * The outcome of a council evaluation: the star class, whether it is certified, and who recognises it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status classified, or rejected by a knock-out rule, not null
 * @param stars the star class awarded, or null when rejected
 * @param bandStars the class of the point band the mean falls in, before star minimums, not null
 * @param mean the exact mean total (see {@link CouncilResult#mean()}), not null
 * @param certifiable whether a recognition decision and certificate follow (3★ and above, Điều 4.1)
 * @param authority who recognises it, not null
 * @param knockOutReasons the knock-out rules that rejected it, with citations, not null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Classification(Status status, Star stars, Star bandStars, BigDecimal mean, boolean certifiable,
        Authority authority, List<String> knockOutReasons) {
    /** Status of an evaluation. */
    public enum Status {
        /** Classified on the mean and the star minimums. */
        CLASSIFIED,
        /** Ended by a knock-out rule ("Hồ sơ bị loại khi …"). */
        REJECTED
    }

    /** Checks and copies the components. */
    public Classification {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(bandStars, "bandStars");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(authority, "authority");
        knockOutReasons = List.copyOf(knockOutReasons);
        if ((status == Status.CLASSIFIED) != (stars != null)) {
            throw new IllegalArgumentException("a classified result has stars, a rejected one has none");
        }
    }
}
