package vn.ocop.format;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;
import vn.ocop.internal.Messages;

/**
 * Writes input problems for a person: file, line, column, path and what is wrong.
 *
 * <pre>{@code
 * catch (InvalidInputException e) {
 *     System.err.println(ProblemFormatter.of(Locale.forLanguageTag("vi")).format(e));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ProblemFormatter {
    private static final Messages TEXT = Messages.of("common");
    private final Locale locale;

    private ProblemFormatter(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /**
     * @param locale the reader's locale, not null (Vietnamese unless English)
     * @return a formatter for that language
     */
    public static ProblemFormatter of(Locale locale) {
        return new ProblemFormatter(locale);
    }

    /**
     * @param p a problem, not null
     * @return {@code source, dòng L, cột C, path: message} (the position only where known)
     */
    public String format(Problem p) {
        StringBuilder sb = new StringBuilder(p.source());
        if (p.line() > 0) {
            sb.append(", ").append(TEXT.text(locale, "problem.line", p.line()));
            if (p.column() > 0) {
                sb.append(", ").append(TEXT.text(locale, "problem.column", p.column()));
            }
        }
        return sb.append(", ").append(p.path()).append(": ").append(p.message(locale)).toString();
    }

    /**
     * @param context what was being read, not null
     * @param problems the problems, not null
     * @return a header line with the count, then one problem per line
     */
    public String format(String context, List<Problem> problems) {
        StringBuilder sb = new StringBuilder(TEXT.text(locale, "problems.count", context, problems.size()));
        for (Problem p : problems) {
            sb.append("\n  - ").append(format(p));
        }
        return sb.toString();
    }

    /**
     * @param e an invalid-input exception, not null
     * @return its problems, one per line, under a header line with their count
     */
    public String format(InvalidInputException e) {
        return format(e.context(locale), e.problems());
    }
}
