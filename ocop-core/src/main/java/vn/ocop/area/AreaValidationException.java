package vn.ocop.area;

import java.util.List;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;

/**
 * Thrown when a register of administrative units is invalid: every problem (overlapping versions, missing or
 * lower-level parents, successions between units that do not exist, malformed JSON) with its file, line, column
 * and JSON path.
 */
public class AreaValidationException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * @param problems the problems, not empty, not null
     */
    public AreaValidationException(List<Problem> problems) {
        super("administrative units", problems);
    }

    /**
     * @param problems the problems, not empty, not null
     * @param cause the underlying failure (the parser's), may be null
     */
    public AreaValidationException(List<Problem> problems, Throwable cause) {
        super("administrative units", problems, cause);
    }
}
