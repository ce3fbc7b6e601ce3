package vn.ocop.process;

import java.util.List;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;

/**
 * Thrown when holiday calendar data cannot be read: malformed JSON, unknown or missing keys, a day outside its year,
 * a day listed twice or both off and worked, an unknown source. Carries every problem with the file and JSON path.
 */
public final class CalendarDataException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * @param problems the problems, not empty
     */
    CalendarDataException(List<Problem> problems) {
        super("holiday calendar data", problems);
    }
}
