package vn.ocop.format;

import java.util.ArrayList;
import java.util.List;

/** Lines of plain text with a criteria column and right-aligned scale and score columns. */
final class SheetTextOut {
    /** Width of the scale column. */
    static final int SCALE_WIDTH = 12;
    /** Width of the score column. */
    static final int SCORE_WIDTH = 10;
    private static final int TEXT_WIDTH = SheetFormRenderer.TEXT_WIDTH;
    private final StringBuilder sb = new StringBuilder(32 * 1024);

    void line(String s) {
        sb.append(stripEnd(s)).append('\n');
    }

    void blank() {
        sb.append('\n');
    }

    void centered(String s) {
        for (String l : wrap(s, TEXT_WIDTH)) {
            int left = Math.max(0, (TEXT_WIDTH - l.length()) / 2);
            line(" ".repeat(left) + l);
        }
    }

    void signature(String s, int indent) {
        int width = TEXT_WIDTH - indent;
        for (String l : wrap(s, width)) {
            int left = indent + Math.max(0, (width - l.length()) / 2);
            line(" ".repeat(left) + l);
        }
    }

    void wrapped(String s, String first, String rest) {
        List<String> lines = wrap(s, TEXT_WIDTH - rest.length());
        for (int i = 0; i < lines.size(); i++) {
            line((i == 0 ? first : rest) + lines.get(i));
        }
    }

    void row(String text, String scale, String score) {
        int lead = text.length() - text.stripLeading().length();
        row(text, scale, score, text.substring(0, lead) + "  ");
    }

    /** The text wrapped in the criteria column; scale and score on its first line. */
    void row(String text, String scale, String score, String rest) {
        int width = TEXT_WIDTH - SCALE_WIDTH - SCORE_WIDTH;
        int lead = text.length() - text.stripLeading().length();
        String first = text.substring(0, lead);
        List<String> lines = wrap(text.substring(lead), width - Math.max(first.length(), rest.length()));
        for (int i = 0; i < lines.size(); i++) {
            String l = (i == 0 ? first : rest) + lines.get(i);
            if (i == 0) {
                l = padRight(l, width) + padLeft(scale, SCALE_WIDTH) + padLeft(score, SCORE_WIDTH);
            }
            line(l);
        }
    }

    private static String padRight(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? " " + s : " ".repeat(width - s.length()) + s;
    }

    private static String stripEnd(String s) {
        return s.stripTrailing();
    }

    static List<String> wrap(String s, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : s.trim().split("\\s+")) {
            if (cur.length() > 0 && cur.length() + 1 + word.length() > width) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            while (word.length() > width) { // a word longer than the line is cut
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                out.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (cur.length() > 0) {
                cur.append(' ');
            }
            cur.append(word);
        }
        if (cur.length() > 0 || out.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
