package vn.ocop.rubric;

import java.util.List;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;

/**
 * Thrown when rubric data (an edition or set file, or a catalog of editions) breaks the format or the rules of the
 * rubric. Carries <b>every</b> problem found, each with its file and JSON path (and line and column where the
 * JSON could not be parsed); the problems are part of the serialised form.
 */
public final class RubricValidationException extends InvalidInputException {
    private static final long serialVersionUID = 2L;
    /** What {@link #context()} returns. */
    public static final String CONTEXT = "rubric data";

    /**
     * @param problems the problems, not null, not empty
     * @throws IllegalArgumentException if there is no problem
     */
    public RubricValidationException(List<Problem> problems) {
        super(CONTEXT, problems);
    }
}
