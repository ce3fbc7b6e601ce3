package vn.ocop.sheetio;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.ocop.internal.Messages;
import vn.ocop.internal.Text;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.KnockOut;

/**
 * The one place that says how the columns of a spreadsheet of evaluation sheets are named, for the template that
 * writes them and the reader that reads them: a member column, a column per criterion whose header starts with the
 * criterion's code, and a column per knock-out condition whose header starts with its code.
 */
final class Columns {
    static final Messages TEXT = Messages.of("forms");
    /** Headers of the member column the reader accepts (compared NFC- and case-insensitively). */
    static final Set<String> MEMBER_HEADERS = Set.of("người đánh giá", "thành viên", "thành viên hội đồng",
            "họ và tên", "họ tên", "council member", "member", "name", "evaluator");
    /** Marks of a knock-out cell meaning "found" (compared case-insensitively). */
    static final Set<String> KNOCK_OUT_YES = Set.of("có", "yes", "x", "✓", "✔", "☑", "☒");
    /** Marks of a knock-out cell meaning "not found" (an empty cell too). */
    static final Set<String> KNOCK_OUT_NO = Set.of("không", "no");
    /** Longest knock-out text in a template header, in characters, before it is cut. */
    static final int KNOCK_OUT_HEADER_CHARS = 48;

    private Columns() {
    }

    /**
     * @param header a column header, not null
     * @return its comparison key: NFC, stripped, lower case, each run of white space one space
     */
    static String key(String header) {
        String t = Text.nfc(header).toLowerCase(Locale.ROOT);
        StringBuilder sb = null;
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            boolean ws = Character.isWhitespace(ch);
            if (ws && (space || ch != ' ') && sb == null) {
                sb = new StringBuilder(t.length()).append(t, 0, i);
            }
            if (sb != null && !(ws && space)) {
                sb.append(ws ? ' ' : ch);
            }
            space = ws;
        }
        return sb == null ? t : sb.toString();
    }

    /**
     * @param header a column header, not null
     * @return the code at its start ("1.1" of "1.1 Nguồn nguyên liệu", "1.1. Nguồn…" or "1.1) …"), lower case; empty
     *         for a blank header
     */
    static String leadingCode(String header) {
        String k = key(header);
        int space = k.indexOf(' ');
        String token = space < 0 ? k : k.substring(0, space);
        int end = token.length();
        while (end > 0 && (token.charAt(end - 1) == '.' || token.charAt(end - 1) == ')' || token.charAt(end - 1) == ':')) {
            end--;
        }
        return token.substring(0, end);
    }

    /**
     * @param code a criterion or knock-out code
     * @return its comparison key
     */
    static String codeKey(String code) {
        return key(code);
    }

    /**
     * @param token a header's leading code
     * @return whether it looks like a criterion code (starts with a digit)
     */
    static boolean looksLikeCriterion(String token) {
        return !token.isEmpty() && Character.isDigit(token.charAt(0));
    }

    /**
     * @param locale the reader's locale
     * @return the member column's header in that language
     */
    static String memberHeader(Locale locale) {
        return TEXT.text(locale, "csv.member");
    }

    /**
     * @param c a criterion
     * @param english whether the English name is wanted (when the rubric has one)
     * @return "code name", e.g. "1.1 Nguồn nguyên liệu"
     */
    static String criterionHeader(Criterion c, boolean english) {
        return c.code() + " " + (english && c.nameEn() != null ? c.nameEn() : c.name());
    }

    /**
     * @param k a knock-out condition
     * @return "code condition", the condition cut at a word boundary after {@value #KNOCK_OUT_HEADER_CHARS}
     *         characters
     */
    static String knockOutHeader(KnockOut k) {
        String label = k.label();
        if (label.length() > KNOCK_OUT_HEADER_CHARS) {
            int cut = label.lastIndexOf(' ', KNOCK_OUT_HEADER_CHARS);
            label = label.substring(0, cut > 0 ? cut : KNOCK_OUT_HEADER_CHARS).replaceAll("[,;:]$", "") + "…";
        }
        return k.code() + " " + label;
    }

    /**
     * @param index a 0-based column index
     * @return its spreadsheet letters: A, B, …, Z, AA, AB, …
     */
    static String letters(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            sb.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return sb.toString();
    }

    /**
     * @param codes option codes
     * @return them joined for a message
     */
    static String list(List<String> codes) {
        return String.join(", ", codes);
    }
}
