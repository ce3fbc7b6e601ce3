package vn.ocop.product;

import vn.ocop.OcopException;

/**
 * Thrown for an invalid step in a product's life: revoking an expired certificate, upgrading to a lower star, a
 * re-evaluation filed outside its window, a revocation by an authority without the power to do it. The message
 * names the rule and its article.
 */
public final class LifecycleException extends OcopException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, with the article it breaks
     */
    public LifecycleException(String message) {
        super(message);
    }
}
