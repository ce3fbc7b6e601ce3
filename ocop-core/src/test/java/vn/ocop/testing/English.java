package vn.ocop.testing;

import java.util.List;
import java.util.Locale;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;
import vn.ocop.format.ProblemFormatter;

/** The English rendering of what the library says in Vietnamese by default, for tests that assert English texts. */
public final class English {
    private static final ProblemFormatter FORMAT = ProblemFormatter.of(Locale.ENGLISH);

    private English() {
    }

    /**
     * @param t a throwable
     * @return an invalid-input exception's problems written in English under their header; another throwable's
     *         message
     */
    public static String text(Throwable t) {
        return t instanceof InvalidInputException ? FORMAT.format((InvalidInputException) t) : t.getMessage();
    }

    /**
     * @param p a problem
     * @return {@code source, line L, column C, path: message} in English
     */
    public static String text(Problem p) {
        return FORMAT.format(p);
    }

    /**
     * @param problems problems
     * @return their messages in English
     */
    public static List<String> messages(List<Problem> problems) {
        return problems.stream().map(p -> p.message(Locale.ENGLISH)).toList();
    }

    /**
     * @param problems problems
     * @return the same problems, their messages in English
     */
    public static List<Problem> problems(List<Problem> problems) {
        return problems.stream().map(p -> new Problem(p.source(), p.path(), p.line(), p.column(),
                p.message(Locale.ENGLISH))).toList();
    }
}
