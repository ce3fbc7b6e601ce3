package vn.ocop.format;

import java.util.List;

/**
 * Rows written as CSV (RFC 4180: fields separated by a comma, a field with the separator, a quote or a line break
 * quoted with its quotes doubled, CRLF line ends, UTF-8 text as is, null fields empty).
 *
 * <p>A builder: not thread-safe.
 */
final class CsvTable {
    private final char separator;
    private final StringBuilder out = new StringBuilder();

    private CsvTable(char separator) {
        this.separator = separator;
    }

    /** @return a table separated by commas */
    static CsvTable comma() {
        return new CsvTable(',');
    }

    /**
     * @param fields the row's fields, null for an empty one
     * @return this table
     */
    CsvTable row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            String f = fields.get(i);
            if (f != null) {
                out.append(needsQuotes(f) ? '"' + f.replace("\"", "\"\"") + '"' : f);
            }
        }
        out.append("\r\n");
        return this;
    }

    private boolean needsQuotes(String f) {
        return f.indexOf(separator) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
