package vn.ocop.product;

import java.util.Objects;
import vn.ocop.OcopException;

/**
 * Thrown for a step a product's life cannot take: revoking an expired certificate, upgrading to a lower star, a
 * re-evaluation filed outside its window, a revocation by an authority without the power to do it. Carries the
 * broken {@link LifecycleRule} (with its article) as data; the message gives the details and ends with the article.
 *
 * <pre>{@code
 * catch (LifecycleException e) {
 *     e.rule();              // LifecycleRule.REVOKING_AUTHORITY
 *     e.rule().citation();   // "Điều 8.2"
 * }
 * }</pre>
 */
public final class LifecycleException extends OcopException {
    private static final long serialVersionUID = 2L;
    /** The rule the step breaks. */
    private final LifecycleRule rule;

    /**
     * @param rule the rule the step breaks, not null
     * @param detail what is wrong in this case (the certificate, the dates), not null
     */
    public LifecycleException(LifecycleRule rule, String detail) {
        super(Objects.requireNonNull(detail, "detail") + " (" + Objects.requireNonNull(rule, "rule").citation() + ")");
        this.rule = rule;
    }

    /** @return the rule the step breaks, with its article */
    public LifecycleRule rule() {
        return rule;
    }
}
