package vn.ocop.plan;

import java.util.List;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;

/**
 * Thrown when a plan, a target, an allocation or a list of reported values is invalid: every problem, each with its
 * JSON path, and the file, line and column when read from one.
 */
public class PlanValidationException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * @param problems the problems, not empty, not null
     */
    public PlanValidationException(List<Problem> problems) {
        super("plan", problems);
    }

    /**
     * @param problems the problems, not empty, not null
     * @param cause the underlying failure (the parser's), may be null
     */
    public PlanValidationException(List<Problem> problems, Throwable cause) {
        super("plan", problems, cause);
    }
}
