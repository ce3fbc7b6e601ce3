package vn.ocop.rulecheck;

import vn.ocop.OcopException;

/**
 * Thrown when a rule-check case file cannot be read: malformed JSON, an unknown or repeated key, a missing
 * required key, contradicting keys; or when a folder of case files cannot be found or listed. The message names
 * the file (and the line and column, or the JSON path, where known).
 *
 * <p>A case that reads well but whose expectations the engine does not meet is not this exception: it fails with
 * an {@link AssertionError} from {@link RuleCheckRunner#check}.
 *
 * <pre>{@code
 * try {
 *     RuleCheckCase c = RuleCheckRunner.read(Path.of("cases/set01-band-edge.json"));
 * } catch (RuleCheckException e) {
 *     System.err.println(e.getMessage()); // cases/set01-band-edge.json line 7, column 15: …
 * }
 * }</pre>
 */
public final class RuleCheckException extends OcopException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and in which file, not null
     */
    public RuleCheckException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and in which file, not null
     * @param cause the underlying failure, may be null
     */
    public RuleCheckException(String message, Throwable cause) {
        super(message, cause);
    }
}
