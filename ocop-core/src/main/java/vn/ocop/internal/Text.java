package vn.ocop.internal;

import java.text.Normalizer;

/** Text helpers: Vietnamese input is normalised to NFC (users paste NFD text from Word or macOS). */
public final class Text {
    private Text() {
    }

    /**
     * Returns the NFC form of a string, or null for null.
     *
     * @param s any text, may be null
     * @return the NFC-normalised text, stripped of surrounding white space
     */
    public static String nfc(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        return t.strip();
    }

    /**
     * The NFC form of a value that must not be blank: an argument check for the identifiers and names of input
     * values.
     *
     * @param s the text, not null
     * @param what what it is, for the message (e.g. {@code "product id"}), not null
     * @return the NFC-normalised text, stripped of surrounding white space
     * @throws NullPointerException if the text is null
     * @throws IllegalArgumentException if it is blank
     */
    public static String nonBlank(String s, String what) {
        String t = nfc(java.util.Objects.requireNonNull(s, what));
        if (t.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return t;
    }

    /**
     * Key for case- and form-insensitive comparison of names (NFC, lower case, single spaces).
     *
     * @param s text, not null
     * @return comparison key
     */
    public static String key(String s) {
        return nfc(s).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }
}
