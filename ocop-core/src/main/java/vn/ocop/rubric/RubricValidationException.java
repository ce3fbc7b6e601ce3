package vn.ocop.rubric;

import java.util.List;
import vn.ocop.OcopException;
import vn.ocop.Problem;

/**
 * Thrown when rubric data (an edition or set file, or a catalog of editions) breaks the format or the rules of the
 * rubric. Carries <b>every</b> problem found, each with its file and JSON path.
 */
public final class RubricValidationException extends OcopException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /**
     * @param problems the problems, not empty
     */
    public RubricValidationException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<Problem> problems) {
        StringBuilder sb = new StringBuilder(problems.size() + " problem(s) in rubric data:");
        for (Problem p : problems) {
            sb.append("\n  - ").append(p);
        }
        return sb.toString();
    }

    /** @return every problem found, in the order found */
    public List<Problem> problems() {
        return problems;
    }
}
