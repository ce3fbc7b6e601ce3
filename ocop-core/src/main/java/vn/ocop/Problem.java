package vn.ocop;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.format.Formats;
import vn.ocop.format.ProblemFormatter;
import vn.ocop.internal.Messages;

/**
 * One problem found while checking input: where it is and what is wrong.
 *
 * <p>A problem the library finds carries a stable machine-readable {@link #key() key} and its
 * {@link #arguments() arguments}, so that {@link #message(Locale)} writes it in Vietnamese (the default: that is
 * {@link #message()}) or in English. A problem made from a free text (the five-argument constructor) has no key and
 * says its text in every language.
 *
 * <p>Immutable and thread-safe; serialisable, so that an {@link InvalidInputException} keeps its problems across
 * a process boundary. Two problems are equal when they say the same thing ({@link #message()}) at the same place;
 * the key and arguments are how the message was made.
 *
 * @param source the file, stream or object the problem is in (e.g. {@code ocop-rubric/QD-26-2026/set-01.json}), not null
 * @param path a JSON path inside the source (e.g. {@code $.parts[0].groups[1].criteria[2].options[0].points}), or
 *        another locator the format defines (a spreadsheet cell), not null; {@code "$"} for the whole source
 * @param line the 1-based line in the source, or 0 when not known
 * @param column the 1-based column in the source, or 0 when not known
 * @param message what is wrong, naming the rule that is broken, in Vietnamese for a problem with a key; not null
 * @param key {@code bundle:key} of the message ({@code rubric-problems:band.gap}), or null for a free text
 * @param arguments the values of the message's placeholders, not null (null is read as none); values that are not
 *        serialisable are kept as their Vietnamese text
 * @serial exclude
 */
// the serialised form is the components documented above; excluded from the serialised-form page because the
// JDK 17 javadoc asks for a comment on each component's field of a serialisable record besides its @param
public record Problem(String source, String path, int line, int column, String message, String key,
        List<Object> arguments) implements Serializable {
    /**
     * Checks the components.
     *
     * @param source the file, stream or object the problem is in, not null
     * @param path a JSON path inside the source or another locator, not null
     * @param line the 1-based line in the source, or 0 when not known
     * @param column the 1-based column in the source, or 0 when not known
     * @param message what is wrong, not null
     * @param key {@code bundle:key} of the message, or null for a free text
     * @param arguments the values of the message's placeholders (null is read as none)
     */
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when not known: " + line + ", " + column);
        }
        if (key != null && key.indexOf(':') < 1) {
            throw new IllegalArgumentException("a problem's key is bundle:key, not " + key);
        }
        arguments = arguments == null ? List.of() : serialisable(arguments);
    }

    /**
     * A problem said by a free text, the same in every language.
     *
     * @param source the file, stream or object, not null
     * @param path the JSON path or other locator, not null
     * @param line the 1-based line, or 0 when not known
     * @param column the 1-based column, or 0 when not known
     * @param message what is wrong, not null
     */
    public Problem(String source, String path, int line, int column, String message) {
        this(source, path, line, column, message, null, List.of());
    }

    /**
     * A problem said by a free text, whose line and column are not known.
     *
     * @param source the file, stream or object, not null
     * @param path the JSON path or other locator, not null
     * @param message what is wrong, not null
     */
    public Problem(String source, String path, String message) {
        this(source, path, 0, 0, message);
    }

    /**
     * A problem said by a text of the library's message bundles, in either language.
     *
     * @param source the file, stream or object, not null
     * @param path the JSON path or other locator, not null
     * @param line the 1-based line, or 0 when not known
     * @param column the 1-based column, or 0 when not known
     * @param key {@code bundle:key} of a text of the library's bundles, not null
     * @param arguments the values of its placeholders
     * @return the problem, its {@link #message()} in Vietnamese
     * @throws IllegalStateException if the bundles have no such text
     */
    public static Problem of(String source, String path, int line, int column, String key, Object... arguments) {
        Objects.requireNonNull(key, "key");
        List<Object> args = java.util.Arrays.asList(arguments.clone());
        return new Problem(source, path, line, column, render(key, args, Formats.VIETNAMESE_LOCALE), key, args);
    }

    /**
     * @param source the file, stream or object, not null
     * @param path the JSON path or other locator, not null
     * @param key {@code bundle:key} of a text of the library's bundles, not null
     * @param arguments the values of its placeholders
     * @return the problem, its line and column not known
     */
    public static Problem of(String source, String path, String key, Object... arguments) {
        return of(source, path, 0, 0, key, arguments);
    }

    /**
     * @param locale the reader's locale, not null (Vietnamese unless English)
     * @return what is wrong, in that language (a free text as it is)
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return key == null ? message : render(key, arguments, locale);
    }

    /**
     * @param source another source name, not null
     * @param path another path, not null
     * @param line another line, or 0
     * @param column another column, or 0
     * @return this problem (same message, key and arguments) at another place
     */
    public Problem at(String source, String path, int line, int column) {
        return new Problem(source, path, line, column, message, key, arguments);
    }

    private static String render(String key, List<Object> args, Locale locale) {
        int colon = key.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("a problem's key is bundle:key, not " + key);
        }
        return Messages.of(key.substring(0, colon)).text(locale, key.substring(colon + 1), args.toArray());
    }

    private static List<Object> serialisable(List<Object> args) {
        List<Object> out = new ArrayList<>(args.size());
        for (Object a : args) {
            out.add(a == null || a instanceof Serializable ? a : Messages.format(a, Formats.of(Formats.VIETNAMESE_LOCALE)));
        }
        return java.util.Collections.unmodifiableList(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Problem && ((Problem) o).line == line && ((Problem) o).column == column
                && ((Problem) o).source.equals(source) && ((Problem) o).path.equals(path)
                && ((Problem) o).message.equals(message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, path, line, column, message);
    }

    /** @return {@code source, dòng L, cột C, path: message} in Vietnamese, the position only where known */
    @Override
    public String toString() {
        return ProblemFormatter.of(Formats.VIETNAMESE_LOCALE).format(this);
    }
}
