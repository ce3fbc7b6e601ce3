package vn.ocop.internal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Numbers as reports write them, in Vietnamese or English: "41,54", "41,54 %", "1.234", "1.234,5", "41.54",
 * "1,234.5", "−5,2 %". The decimals written are kept ({@code "41,50"} has scale 2), because a percentage's decimals
 * say how it was rounded.
 *
 * <p>Which mark is the decimal one:
 * <ul>
 *   <li>with both "." and ",", the last one; the other groups thousands;</li>
 *   <li>with "," alone: once, the decimal comma ("41,54"); several times, thousands ("1,234,567");</li>
 *   <li>with "." alone: several times, thousands ("1.234.567"); once, thousands when exactly three digits follow and
 *       one to three digits that are not a lone 0 precede ("1.234" is 1234, the Vietnamese way), else the decimal
 *       point ("41.54", "0.125").</li>
 * </ul>
 * Thousands groups must have three digits. Spaces (also no-break and thin spaces) are ignored; a trailing "%" is
 * allowed only where a percentage is expected; a leading "-", "+" or "−" (U+2212) gives the sign.
 */
public final class Numbers {
    /** At most this many digits in all: figures of reports, not arbitrary precision. */
    private static final int MAX_DIGITS = 30;

    private Numbers() {
    }

    /**
     * @param text a number as written, not null
     * @param percent whether a trailing "%" may follow (a percentage)
     * @return the number, with the decimals written
     * @throws IllegalArgumentException naming the text when it is not a number so written
     */
    public static BigDecimal parse(String text, boolean percent) {
        Objects.requireNonNull(text, "text");
        String t = strip(Text.nfc(text));
        if (percent && t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        String sign = "";
        if (!t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '+' || t.charAt(0) == '\u2212')) {
            sign = t.charAt(0) == '+' ? "" : "-";
            t = t.substring(1);
        }
        String plain = plain(t);
        if (plain == null || plain.length() > MAX_DIGITS + 1) {
            throw new IllegalArgumentException("'" + text + "' is not a number as reports write them (e.g. 41,54"
                    + (percent ? " or 41,54 %" : " or 1.234") + ")");
        }
        return new BigDecimal(sign + plain);
    }

    /** @return the text without white space of any kind */
    private static String strip(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** @return the digits with a "." as the decimal point, or null when the text is not a number so written */
    private static String plain(String t) {
        if (t.isEmpty() || !t.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.' || c == ',')) {
            return null;
        }
        int dots = count(t, '.');
        int commas = count(t, ',');
        char decimal;
        if (dots > 0 && commas > 0) {
            decimal = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
        } else if (commas > 0) {
            decimal = commas == 1 ? ',' : 0;
        } else if (dots == 1) {
            int at = t.indexOf('.');
            boolean thousands = t.length() - at - 1 == 3 && at >= 1 && at <= 3 && !t.startsWith("0");
            decimal = thousands ? 0 : '.';
        } else {
            decimal = 0;
        }
        return joined(t, decimal);
    }

    /** @return the number with its grouping marks checked and removed, or null */
    private static String joined(String t, char decimal) {
        int at = decimal == 0 ? -1 : t.lastIndexOf(decimal);
        String whole = at < 0 ? t : t.substring(0, at);
        String fraction = at < 0 ? "" : t.substring(at + 1);
        if (fraction.isEmpty() && at >= 0 || !fraction.chars().allMatch(Character::isDigit)
                || decimal != 0 && whole.indexOf(decimal) >= 0) {
            return null;
        }
        String[] groups = whole.split("[.,]", -1);
        if (groups[0].isEmpty() || groups[0].length() > (groups.length > 1 ? 3 : MAX_DIGITS)) {
            return null;
        }
        StringBuilder sb = new StringBuilder(groups[0]);
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return null;
            }
            sb.append(groups[i]);
        }
        return fraction.isEmpty() ? sb.toString() : sb.append('.').append(fraction).toString();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }
}
