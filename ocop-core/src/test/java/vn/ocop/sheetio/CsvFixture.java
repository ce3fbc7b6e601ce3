package vn.ocop.sheetio;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.RubricSet;

/** Spreadsheets of set 13 (Cà phê, ca cao) of Decision 26/2026 written cell by cell for the reader's tests. */
final class CsvFixture {
    static final Edition QD26 = RubricCatalog.bundled().edition("QD-26-2026");
    static final RubricSet SET13 = QD26.set(13);

    final List<String> header = new ArrayList<>();
    final List<List<String>> rows = new ArrayList<>();

    /** A header "Người đánh giá", "1.1 Nguồn nguyên liệu", … (every leaf of set 13), no knock-out columns. */
    static CsvFixture set13() {
        CsvFixture f = new CsvFixture();
        f.header.add("Người đánh giá");
        for (Criterion c : SET13.leafCriteria()) {
            f.header.add(c.code() + " " + c.name());
        }
        return f;
    }

    /**
     * A valid answer per criterion of set 13: "b" everywhere, "có" on the yes/no criterion 2.4, "c" where b is
     * missing; 5.1 "b" (a story) so that 5.2 applies.
     */
    static Map<String, String> answers() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Criterion c : SET13.leafCriteria()) {
            m.put(c.code(), c.yesNo() ? "có" : "b");
        }
        return m;
    }

    CsvFixture row(String member, Map<String, String> answers) {
        List<String> r = new ArrayList<>();
        for (String h : header) {
            String code = Columns.leadingCode(h);
            if (Columns.MEMBER_HEADERS.contains(Columns.key(h))) {
                r.add(member);
            } else {
                r.add(answers.entrySet().stream().filter(e -> Columns.key(e.getKey()).equals(code))
                        .map(Map.Entry::getValue).findFirst().orElse(""));
            }
        }
        rows.add(r);
        return this;
    }

    CsvFixture column(String title) {
        header.add(title);
        return this;
    }

    int col(String code) {
        for (int i = 0; i < header.size(); i++) {
            if (Columns.leadingCode(header.get(i)).equals(Columns.key(code))) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(code);
    }

    String text(char sep) {
        StringBuilder sb = new StringBuilder();
        line(sb, header, sep);
        for (List<String> r : rows) {
            line(sb, r, sep);
        }
        return sb.toString();
    }

    byte[] bytes(char sep) {
        return text(sep).getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder sb, List<String> cells, char sep) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(sep);
            }
            String c = cells.get(i);
            if (c.indexOf(sep) >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append("\r\n");
    }

    static String letters(int column) {
        return Columns.letters(column - 1);
    }
}
