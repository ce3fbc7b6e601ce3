package vn.ocop.sheetio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.OcopJson;
import vn.ocop.format.Formats;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.RubricSet;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.EvaluationSheet;

/**
 * Blank evaluation sheets to fill in, in the shapes the library reads back unchanged: a council's JSON file (read
 * with {@link OcopJson#mapper()} as a {@link Council}) and a CSV spreadsheet (read with {@link SheetCsvReader}).
 *
 * <p>Both list every criterion that is answered directly (sub-criteria, not their parents), in the law's order,
 * with an empty answer. Read back as they are, they are incomplete sheets: the reader or the evaluator reports each
 * empty answer.
 *
 * <pre>{@code
 * RubricSet set = RubricCatalog.bundled().edition("QD-26-2026").set(13);
 * List<String> members = List.of("Nguyễn Thị Lan", "Trần Văn Minh", "Lê Hoàng Nam");
 * Files.writeString(Path.of("hoi-dong.csv"), SheetTemplates.csv(set, members, Formats.VIETNAMESE_LOCALE, ';'));
 * Files.writeString(Path.of("hoi-dong.json"), SheetTemplates.json(set, members));
 * }</pre>
 */
public final class SheetTemplates {
    private static final CsvMapper CSV = new CsvMapper();

    private SheetTemplates() {
    }

    /**
     * A council's JSON file: {@code {"members": [{"edition": …, "set": …, "member": …, "answers": {"1.1": "", …},
     * "knockOuts": []}, …]}}.
     *
     * @param set the rubric set, not null
     * @param members the members' names, one sheet each, not null, not empty (a sheet names its member)
     * @return the JSON text, indented
     * @throws IllegalArgumentException if there is no member, or a name is blank
     */
    public static String json(RubricSet set, List<String> members) {
        Objects.requireNonNull(set, "set");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a council template needs at least one member's name");
        }
        List<EvaluationSheet> sheets = new ArrayList<>();
        for (String m : members) {
            EvaluationSheet.Builder b = EvaluationSheet.builder(set.editionId(), set.number(),
                    Objects.requireNonNull(m, "member"));
            for (Criterion c : set.leafCriteria()) {
                b.answer(c.code(), "");
            }
            sheets.add(b.build());
        }
        try {
            return OcopJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(Council.of(sheets)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a council template", e);
        }
    }

    /**
     * A CSV spreadsheet: a UTF-8 byte order mark (so that Excel reads the Vietnamese text right), a header row with
     * the member column, a column per criterion headed "code name" ("1.1 Nguồn nguyên liệu") and a column per
     * knock-out condition headed "code condition", then a row per member with the name and empty cells. Lines end
     * with CR LF.
     *
     * @param set the rubric set, not null
     * @param members the members' names, one row each, not null; may be empty (header only)
     * @param locale the language of the member column's header and of the criteria names (the rubric's English
     *        names where it has them), not null
     * @param separator {@code ','} or {@code ';'} (Excel on a Vietnamese Windows expects {@code ;})
     * @return the CSV text, starting with U+FEFF; write it as UTF-8
     * @throws IllegalArgumentException for another separator
     */
    public static String csv(RubricSet set, List<String> members, Locale locale, char separator) {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(locale, "locale");
        if (separator != ',' && separator != ';') {
            throw new IllegalArgumentException("the separator is ',' or ';', not '" + separator + "'");
        }
        boolean english = Formats.isEnglish(locale);
        List<String> header = new ArrayList<>();
        header.add(Columns.memberHeader(locale));
        for (Criterion c : set.leafCriteria()) {
            header.add(Columns.criterionHeader(c, english));
        }
        for (KnockOut k : set.knockOuts()) {
            header.add(Columns.knockOutHeader(k));
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (String m : members) {
            List<String> row = new ArrayList<>();
            row.add(Objects.requireNonNull(m, "member"));
            for (int i = 1; i < header.size(); i++) {
                row.add("");
            }
            rows.add(row);
        }
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withLineSeparator("\r\n");
        StringWriter out = new StringWriter().append('\uFEFF');
        try (var w = CSV.writer(schema).with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writeValues(out)) {
            for (List<String> row : rows) {
                w.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a CSV template", e);
        }
        return out.toString();
    }
}
