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
     * Key for case- and form-insensitive comparison of names (NFC, lower case, single spaces).
     *
     * @param s text, not null
     * @return comparison key
     */
    public static String key(String s) {
        return nfc(s).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }
}
