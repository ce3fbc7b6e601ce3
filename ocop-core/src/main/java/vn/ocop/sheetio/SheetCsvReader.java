package vn.ocop.sheetio;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;
import vn.ocop.format.Formats;
import vn.ocop.internal.Text;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.RubricSet;
import vn.ocop.scoring.Answer;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.EvaluationSheet;

/**
 * Reads council members' evaluation sheets of one rubric set from a CSV spreadsheet, the shape a Google Form or an
 * Excel sheet exports and {@link SheetTemplates#csv} writes: a header row, then a row per member with a column per
 * criterion.
 *
 * <h2>Columns</h2>
 * <ul>
 * <li>The member column, headed "Người đánh giá" (or "Thành viên", "Thành viên hội đồng", "Họ và tên", "Họ tên",
 * "Council member", "Member", "Name", "Evaluator").</li>
 * <li>A column per criterion that is answered directly (a sub-criterion such as 6.1.1, not its parent 6.1), whose
 * header starts with the criterion's code: "1.1 Nguồn nguyên liệu", "1.1. Nguồn…" or just "1.1".</li>
 * <li>Optionally a column per knock-out condition, headed by its code ("KO1 Giả mạo hồ sơ…"): an empty cell,
 * "không" or "no" means not found; "có", "yes" or "x" (or ✓, ✔, ☑, ☒) means found.</li>
 * <li>Columns named with {@link #ignoringColumns} are skipped (e.g. a form's "Dấu thời gian"); any other column is
 * a problem, as is a column without a header that holds a value.</li>
 * </ul>
 * Headers and cells are compared after NFC normalisation, case-insensitively and with runs of white space as one
 * space, so NFD text pasted from macOS or Word matches.
 *
 * <h2>Cells</h2>
 * A criterion's cell holds one of: the option's code ({@code c}), the code followed by ")" or "." ({@code c)},
 * {@code c.}), the option's exact label, the code followed by ")" or "." and the exact label
 * ({@code c) Chế biến}, as a form built from {@link vn.ocop.format.SheetFormRenderer}'s wording lists it), or
 * {@value vn.ocop.scoring.Answer#NONE} when none of the listed options applies. A yes/no criterion takes
 * "có"/"không" or "yes"/"no". An empty cell is a missing answer, except for a criterion whose "only if" condition
 * the row's own answer does not meet: that one is left empty (an answer there is a problem).
 *
 * <h2>Problems</h2>
 * Every problem is collected and reported together in one {@link InvalidInputException}; each names the file, the
 * spreadsheet row as {@link Problem#line()} (the record's number, the header being row 1: a spreadsheet's row
 * number, which is the text line unless a quoted cell spans lines), the column number as {@link Problem#column()}
 * (A = 1) and the cell ("C5") as {@link Problem#path()}; a missing column is a problem of the header row (path
 * {@code 1:1}, line 1, column 0); a problem of the whole file has path {@code $} and line 0, except a CSV syntax
 * error (the text line and column where the parser stopped) and bytes that are not UTF-8 (the text line). Problems are written in the
 * reader's language (Vietnamese unless {@link #withLocale} gives English).
 *
 * <h2>File</h2>
 * UTF-8 with or without a byte order mark, at most {@value #MAX_BYTES} bytes; cells separated by {@code ,} or
 * {@code ;} (Excel on a Vietnamese Windows writes {@code ;}): detected from the header row unless
 * {@link #withSeparator} fixes it; cells may be quoted with {@code "} (RFC 4180). A row whose cells are all empty is
 * skipped.
 *
 * <pre>{@code
 * RubricSet set = RubricCatalog.bundled().edition("QD-26-2026").set(13);
 * try {
 *     Council council = SheetCsvReader.of(set).readCouncil(Path.of("hoi-dong.csv"));
 *     CouncilResult r = Evaluator.of(edition, set).evaluate(council);
 * } catch (InvalidInputException e) {
 *     System.err.println(ProblemFormatter.of(Formats.VIETNAMESE_LOCALE).format(e));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SheetCsvReader {
    /** Largest file read, in bytes (4 MiB: a council's spreadsheet is a few kilobytes). */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final char[] SEPARATORS = {',', ';'};

    private final RubricSet set;
    private final SheetIndex index;
    private final Locale locale;
    private final Character separator;
    private final Set<String> ignored;

    private SheetCsvReader(RubricSet set, SheetIndex index, Locale locale, Character separator, Set<String> ignored) {
        this.set = set;
        this.index = index;
        this.locale = locale;
        this.separator = separator;
        this.ignored = ignored;
    }

    /**
     * @param set the rubric set the sheets are for, not null
     * @return a reader with Vietnamese messages that detects the separator
     */
    public static SheetCsvReader of(RubricSet set) {
        return new SheetCsvReader(Objects.requireNonNull(set, "set"), new SheetIndex(set), Formats.VIETNAMESE_LOCALE, null,
                Set.of());
    }

    /**
     * @param locale the language of the problems, not null (English for an English locale, else Vietnamese)
     * @return a copy writing its problems in that language
     */
    public SheetCsvReader withLocale(Locale locale) {
        return new SheetCsvReader(set, index, Objects.requireNonNull(locale, "locale"), separator, ignored);
    }

    /**
     * @param separator {@code ','} or {@code ';'}
     * @return a copy that uses this separator instead of detecting it
     * @throws IllegalArgumentException for any other character
     */
    public SheetCsvReader withSeparator(char separator) {
        if (separator != ',' && separator != ';') {
            throw new IllegalArgumentException("the separator is ',' or ';', not '" + separator + "'");
        }
        return new SheetCsvReader(set, index, locale, separator, ignored);
    }

    /**
     * @param headers headers of columns to skip (compared NFC- and case-insensitively), none null
     * @return a copy that skips them as well
     */
    public SheetCsvReader ignoringColumns(String... headers) {
        Set<String> all = new LinkedHashSet<>(ignored);
        for (String h : headers) {
            all.add(Columns.key(Objects.requireNonNull(h, "header")));
        }
        return new SheetCsvReader(set, index, locale, separator, Set.copyOf(all));
    }

    /** @return the rubric set the sheets are read for */
    public RubricSet set() {
        return set;
    }

    /**
     * @param file a CSV file, not null; its name is the problems' source
     * @return the members' sheets in row order
     * @throws IOException if the file cannot be read
     * @throws InvalidInputException listing every problem of the content
     */
    public List<EvaluationSheet> read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (Files.size(file) > MAX_BYTES) {
            throw fail(List.of(new Problem(file.toString(), "$", Columns.TEXT.text(locale, "csv.tooLarge", MAX_BYTES))));
        }
        return read(Files.readAllBytes(file), file.toString());
    }

    /**
     * @param in the CSV bytes, not null; read to the end, not closed
     * @param source the name of the file or stream for the problems, not null
     * @return the members' sheets in row order
     * @throws IOException if the stream cannot be read
     * @throws InvalidInputException listing every problem of the content
     */
    public List<EvaluationSheet> read(InputStream in, String source) throws IOException {
        Objects.requireNonNull(source, "source");
        byte[] data = in.readNBytes(MAX_BYTES + 1);
        return read(data, source);
    }

    /**
     * @param data the CSV bytes, not null
     * @param source the name of the file or stream for the problems, not null
     * @return the members' sheets in row order
     * @throws InvalidInputException listing every problem of the content
     */
    public List<EvaluationSheet> read(byte[] data, String source) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(source, "source");
        if (data.length > MAX_BYTES) {
            throw fail(List.of(new Problem(source, "$", Columns.TEXT.text(locale, "csv.tooLarge", MAX_BYTES))));
        }
        String text = decode(data, source);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return read(text, source);
    }

    /**
     * @param file a CSV file, not null
     * @return a council of the members' sheets in row order
     * @throws IOException if the file cannot be read
     * @throws InvalidInputException listing every problem of the content
     */
    public Council readCouncil(Path file) throws IOException {
        return Council.of(read(file));
    }

    /**
     * @param in the CSV bytes, not null; read to the end, not closed
     * @param source the name of the file or stream for the problems, not null
     * @return a council of the members' sheets in row order
     * @throws IOException if the stream cannot be read
     * @throws InvalidInputException listing every problem of the content
     */
    public Council readCouncil(InputStream in, String source) throws IOException {
        return Council.of(read(in, source));
    }

    private InvalidInputException fail(List<Problem> problems) {
        return new InvalidInputException(Columns.TEXT.text(locale, "csv.context", set.number(), set.editionId()),
                problems);
    }

    private String decode(byte[] data, String source) {
        int[] bad = new int[1];
        String text = CsvText.utf8(data, bad);
        if (text == null) {
            throw fail(List.of(new Problem(source, "$", CsvText.lineOf(data, bad[0]), 0,
                    Columns.TEXT.text(locale, "csv.notUtf8", bad[0]))));
        }
        return text;
    }

    // ------------------------------------------------------------------ parsing

    private List<EvaluationSheet> read(String text, String source) {
        char sep = separator != null ? separator : detect(text);
        List<List<String>> rows = new ArrayList<>();
        try {
            CsvText.parse(text, sep, rows, Integer.MAX_VALUE);
        } catch (IOException e) {
            JsonLocation at = e instanceof StreamReadException ? ((StreamReadException) e).getLocation() : null;
            int line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
            int column = line == 0 || at.getColumnNr() < 1 ? 0 : at.getColumnNr();
            throw fail(List.of(new Problem(source, "$", line, column, Columns.TEXT.text(locale, "csv.malformed"))));
        }
        return new Sheet(source, rows).read();
    }

    /** The separator whose header row names more known columns; {@code ,} on a tie or an unreadable header. */
    private char detect(String text) {
        char best = SEPARATORS[0];
        int bestCount = -1;
        for (char sep : SEPARATORS) {
            List<List<String>> rows = new ArrayList<>();
            try {
                CsvText.parse(text, sep, rows, 1);
            } catch (IOException e) {
                continue; // a syntax error with this separator: the other one is tried
            }
            int count = 0;
            if (!rows.isEmpty()) {
                for (String h : rows.get(0)) {
                    if (recognised(h)) {
                        count++;
                    }
                }
            }
            if (count > bestCount) {
                best = sep;
                bestCount = count;
            }
        }
        return best;
    }

    private boolean recognised(String header) {
        String key = Columns.key(header);
        String code = Columns.leadingCode(header);
        return Columns.MEMBER_HEADERS.contains(key) || ignored.contains(key) || index.leaves.containsKey(code)
                || index.knockOuts.containsKey(code);
    }

    // ------------------------------------------------------------------ one file

    /** The reading of one file: its columns, rows and problems. Not thread-safe; one per call. */
    private final class Sheet {
        private final String source;
        private final List<List<String>> rows;
        private final List<Problem> problems = new ArrayList<>();
        private int memberColumn = -1;
        /** Column of each criterion, in the law's order of the leaves. */
        private final Map<Criterion, Integer> criterionColumn = new LinkedHashMap<>();
        private final Map<KnockOut, Integer> knockOutColumn = new LinkedHashMap<>();
        /** Columns without a header, or skipped: their cells are not read. */
        private final Set<Integer> skipped = new LinkedHashSet<>();
        private final Set<Integer> headerless = new LinkedHashSet<>();
        private int width;

        Sheet(String source, List<List<String>> rows) {
            this.source = source;
            this.rows = rows;
        }

        private String t(String key, Object... args) {
            return Columns.TEXT.text(locale, key, args);
        }

        private void problem(int row, int column, String message) {
            problems.add(new Problem(source, Columns.letters(column) + (row + 1), row + 1, column + 1, message));
        }

        private void rowProblem(int row, String message) {
            problems.add(new Problem(source, (row + 1) + ":" + (row + 1), row + 1, 0, message));
        }

        List<EvaluationSheet> read() {
            if (rows.isEmpty() || rows.get(0).stream().allMatch(c -> Text.nfc(c).isEmpty())) {
                throw fail(List.of(new Problem(source, "$", t("csv.empty"))));
            }
            header(rows.get(0));
            List<EvaluationSheet> sheets = new ArrayList<>();
            Map<String, Integer> members = new HashMap<>();
            boolean any = false;
            for (int r = 1; r < rows.size(); r++) {
                List<String> cells = rows.get(r);
                if (cells.stream().allMatch(c -> Text.nfc(c).isEmpty())) {
                    continue;
                }
                any = true;
                EvaluationSheet s = row(r, cells, members);
                if (s != null) {
                    sheets.add(s);
                }
            }
            if (!any) {
                problems.add(new Problem(source, "$", t("csv.noRows")));
            }
            if (!problems.isEmpty()) {
                throw fail(problems);
            }
            return List.copyOf(sheets);
        }

        private void header(List<String> header) {
            width = header.size();
            Map<Object, Integer> seen = new HashMap<>();
            for (int col = 0; col < header.size(); col++) {
                String h = Text.nfc(header.get(col));
                Object what = column(col, h);
                if (what == null) {
                    continue;
                }
                Integer earlier = seen.putIfAbsent(what, col);
                if (earlier != null) {
                    skipped.add(col);
                    problem(0, col, t("csv.header.duplicate", h, Columns.letters(earlier),
                            Text.nfc(header.get(earlier))));
                    continue;
                }
                if (what instanceof Criterion) {
                    criterionColumn.put((Criterion) what, col);
                } else if (what instanceof KnockOut) {
                    knockOutColumn.put((KnockOut) what, col);
                } else {
                    memberColumn = col;
                }
            }
            checkColumns();
        }

        /** What a column holds: "member", a criterion or a knock-out; null (recorded) for one not read. */
        private Object column(int col, String h) {
            String key = Columns.key(h);
            String code = Columns.leadingCode(h);
            if (h.isEmpty()) {
                headerless.add(col);
                return null;
            }
            if (Columns.MEMBER_HEADERS.contains(key)) {
                return "member";
            } else if (ignored.contains(key)) {
                skipped.add(col);
                return null;
            } else if (index.leaves.containsKey(code)) {
                return index.leaves.get(code);
            } else if (index.knockOuts.containsKey(code)) {
                return index.knockOuts.get(code);
            }
            skipped.add(col);
            Criterion parent = index.compound.get(code);
            if (parent != null) {
                problem(0, col, t("csv.header.compound", parent.code(),
                        Columns.list(parent.leaves().stream().map(Criterion::code).toList())));
            } else if (Columns.looksLikeCriterion(code)) {
                problem(0, col, t("csv.header.unknownCriterion", set.number(), code, h));
            } else {
                Criterion first = set.leafCriteria().isEmpty() ? null : set.leafCriteria().get(0);
                problem(0, col, t("csv.header.unknown", h,
                        first == null ? "1.1" : Columns.criterionHeader(first, Formats.isEnglish(locale))));
            }
            return null;
        }

        /** The member column and every criterion's column are there; criteria in the law's order. */
        private void checkColumns() {
            if (memberColumn < 0) {
                rowProblem(0, t("csv.header.noMember", Columns.memberHeader(locale)));
            }
            for (Criterion c : set.leafCriteria()) {
                if (!criterionColumn.containsKey(c)) {
                    rowProblem(0, t("csv.header.missingCriterion", c.code(), c.name()));
                }
            }
            // the law's order, whatever the columns' order
            Map<Criterion, Integer> ordered = new LinkedHashMap<>();
            for (Criterion c : set.leafCriteria()) {
                if (criterionColumn.containsKey(c)) {
                    ordered.put(c, criterionColumn.get(c));
                }
            }
            criterionColumn.clear();
            criterionColumn.putAll(ordered);
        }

        private String cell(List<String> cells, int col) {
            return col < cells.size() ? Text.nfc(cells.get(col)) : "";
        }

        private EvaluationSheet row(int r, List<String> cells, Map<String, Integer> members) {
            int before = problems.size();
            strayCells(r, cells);
            String member = member(r, cells, members);
            Map<Criterion, String> answers = answers(r, cells);
            List<String> found = knockOuts(r, cells);
            if (problems.size() > before || member.isEmpty()) {
                return null;
            }
            EvaluationSheet.Builder b = EvaluationSheet.builder(set.editionId(), set.number(), member);
            answers.forEach((c, o) -> b.answer(c.code(), o));
            found.forEach(b::knockOut);
            return b.build();
        }

        /** Cells right of the last header or under a blank header. */
        private void strayCells(int r, List<String> cells) {
            for (int col = 0; col < cells.size(); col++) {
                String v = Text.nfc(cells.get(col));
                if (v.isEmpty()) {
                    continue;
                }
                if (col >= width) {
                    problem(r, col, t("csv.cell.outside", v));
                } else if (headerless.contains(col)) {
                    problem(r, col, t("csv.header.blank", v));
                }
            }
        }

        private String member(int r, List<String> cells, Map<String, Integer> members) {
            String member = memberColumn < 0 ? "" : cell(cells, memberColumn);
            if (memberColumn >= 0) {
                if (member.isEmpty()) {
                    problem(r, memberColumn, t("csv.member.blank"));
                } else {
                    Integer earlier = members.putIfAbsent(Columns.key(member), r);
                    if (earlier != null) {
                        problem(r, memberColumn, t("csv.member.duplicate", member, earlier + 1));
                    }
                }
            }
            return member;
        }

        /** The row's answers, by criterion, those that do not apply left out. */
        private Map<Criterion, String> answers(int r, List<String> cells) {
            Map<Criterion, String> answers = new LinkedHashMap<>();
            Map<Criterion, Boolean> valid = new HashMap<>();
            for (Map.Entry<Criterion, Integer> e : criterionColumn.entrySet()) {
                Criterion c = e.getKey();
                String v = cell(cells, e.getValue());
                if (v.isEmpty()) {
                    continue;
                }
                String option = option(r, e.getValue(), c, v);
                valid.put(c, option != null);
                if (option != null) {
                    answers.put(c, option);
                }
            }
            for (Map.Entry<Criterion, Integer> e : criterionColumn.entrySet()) {
                Criterion c = e.getKey();
                int col = e.getValue();
                boolean blank = cell(cells, col).isEmpty();
                Boolean applies = applies(c, answers, valid);
                if (applies == Boolean.FALSE) {
                    String a = answers.get(c);
                    if (a != null && !a.equals(Answer.NONE)) {
                        problem(r, col, t("csv.answer.notApplicable", c.code(), c.onlyIf().label(),
                                c.onlyIf().criterion()));
                    }
                    answers.remove(c); // left unanswered, as the evaluator expects
                } else if (blank) {
                    problem(r, col, t("csv.answer.missing", c.code(), c.name()));
                }
            }
            return answers;
        }

        /** The knock-out conditions the row marks as found. */
        private List<String> knockOuts(int r, List<String> cells) {
            List<String> found = new ArrayList<>();
            for (Map.Entry<KnockOut, Integer> e : knockOutColumn.entrySet()) {
                String v = cell(cells, e.getValue());
                String key = Columns.key(v);
                if (v.isEmpty() || Columns.KNOCK_OUT_NO.contains(key)) {
                    continue;
                }
                if (Columns.KNOCK_OUT_YES.contains(key)) {
                    found.add(e.getKey().code());
                } else {
                    problem(r, e.getValue(), t("csv.knockOut.unknown", e.getKey().code(), v));
                }
            }
            return found;
        }

        /**
         * Whether a criterion applies on this row: TRUE without an "only if" condition or when the row's answer
         * meets it, FALSE when the answer does not, null when the answer it looks at is missing or invalid.
         */
        private Boolean applies(Criterion c, Map<Criterion, String> answers, Map<Criterion, Boolean> valid) {
            if (c.onlyIf() == null) {
                return Boolean.TRUE;
            }
            Criterion target = set.criterion(c.onlyIf().criterion());
            if (target == null || !valid.getOrDefault(target, false)) {
                return null;
            }
            return c.onlyIf().options().contains(answers.get(target));
        }

        /** The option code a cell names, or null after reporting the problem. */
        private String option(int r, int col, Criterion c, String value) {
            String key = Columns.key(value);
            if (key.equals(Answer.NONE)) {
                return Answer.NONE;
            }
            String direct = index.cells.get(c).get(key);
            if (direct != null) {
                return direct;
            }
            int space = key.indexOf(' ');
            if (space > 1 && (key.charAt(space - 1) == ')' || key.charAt(space - 1) == '.')) { // "c) label"
                Option o = index.codes.get(c).get(key.substring(0, space - 1));
                if (o != null) {
                    if (key.substring(space + 1).equals(Columns.key(o.label()))) {
                        return o.code();
                    }
                    problem(r, col, t("csv.answer.labelMismatch", c.code(), value, o.code(), o.label()));
                    return null;
                }
            }
            List<String> accepted = new ArrayList<>();
            for (Option o : c.answerOptions()) {
                accepted.add(c.yesNo() ? Columns.key(o.label()) : o.code());
            }
            problem(r, col, t("csv.answer.unknown", c.code(), value, Columns.list(accepted)));
            return null;
        }
    }
}
