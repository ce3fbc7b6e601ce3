package vn.ocop.scoring;

import java.util.List;
import vn.ocop.OcopException;

/**
 * Thrown when evaluation sheets cannot be scored or classified; lists <b>every</b> problem of every sheet.
 */
public final class SheetValidationException extends OcopException {
    private static final long serialVersionUID = 1L;
    private final transient List<SheetProblem> problems;

    /**
     * @param context what was being done, e.g. "cannot classify QD-26-2026 set 1"
     * @param problems the problems, not empty
     */
    public SheetValidationException(String context, List<SheetProblem> problems) {
        super(message(context, problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(String context, List<SheetProblem> problems) {
        StringBuilder sb = new StringBuilder(context).append(": ").append(problems.size()).append(" problem(s)");
        for (SheetProblem p : problems) {
            sb.append("\n  - ").append(p);
        }
        return sb.toString();
    }

    /** @return every problem found */
    public List<SheetProblem> problems() {
        return problems;
    }
}
