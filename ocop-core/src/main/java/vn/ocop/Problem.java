package vn.ocop;

import java.util.Objects;

/**
 * One problem found while checking input: where it is and what is wrong.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the file, stream or object the problem is in (e.g. {@code ocop-rubric/QD-26-2026/set-01.json}), not null
 * @param path a JSON path inside the source (e.g. {@code $.parts[0].groups[1].criteria[2].options[0].points}), not null
 * @param message what is wrong, naming the rule that is broken, not null
 */
public record Problem(String source, String path, String message) {
    /** Checks the components. */
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return source + " " + path + ": " + message;
    }
}
