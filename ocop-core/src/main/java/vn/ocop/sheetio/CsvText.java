package vn.ocop.sheetio;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The text of a CSV file: strict UTF-8 decoding and records split into cells (jackson-dataformat-csv). */
final class CsvText {
    private static final CsvFactory CSV = CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(SheetCsvReader.MAX_BYTES).build())
            .build();

    private CsvText() {
    }

    /**
     * @param data the bytes, not null
     * @param badOffset receives, when the bytes are not UTF-8, the offset of the first invalid byte
     * @return the text, or null when the bytes are not UTF-8
     */
    static String utf8(byte[] data, int[] badOffset) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer out = CharBuffer.allocate(data.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) {
            r = dec.flush(out);
        }
        if (r.isError()) {
            badOffset[0] = in.position();
            return null;
        }
        out.flip();
        return out.toString();
    }

    /**
     * @param data the bytes, not null
     * @param offset an offset in them
     * @return the 1-based line the offset is on
     */
    static int lineOf(byte[] data, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (data[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Parses records into rows of cells; stops after {@code limit} records. */
    static void parse(String text, char sep, List<List<String>> rows, int limit) throws IOException {
        try (CsvParser p = CSV.createParser(new StringReader(text))) {
            p.setSchema(CsvSchema.emptySchema().withColumnSeparator(sep).withQuoteChar('"').withoutEscapeChar());
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return;
            }
            List<String> row = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    row = new ArrayList<>();
                } else if (t == JsonToken.END_ARRAY) {
                    if (row == null) {
                        return; // the end of the records
                    }
                    rows.add(row);
                    row = null;
                    if (rows.size() >= limit) {
                        return;
                    }
                } else if (row != null) {
                    row.add(p.getText());
                }
            }
        }
    }
}
