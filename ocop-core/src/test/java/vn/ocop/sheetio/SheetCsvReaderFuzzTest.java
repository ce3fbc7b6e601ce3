package vn.ocop.sheetio;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ocop.InvalidInputException;
import vn.ocop.OcopException;
import vn.ocop.Problem;
import vn.ocop.format.Formats;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.RubricSet;
import vn.ocop.scoring.Answer;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.EvaluationSheet;

/**
 * Fuzz tests of {@link SheetCsvReader}, with Jazzer's JUnit integration.
 *
 * <p>The property: reading any bytes either returns sheets or throws the documented
 * {@link InvalidInputException} whose problems all name the source and a cell, row or the whole file; nothing else
 * escapes. What it returns is a council the evaluator accepts as it is (every answer a known option of a
 * criterion of the set, none missing, no answer where an "only if" condition is not met, distinct non-blank
 * members): the reader and the evaluator agree on what a valid sheet is. Anything else is a finding.
 *
 * <p>Regression mode runs in every {@code mvn test} on the seed corpus in
 * {@code src/test/resources/vn/ocop/sheetio/SheetCsvReaderFuzzTestInputs/<method>/}. To fuzz for real:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl ocop-core -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='SheetCsvReaderFuzzTest#readBytes' -Djazzer.max_duration=120s
 * </pre>
 */
class SheetCsvReaderFuzzTest {
    static final Edition QD26 = RubricCatalog.bundled().edition("QD-26-2026");
    static final RubricSet SET13 = QD26.set(13);
    static final SheetCsvReader READER13 = SheetCsvReader.of(SET13);
    static final String SOURCE = "fuzz.csv";
    static final java.util.Map<String, SheetCsvReader> READERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Raw bytes, read as a spreadsheet of set 13 (knock-out notes, sub-criteria, "only if", yes/no). */
    @FuzzTest(maxDuration = "2m")
    void readBytes(byte[] data) {
        check(READER13, data);
    }

    /**
     * Structure-aware: a header of the chosen set's columns (some dropped, repeated, renamed or unknown, in any
     * order, in Vietnamese or English, NFC or NFD), then rows whose cells are the set's codes and labels in their
     * accepted forms mixed with arbitrary text and blanks; either separator, with or without a byte order mark.
     */
    @FuzzTest(maxDuration = "2m")
    void readEdited(FuzzedDataProvider data) {
        RubricSet set = QD26.set(data.consumeInt(1, 26));
        Locale locale = data.consumeBoolean() ? Locale.ENGLISH : Formats.VIETNAMESE_LOCALE;
        char sep = data.consumeBoolean() ? ',' : ';';
        List<String> columns = new ArrayList<>();
        columns.add(data.consumeBoolean() ? "Người đánh giá" : "Council member");
        for (Criterion c : set.leafCriteria()) {
            switch (data.consumeInt(0, 15)) {
                case 0 -> { } // dropped
                case 1 -> columns.add(data.consumeString(12));
                case 2 -> {
                    columns.add(c.code());
                    columns.add(c.code() + ". " + c.name());
                }
                case 3 -> columns.add(java.text.Normalizer.normalize(c.code() + " " + c.name(),
                        java.text.Normalizer.Form.NFD));
                default -> columns.add(Columns.criterionHeader(c, data.consumeBoolean()));
            }
        }
        for (KnockOut k : set.knockOuts()) {
            if (data.consumeBoolean()) {
                columns.add(Columns.knockOutHeader(k));
            }
        }
        if (data.consumeInt(0, 7) == 0 && columns.size() > 2) { // a swap
            int i = data.consumeInt(0, columns.size() - 1);
            int j = data.consumeInt(0, columns.size() - 1);
            String t = columns.get(i);
            columns.set(i, columns.get(j));
            columns.set(j, t);
        }
        StringBuilder sb = new StringBuilder(data.consumeBoolean() ? "\uFEFF" : "");
        line(sb, columns, sep);
        int rows = data.consumeInt(0, 5);
        for (int r = 0; r < rows; r++) {
            List<String> cells = new ArrayList<>();
            for (String h : columns) {
                Criterion c = set.criterion(Columns.leadingCode(h));
                KnockOut k = set.knockOut(Columns.leadingCode(h).toUpperCase(Locale.ROOT));
                if (c != null && c.isLeaf() && data.consumeInt(0, 9) > 0) {
                    List<Option> opts = c.answerOptions();
                    Option o = opts.get(data.consumeInt(0, opts.size() - 1));
                    cells.add(switch (data.consumeInt(0, 7)) {
                        case 0 -> o.label();
                        case 1 -> o.code() + ")";
                        case 2 -> o.code() + ". " + o.label();
                        case 3 -> Answer.NONE;
                        case 4 -> "";
                        default -> o.code();
                    });
                } else if (k != null) {
                    cells.add(data.consumeBoolean() ? "x" : "");
                } else if (Columns.MEMBER_HEADERS.contains(Columns.key(h)) && data.consumeInt(0, 9) > 0) {
                    cells.add("Thành viên " + data.consumeInt(0, 4));
                } else {
                    cells.add(data.consumeString(10));
                }
            }
            line(sb, cells, sep);
        }
        sb.append(data.consumeRemainingAsString());
        SheetCsvReader reader = READERS.computeIfAbsent(set.number() + "/" + locale,
                k -> SheetCsvReader.of(set).withLocale(locale));
        check(reader, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder sb, List<String> cells, char sep) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(sep);
            }
            String c = cells.get(i);
            if (c.indexOf(sep) >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append("\r\n");
    }

    static void check(SheetCsvReader reader, byte[] data) {
        List<EvaluationSheet> sheets;
        try {
            sheets = reader.read(data, SOURCE);
        } catch (InvalidInputException documented) {
            if (documented.problems().isEmpty()) {
                throw new AssertionError("an InvalidInputException without problems", documented);
            }
            for (Problem p : documented.problems()) {
                if (!p.source().equals(SOURCE) || p.path().isEmpty() || p.message().isBlank()) {
                    throw new AssertionError("a problem that does not say where: " + p, documented);
                }
            }
            return;
        }
        RubricSet set = reader.set();
        if (sheets.isEmpty()) {
            throw new AssertionError("no sheets and no problem");
        }
        for (EvaluationSheet s : sheets) {
            if (!s.edition().equals(set.editionId()) || s.set() != set.number() || s.member().isBlank()) {
                throw new AssertionError("a sheet not of the set or without a member: " + s);
            }
        }
        try {
            Scoring.evaluate(QD26, set, Council.of(sheets));
        } catch (OcopException e) {
            throw new AssertionError("the reader returned sheets the evaluator rejects: " + sheets, e);
        }
    }
}
