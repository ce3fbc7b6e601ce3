package vn.ocop;

/**
 * Base class of every exception the OCOP engine throws on purpose.
 *
 * <p>The library keeps one rule for what it throws:
 * <ul>
 *   <li><b>Anything about the data</b> the library reads or the rules it applies is an {@code OcopException}: invalid
 *       input files and sheets ({@link InvalidInputException} and its subclasses, with every problem and where it
 *       is), a step a product's life cannot take ({@code vn.ocop.product.LifecycleException}, with the rule and its
 *       article), an edition, set or band that does not exist, a product code that does not parse.</li>
 *   <li><b>Programming errors in arguments</b> are {@link NullPointerException} (a null where the Javadoc says
 *       "not null") and {@link IllegalArgumentException} (a value outside what the Javadoc of the method or
 *       constructor allows, e.g. a star level of 7 or a date range that ends before it starts), as documented on
 *       each method with {@code @throws}.</li>
 * </ul>
 * Callers that embed the library can catch this one type to handle every documented failure of the data. Anything
 * else escaping the library, other than the documented argument checks, is a bug.
 *
 * <p>Exceptions are serialisable with what they carry (problems, rules).
 */
public class OcopException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what is wrong and where, not null
     */
    public OcopException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what is wrong and where, not null
     * @param cause the underlying failure, may be null
     */
    public OcopException(String message, Throwable cause) {
        super(message, cause);
    }
}
