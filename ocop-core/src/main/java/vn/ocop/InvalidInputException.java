package vn.ocop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.format.Formats;
import vn.ocop.format.ProblemFormatter;
import vn.ocop.internal.Messages;

/**
 * Thrown when input (a rubric file, an evaluation sheet, a plan, a list of administrative units, a registry…) is
 * invalid: carries <b>every</b> problem found, each with where it is, not only the first.
 *
 * <p>The problems are part of the exception's serialised form. {@link #getMessage()} is in Vietnamese, the
 * library's default language; {@code ProblemFormatter.of(Locale.ENGLISH).format(e)} writes the same in English.
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
        return ProblemFormatter.of(Formats.VIETNAMESE_LOCALE).format(context(context, Formats.VIETNAMESE_LOCALE),
                problems);
    }

    private static String context(String context, Locale locale) {
        Messages texts = Messages.of("common");
        String key = "context." + context.replace(' ', '_');
        return texts.pattern(false, key) == null ? context : texts.text(locale, key);
    }

    /** @return what was being read or checked, e.g. {@code "rubric data"} */
    public String context() {
        return context;
    }

    /**
     * @param locale the reader's locale, not null (Vietnamese unless English)
     * @return what was being read or checked, in that language ({@code "dữ liệu bộ tiêu chí"}); a context the
     *         library does not name is returned as it is
     */
    public String context(Locale locale) {
        return context(context, Objects.requireNonNull(locale, "locale"));
    }

    /** @return every problem found, in the order found; unmodifiable, not empty */
    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }
}
