package vn.ocop.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one writer of office-ready CSV files (a council's result, a progress report, a statistics snapshot, the
 * certificate register): UTF-8 with a byte-order mark (so that Excel reads the diacritics), CRLF line ends, a header
 * row in the reader's language, fields quoted only when needed (RFC 4180), written with jackson-dataformat-csv.
 *
 * <p>Separator and numbers: Excel on a Vietnamese Windows expects {@code ;} between fields and a decimal comma,
 * so that is the Vietnamese default ({@code 63,4}); the English default is {@code ,} with a decimal point
 * ({@code 63.4}). Either language may use either separator ({@link #withSeparator(char)}); a field holding the
 * separator is quoted. Numbers are written exactly, without thousands marks (a spreadsheet would read them as
 * text); dates dd/MM/yyyy in Vietnamese, ISO in English; a {@link Localized} value by its name in the language;
 * null as an empty field.
 *
 * <pre>{@code
 * byte[] file = OfficeCsv.of(Locale.forLanguageTag("vi"))
 *         .write(List.of("Người đánh giá", "Tổng điểm"), List.of(List.of("Nguyễn Thị Lan", new BigDecimal("64.5"))));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class OfficeCsv {
    /** The UTF-8 byte-order mark written first. */
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CsvFactory CSV = CsvFactory.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private final Formats formats;
    private final char separator;

    private OfficeCsv(Formats formats, char separator) {
        this.formats = formats;
        this.separator = separator;
    }

    /**
     * @param locale the reader's locale, not null (Vietnamese unless English)
     * @return a writer for that language, separated by {@code ;} in Vietnamese and {@code ,} in English
     */
    public static OfficeCsv of(Locale locale) {
        Formats f = Formats.of(Objects.requireNonNull(locale, "locale"));
        return new OfficeCsv(f, f.english() ? ',' : ';');
    }

    /**
     * @param separator {@code ,} or {@code ;}
     * @return a writer like this one with that separator
     * @throws IllegalArgumentException for another separator
     */
    public OfficeCsv withSeparator(char separator) {
        if (separator != ',' && separator != ';') {
            throw new IllegalArgumentException("a CSV separator is ',' or ';', not '" + separator + "'");
        }
        return new OfficeCsv(formats, separator);
    }

    /** @return the field separator, {@code ,} or {@code ;} */
    public char separator() {
        return separator;
    }

    /** @return the locale the fields are written for */
    public Locale locale() {
        return formats.locale();
    }

    /**
     * @param value a field's value, may be null
     * @return the field as this writer writes it (before quoting)
     */
    public String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal) {
            String plain = ((BigDecimal) value).toPlainString();
            return formats.english() ? plain : plain.replace('.', ',');
        }
        if (value instanceof LocalDate) {
            return formats.date((LocalDate) value);
        }
        if (value instanceof Localized) {
            return ((Localized) value).text(formats.locale());
        }
        return String.valueOf(value);
    }

    /**
     * @param headers the header row, in the reader's language, not null
     * @param rows the rows, each with as many fields as there are headers (fewer are padded with empty fields),
     *        not null
     * @return the file's bytes: byte-order mark, header row, rows
     * @throws IllegalArgumentException if a row has more fields than there are headers
     */
    public byte[] write(List<String> headers, List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 64 * rows.size());
        try {
            write(headers, rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen in memory
        }
        return out.toByteArray();
    }

    /**
     * @param headers the header row, in the reader's language, not null
     * @param rows the rows, not null (see {@link #write(List, List)})
     * @param out where the bytes go, not null; flushed, not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if a row has more fields than there are headers
     */
    public void write(List<String> headers, List<? extends List<?>> rows, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        for (List<?> row : rows) {
            if (row.size() > headers.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " fields under " + headers.size()
                        + " headers");
            }
        }
        out.write(BOM);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withLineSeparator("\r\n")
                .withQuoteChar('"').withoutEscapeChar();
        try (CsvGenerator g = CSV.createGenerator(w)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setSchema(schema);
            line(g, headers);
            for (List<?> row : rows) {
                String[] fields = new String[headers.size()];
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = i < row.size() ? field(row.get(i)) : "";
                }
                line(g, List.of(fields));
            }
        }
        w.flush();
    }

    private static void line(CsvGenerator g, List<String> fields) throws IOException {
        g.writeStartArray();
        for (String f : fields) {
            g.writeString(f);
        }
        g.writeEndArray();
    }

    @Override
    public String toString() {
        return "OfficeCsv[" + formats.locale().toLanguageTag() + ", '" + separator + "']";
    }
}
