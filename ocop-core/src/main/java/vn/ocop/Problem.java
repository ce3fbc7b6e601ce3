package vn.ocop;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found while checking input: where it is and what is wrong.
 *
 * <p>Immutable and thread-safe; serialisable, so that an {@link InvalidInputException} keeps its problems across
 * a process boundary.
 *
 * @param source the file, stream or object the problem is in (e.g. {@code ocop-rubric/QD-26-2026/set-01.json}), not null
 * @param path a JSON path inside the source (e.g. {@code $.parts[0].groups[1].criteria[2].options[0].points}), or
 *        another locator the format defines (a spreadsheet cell), not null; {@code "$"} for the whole source
 * @param line the 1-based line in the source, or 0 when not known
 * @param column the 1-based column in the source, or 0 when not known
 * @param message what is wrong, naming the rule that is broken, not null
 * @serial exclude
 */
// the serialised form is the five components documented above; excluded from the serialised-form page because the
// JDK 17 javadoc asks for a comment on each component's field of a serialisable record besides its @param
public record Problem(String source, String path, int line, int column, String message) implements Serializable {
    /**
     * Checks the components.
     *
     * @param source the file, stream or object the problem is in (e.g. {@code ocop-rubric/QD-26-2026/set-01.json}), not null
     * @param path a JSON path inside the source (e.g. {@code $.parts[0].groups[1].criteria[2].options[0].points}), or
     *        another locator the format defines (a spreadsheet cell), not null; {@code "$"} for the whole source
     * @param line the 1-based line in the source, or 0 when not known
     * @param column the 1-based column in the source, or 0 when not known
     * @param message what is wrong, naming the rule that is broken, not null
     */
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when not known: " + line + ", " + column);
        }
    }

    /**
     * A problem whose line and column are not known.
     *
     * @param source the file, stream or object, not null
     * @param path the JSON path or other locator, not null
     * @param message what is wrong, not null
     */
    public Problem(String source, String path, String message) {
        this(source, path, 0, 0, message);
    }

    /** @return {@code source [line L, column C] path: message}, the position only where known */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(" line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        return sb.append(' ').append(path).append(": ").append(message).toString();
    }
}
