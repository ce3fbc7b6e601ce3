package vn.ocop.rulecheck;

import java.util.List;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;

/**
 * Thrown when a rule-check case cannot be read: malformed JSON, an unknown or repeated key, a missing required key,
 * contradicting keys; or when a folder of case files cannot be found or listed. Every problem found names the file
 * (the source), and where known the line, column and JSON path ({@link #problems()}).
 *
 * <p>A case that reads well but whose expectations the engine does not meet is not this exception: it fails with
 * an {@link AssertionError} from {@link RuleCheckRunner#check}.
 *
 * <pre>{@code
 * try {
 *     RuleCheckCase c = RuleCheckRunner.read(Path.of("cases/set01-band-edge.json"));
 * } catch (RuleCheckException e) {
 *     e.problems().forEach(System.err::println); // cases/set01-band-edge.json line 7, column 15 $.expected: …
 * }
 * }</pre>
 */
public final class RuleCheckException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * @param context what was being read, e.g. the case file's name, not null
     * @param problems the problems, not empty
     */
    RuleCheckException(String context, List<Problem> problems) {
        super(context, problems);
    }

    /**
     * @param source the file or folder, not null
     * @param message what is wrong with it as a whole, not null
     * @return an exception with that one problem
     */
    static RuleCheckException of(String source, String message) {
        return new RuleCheckException(source, List.of(new Problem(source, "$", message)));
    }
}
