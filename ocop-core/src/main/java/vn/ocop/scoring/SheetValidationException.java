package vn.ocop.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;
import vn.ocop.format.Formats;
import vn.ocop.internal.Messages;

/**
 * Thrown when evaluation sheets or a council cannot be scored or classified: lists <b>every</b> problem of every
 * sheet, as typed {@link SheetProblem}s ({@link #sheetProblems()}) and as {@link Problem}s whose source is the
 * member's sheet and whose path is inside that sheet's JSON form ({@code $.answers["1.5"]}).
 *
 * <p>The message and {@link #problems()} are in Vietnamese; {@link #context(Locale)} and {@link #problems(Locale)}
 * give them in English on request.
 *
 * <pre>{@code
 * try {
 *     evaluator.evaluate(council);
 * } catch (SheetValidationException e) {
 *     for (SheetProblem p : e.sheetProblems()) {
 *         System.err.println(p.member() + " " + p.path() + ": " + p.message());
 *     }
 * }
 * }</pre>
 */
public final class SheetValidationException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private static final Messages TEXT = Messages.of("scoring");
    /** Serialisable copy of the typed problems, exposed unmodifiable. */
    private final ArrayList<SheetProblem> sheetProblems;
    /** The scoring bundle's key of what was being done. */
    private final String contextKey;
    /** The values that text names. */
    private final ArrayList<String> contextValues;

    /**
     * @param contextKey the scoring bundle's text of what was being done, e.g. {@code context.classify}
     * @param contextValues the values that text names
     * @param problems the problems, not empty
     */
    SheetValidationException(String contextKey, List<String> contextValues, List<SheetProblem> problems) {
        super(TEXT.text(Formats.VIETNAMESE_LOCALE, contextKey, contextValues.toArray()),
                problems(problems, Formats.VIETNAMESE_LOCALE));
        this.sheetProblems = new ArrayList<>(problems);
        this.contextKey = contextKey;
        this.contextValues = new ArrayList<>(contextValues);
    }

    private static List<Problem> problems(List<SheetProblem> problems, Locale locale) {
        List<Problem> out = new ArrayList<>(problems.size());
        for (SheetProblem p : problems) {
            out.add(p.toProblem(locale));
        }
        return out;
    }

    /** @return every problem found, typed, in the order found; unmodifiable, not empty */
    public List<SheetProblem> sheetProblems() {
        return Collections.unmodifiableList(sheetProblems);
    }

    /**
     * @param locale the reader's locale, not null (English for an English locale, Vietnamese for every other)
     * @return what was being done, in that language
     */
    public String context(Locale locale) {
        return TEXT.text(locale, contextKey, contextValues.toArray());
    }

    /**
     * @param locale the reader's locale, not null (English for an English locale, Vietnamese for every other)
     * @return every problem, in that language
     */
    public List<Problem> problems(Locale locale) {
        return problems(sheetProblems, locale);
    }
}
