package vn.ocop.registry;

import java.util.List;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;

/**
 * Thrown when a registry is invalid: every duplicate id and unresolved reference, or the malformed JSON, with its
 * file, line, column and JSON path.
 */
public class RegistryValidationException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * @param problems the problems, not empty, not null
     */
    public RegistryValidationException(List<Problem> problems) {
        super("registry", problems);
    }

    /**
     * @param problems the problems, not empty, not null
     * @param cause the underlying failure (the parser's), may be null
     */
    public RegistryValidationException(List<Problem> problems, Throwable cause) {
        super("registry", problems, cause);
    }
}
