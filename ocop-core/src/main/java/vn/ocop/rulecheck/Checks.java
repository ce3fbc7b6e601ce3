package vn.ocop.rulecheck;

import java.util.ArrayList;
import java.util.List;
import vn.ocop.Problem;
import vn.ocop.internal.Text;

/**
 * Collects every problem of one part of a rule-check case while it is made, each at its JSON path inside that part
 * ({@code $.title}); {@link #done()} throws them all. The reader of a case file puts the part's own path and the
 * file in front.
 */
final class Checks {
    /** The source of a problem found while a case is made, before the reader names the file. */
    static final String SOURCE = "rule-check case";

    private final List<Problem> problems = new ArrayList<>();

    /** Adds a problem at a path inside the part ({@code $} for the part itself). */
    void problem(String path, String message) {
        problems.add(new Problem(SOURCE, path, message));
    }

    /**
     * @param value a text key's value, may be null
     * @param key its key
     * @param what how to name it in the message
     * @return the text in NFC, stripped; a problem if it is missing or blank
     */
    String required(String value, String key, String what) {
        String t = Text.nfc(value);
        if (t == null || t.isEmpty()) {
            problem("$." + key, "'" + what + "' is missing or blank");
        }
        return t;
    }

    /**
     * @param codes codes, may be null (none)
     * @param key the key they are under
     * @return the codes in NFC; a problem for each null
     */
    List<String> codes(List<String> codes, String key) {
        List<String> out = new ArrayList<>();
        List<String> in = codes == null ? List.of() : codes;
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i) == null) {
                problem("$." + key + "[" + i + "]", "a code is null");
            } else {
                out.add(Text.nfc(in.get(i)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * @throws RuleCheckException with every problem collected, if any
     */
    void done() {
        if (!problems.isEmpty()) {
            throw new RuleCheckException(SOURCE, problems);
        }
    }

    /** @return the JSON path of a key of an object: {@code .name}, or {@code ["1.5"]} for a key with dots */
    static String key(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + key
                : "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }
}
