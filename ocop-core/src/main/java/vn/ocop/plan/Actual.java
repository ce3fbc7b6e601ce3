package vn.ocop.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An actual value of an indicator for one area on one date, and how it was obtained.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the value: the count, or {@code 100 × numerator / denominator} rounded half-up to 2 decimals for a
 *        share; null when there is none ({@link Method#NONE}, or a share with a zero denominator)
 * @param numerator the count, or the share's numerator (for a reported value, the value's integer part is not
 *        meaningful: see {@code value})
 * @param denominator the share's denominator; 0 for a count
 * @param method how the value was obtained, not null
 * @param how in words: what was counted on which dates, or which report it is, not null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Actual(BigDecimal value, long numerator, long denominator, Method method, String how) {
    /** How an actual value was obtained. */
    public enum Method {
        /** Computed from the registry. */
        COMPUTED,
        /** Taken from one reported value. */
        REPORTED,
        /** The sum of the reported values of the allocated sub-areas. */
        SUM_OF_REPORTS,
        /** No value could be obtained. */
        NONE
    }

    /** Checks the components. */
    public Actual {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(how, "how");
    }
}
