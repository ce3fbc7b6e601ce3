package vn.ocop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when input (a rubric file, an evaluation sheet, a plan, a list of administrative units, a registry…) is
 * invalid: carries <b>every</b> problem found, each with where it is, not only the first.
 *
 * <p>The problems are part of the exception's serialised form.
 *
 * <pre>{@code
 * try {
 *     Edition draft = RubricLoader.loadEdition(Path.of("draft"));
 * } catch (InvalidInputException e) {
 *     e.problems().forEach(p -> System.err.println(p.source() + " " + p.path() + ": " + p.message()));
 * }
 * }</pre>
 */
public class InvalidInputException extends OcopException {
    private static final long serialVersionUID = 1L;
    /** What was being read or checked. */
    private final String context;
    /** Serialisable copy (an {@code ArrayList}), exposed unmodifiable. */
    private final ArrayList<Problem> problems;

    /**
     * @param context what was being read or checked, e.g. {@code "rubric data"}, not null
     * @param problems the problems, not null, not empty
     * @throws IllegalArgumentException if there is no problem
     */
    public InvalidInputException(String context, List<Problem> problems) {
        super(message(context, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid-input exception needs at least one problem");
        }
        this.context = context;
        this.problems = new ArrayList<>(problems);
    }

    /**
     * @param context what was being read or checked, not null
     * @param problems the problems, not null, not empty
     * @param cause the underlying failure (e.g. the parser's), may be null
     */
    public InvalidInputException(String context, List<Problem> problems, Throwable cause) {
        this(context, problems);
        initCause(cause);
    }

    private static String message(String context, List<Problem> problems) {
        Objects.requireNonNull(context, "context");
        StringBuilder sb = new StringBuilder(context).append(": ").append(problems.size()).append(" problem(s)");
        for (Problem p : problems) {
            sb.append("\n  - ").append(p);
        }
        return sb.toString();
    }

    /** @return what was being read or checked, e.g. {@code "rubric data"} */
    public String context() {
        return context;
    }

    /** @return every problem found, in the order found; unmodifiable, not empty */
    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }
}
