package vn.ocop;

/**
 * Base class of every exception the OCOP engine throws on purpose.
 *
 * <p>Callers that embed the library can catch this one type to handle all documented failures
 * (bad rubric data, invalid evaluation sheets, rule violations). Anything else escaping the library is a bug.
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
