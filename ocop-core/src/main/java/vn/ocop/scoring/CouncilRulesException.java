package vn.ocop.scoring;

import java.util.List;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;
import vn.ocop.format.Formats;
import vn.ocop.internal.Messages;

/**
 * Thrown when a council's rules of procedure ({@link CouncilRules}) are invalid, or their JSON file cannot be read:
 * every problem, each with its JSON path (and the file, line and column when read from a file).
 */
public class CouncilRulesException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private static final Messages TEXT = Messages.of("scoring");
    /** The source of a problem found in a value made in code. */
    static final String SOURCE = "council rules";

    /**
     * @param problems the problems, not empty, not null
     */
    public CouncilRulesException(List<Problem> problems) {
        super(SOURCE, problems);
    }

    /**
     * @param problems the problems, not empty, not null
     * @param cause the underlying failure (the parser's), may be null
     */
    public CouncilRulesException(List<Problem> problems, Throwable cause) {
        super(SOURCE, problems, cause);
    }

    /** A problem at a path, its message (Vietnamese) from the scoring bundle. */
    static Problem problem(String path, String key, Object... args) {
        return new Problem(SOURCE, path, TEXT.text(Formats.VIETNAMESE_LOCALE, key, args));
    }

    /** Throws the problems, if any. */
    static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new CouncilRulesException(problems);
        }
    }
}
