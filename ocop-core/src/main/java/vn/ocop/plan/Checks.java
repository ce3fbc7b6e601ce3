package vn.ocop.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.Problem;

/**
 * Collects the problems of a plan's record while it is built ({@link Plan}, {@link Target},
 * {@link Target.Allocation}), each with its JSON path relative to the record, so that every problem is reported at
 * once ({@link PlanValidationException}) and a reader can place them in its file.
 */
final class Checks {
    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    /** @param source what the record is, e.g. "target T1" */
    Checks(String source) {
        this.source = source;
    }

    /**
     * @param ok whether the rule holds
     * @param path the JSON path of the value, relative to the record ({@code $.value})
     * @param message what is wrong, naming the record
     * @return {@code ok}
     */
    boolean check(boolean ok, String path, String message) {
        if (!ok) {
            problems.add(new Problem(source, path, message));
        }
        return ok;
    }

    /** @return whether the value is given, a problem otherwise */
    boolean given(Object value, String path, String what) {
        return check(value != null, path, what + " is missing");
    }

    /** @return whether the text is given and not blank */
    boolean text(String value, String path, String what) {
        return given(value, path, what) && check(!value.isEmpty(), path, what + " must not be blank");
    }

    /** @return whether the number, if given, is not negative */
    boolean notNegative(BigDecimal value, String path, String what) {
        return value == null || check(value.signum() >= 0, path, what + " must not be negative, was "
                + value.toPlainString());
    }

    /** @param nested problems of a record inside this one, with paths relative to it */
    void add(String path, List<Problem> nested) {
        for (Problem p : nested) {
            problems.add(new Problem(p.source(), path + p.path().substring(p.path().startsWith("$") ? 1 : 0),
                    p.message()));
        }
    }

    /** @throws PlanValidationException listing every problem found, if any */
    void done() {
        if (!problems.isEmpty()) {
            throw new PlanValidationException(problems);
        }
    }
}
