package vn.ocop.area;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import vn.ocop.internal.Text;

/**
 * How names of administrative units are compared: the rules behind every name lookup of
 * {@link AdministrativeUnitRegistry} and {@link AdministrativeUnit#sameName(String, String)}.
 *
 * <p>A name's key is its NFC form in lower case, with white space collapsed to single spaces, typographic
 * apostrophes ({@code ’ ‘ ʼ `}) read as {@code '}, no space after an apostrophe nor around a hyphen
 * ({@code "Ea M' Doal"} = {@code "Ea M'Doal"}, {@code "Bà Rịa - Vũng Tàu"} = {@code "Bà Rịa-Vũng Tàu"}), and the
 * tone mark of an open syllable ending in {@code oa}, {@code oe} or {@code uy} placed on its first vowel, so that
 * the old and the new spelling rules give the same key ({@code "Hoà"} = {@code "Hòa"}, {@code "Thuỷ"} =
 * {@code "Thủy"}). Nothing else is folded: {@code "Đắk"} and {@code "Đăk"}, {@code "Quí"} and {@code "Quý"} stay
 * different names.
 *
 * <p>A query may start with a kind word ("Xã", "Phường", "Thị trấn", "Đặc khu", "Tỉnh", "Thành phố", "Quận",
 * "Huyện", "Thị xã", in any case): it then matches units of that kind whose name without the word has the same key.
 * Without a kind word it matches the names without their word. Stateless.
 */
final class UnitNames {
    /** The vowels of the pairs, with each tone (grave, acute, hook above, tilde, dot below), precomposed (NFC). */
    private static final String TONED_A = "\u00E0\u00E1\u1EA3\u00E3\u1EA1";
    private static final String TONED_E = "\u00E8\u00E9\u1EBB\u1EBD\u1EB9";
    private static final String TONED_Y = "\u1EF3\u00FD\u1EF7\u1EF9\u1EF5";
    private static final String TONED_O = "\u00F2\u00F3\u1ECF\u00F5\u1ECD";
    private static final String TONED_U = "\u00F9\u00FA\u1EE7\u0169\u1EE5";

    private UnitNames() {
    }

    /**
     * @param s a name or part of one, not null
     * @return its comparison key
     */
    static String key(String s) {
        return key(s, 0);
    }

    /**
     * @param s a name, not null
     * @param from where the part to key starts (after a kind word and its space)
     * @return the key of {@code s.substring(from)}
     */
    static String key(String s, int from) {
        String d = (from == 0 ? nfc(s) : nfc(s.substring(from))).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`') {
                c = '\'';
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space && c != '-' && !endsWith(sb, '\'') && !endsWith(sb, '-')) {
                sb.append(' ');
            }
            space = false;
            int tone = -1;
            if (i + 1 < d.length() && (i + 2 >= d.length() || !Character.isLetterOrDigit(d.charAt(i + 2)))) {
                char next = d.charAt(i + 1);
                if (c == 'o') {
                    tone = Math.max(TONED_A.indexOf(next), TONED_E.indexOf(next));
                } else if (c == 'u') {
                    tone = TONED_Y.indexOf(next);
                }
            }
            if (tone < 0) {
                sb.append(c);
            } else { // "oà" → "òa", "uỷ" → "ủy": the tone on the first vowel of a final pair
                char next = d.charAt(++i);
                sb.append((c == 'o' ? TONED_O : TONED_U).charAt(tone))
                        .append(TONED_A.indexOf(next) >= 0 ? 'a' : TONED_E.indexOf(next) >= 0 ? 'e' : 'y');
            }
        }
        return sb.toString();
    }

    /**
     * NFC, stripped, without asking the normaliser when every character is one NFC leaves alone (below U+0300, where
     * there is no combining mark, or a precomposed letter of U+1E00–U+1EFF, where Vietnamese letters are): the
     * names of the bundled data are all like that, and the normaliser's check allocates.
     *
     * @param s text, not null
     * @return the NFC form, stripped
     */
    static String nfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0300 && (c < 0x1E00 || c > 0x1EFF)) {
                return Text.nfc(s);
            }
        }
        return s.strip();
    }

    private static boolean endsWith(StringBuilder sb, char c) {
        return sb.length() > 0 && sb.charAt(sb.length() - 1) == c;
    }

    /** A parsed query: the kinds its leading word allows (empty when none) and the key of the rest. */
    static final class Query {
        private static final UnitKind[] KINDS = UnitKind.values();
        private static final String[] WORD_KEYS = new String[KINDS.length];

        static {
            for (UnitKind k : UnitKind.values()) {
                WORD_KEYS[k.ordinal()] = key(k.word()) + " ";
            }
        }

        final String whole;
        final Set<UnitKind> kinds;
        final String rest;

        private Query(String whole, Set<UnitKind> kinds, String rest) {
            this.whole = whole;
            this.kinds = kinds;
            this.rest = rest;
        }

        /**
         * @param name a name as typed, not null
         * @return the query
         */
        static Query of(String name) {
            String k = key(name);
            Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
            String rest = null;
            for (UnitKind kind : KINDS) {
                String w = WORD_KEYS[kind.ordinal()];
                if (k.startsWith(w) && k.length() > w.length()) {
                    // "thị xã" is longer than "xã" does not matter: the words never start one another
                    kinds.add(kind);
                    rest = k.substring(w.length());
                }
            }
            return new Query(k, kinds, rest);
        }

        /**
         * @param kind a unit's kind, not null
         * @param shortKey the key of its name without the kind word, not null
         * @return whether the query names such a unit
         */
        boolean matches(UnitKind kind, String shortKey) {
            return shortKey.equals(whole) || (kinds.contains(kind) && shortKey.equals(rest));
        }
    }
}
