package vn.ocop.statistics;

import java.util.List;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;

/**
 * Thrown when published statistics cannot be read: the problem with its file, line, column and JSON path.
 */
public class StatisticsValidationException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * @param problems the problems, not empty, not null
     */
    public StatisticsValidationException(List<Problem> problems) {
        super("published statistics", problems);
    }

    /**
     * @param problems the problems, not empty, not null
     * @param cause the underlying failure (the parser's), may be null
     */
    public StatisticsValidationException(List<Problem> problems, Throwable cause) {
        super("published statistics", problems, cause);
    }
}
