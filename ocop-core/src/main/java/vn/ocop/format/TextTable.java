package vn.ocop.format;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A plain-text table for terminals: columns padded to their widest cell (counted in code points of the NFC text,
 * so Vietnamese letters count one each), separated by two spaces, a rule under the header, chosen columns aligned
 * right. Null cells print as "–".
 *
 * <pre>{@code
 * String s = TextTable.of("area", "target", "actual").right(1, 2).row("Huyện Cầu Kè (845)", "5", "4").render();
 * }</pre>
 *
 * <p>A builder: not thread-safe.
 */
final class TextTable {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final Set<Integer> right = new HashSet<>();

    private TextTable(List<String> headers) {
        this.headers = headers;
    }

    /**
     * @param headers the column headers, not null
     * @return an empty table
     */
    static TextTable of(String... headers) {
        return new TextTable(List.of(headers));
    }

    /**
     * @param columns indexes of the columns to align right (numbers)
     * @return this table
     */
    TextTable right(int... columns) {
        for (int c : columns) {
            right.add(c);
        }
        return this;
    }

    /**
     * @param cells one cell per column (fewer are padded with empty cells), as text normalised to NFC (leading
     *        spaces kept, to indent), null as "–"
     * @return this table
     * @throws IllegalArgumentException for more cells than columns
     */
    TextTable row(String... cells) {
        if (cells.length > headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, the table " + headers.size()
                    + " columns");
        }
        List<String> r = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String c = i < cells.length ? cells[i] : "";
            r.add(c == null ? "–" : Normalizer.normalize(c, Normalizer.Form.NFC));
        }
        rows.add(r);
        return this;
    }

    /** @return the table, one line per row, each ending with a line feed */
    String render() {
        int[] w = new int[headers.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = width(headers.get(i));
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], width(r.get(i)));
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, headers, w);
        List<String> rule = new ArrayList<>();
        for (int x : w) {
            rule.add("-".repeat(x));
        }
        line(b, rule, w);
        for (List<String> r : rows) {
            line(b, r, w);
        }
        return b.toString();
    }

    private void line(StringBuilder b, List<String> cells, int[] w) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            String c = cells.get(i);
            String pad = " ".repeat(w[i] - width(c));
            if (i > 0) {
                l.append("  ");
            }
            l.append(right.contains(i) ? pad + c : c + pad);
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    @Override
    public String toString() {
        return render();
    }
}
