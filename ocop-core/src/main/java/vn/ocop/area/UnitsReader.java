package vn.ocop.area;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ocop.Problem;
import vn.ocop.area.RawUnits.Located;
import vn.ocop.area.RawUnits.RawPeriod;
import vn.ocop.area.RawUnits.RawReform;
import vn.ocop.area.RawUnits.Row;
import vn.ocop.internal.JsonErrors;
import vn.ocop.internal.JsonLimits;

/**
 * Reads the units data format (ocop-rubric-data/README.md, FORMAT) in one streaming pass into {@link RawUnits},
 * then has {@link UnitsBuilder} check it and build the registry. Every problem is collected with its line, column and JSON path; nothing is built when there
 * is one. One instance per read.
 */
final class UnitsReader {
    static final String FORMAT = "ocop-units/1";
    private static final JsonFactory FACTORY = JsonLimits.factory();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private final String source;
    private final List<Problem> problems = new ArrayList<>();
    private JsonParser p;
    /** Shared strings: a code or name used by an old and a new unit is kept once. */
    private final Map<String, String> strings = new HashMap<>();

    /** What the file says, before checking. */
    private final RawUnits raw = new RawUnits();
    private boolean sawPeriods;
    private boolean sawReforms;

    UnitsReader(String source) {
        this.source = source;
    }

    // ================================================================== parsing

    AdministrativeUnitRegistry read(InputStream in) {
        // through a reader, so that columns count characters, not UTF-8 bytes
        try (JsonParser parser = FACTORY.createParser(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            this.p = parser;
            JsonToken t = p.nextToken();
            if (t == null) {
                problem("$", "empty document");
            } else if (t != JsonToken.START_OBJECT) {
                problem("$", "expected an object");
            } else {
                root();
                if (p.nextToken() != null) {
                    problem("$", "trailing content after the JSON value");
                }
            }
        } catch (IOException e) {
            problems.add(JsonErrors.problem(e, source));
        }
        if (!problems.isEmpty()) {
            throw new UnitDataException(problems);
        }
        AdministrativeUnitRegistry r = new UnitsBuilder(source, raw, problems).build();
        if (!problems.isEmpty()) {
            throw new UnitDataException(problems);
        }
        return r;
    }

    private void root() throws IOException {
        Set<String> seen = new HashSet<>();
        JsonLocation start = p.currentTokenLocation();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            String path = "$." + key;
            p.nextToken();
            if (!seen.add(key)) {
                problem(path, "duplicate key '" + key + "'");
                p.skipChildren();
                continue;
            }
            switch (key) {
                case "format":
                    String format = string(path);
                    if (format != null && !FORMAT.equals(format)) {
                        problem(path, "unsupported format '" + format + "'; this library reads '" + FORMAT + "'");
                    }
                    break;
                case "title":
                    raw.title = string(path);
                    break;
                case "generated":
                    raw.generated = date(path, false);
                    break;
                case "generator":
                    raw.generator = string(path);
                    break;
                case "sources":
                    array(path, (i, ip) -> {
                        JsonLocation at = p.currentTokenLocation();
                        raw.sources.add(new Located<>(sourceObject(ip), ip, at.getLineNr(), at.getColumnNr()));
                    });
                    break;
                case "fixes":
                    raw.fixes = strings(path);
                    break;
                case "doubts":
                    raw.doubts = strings(path);
                    break;
                case "periods":
                    sawPeriods = true;
                    array(path, (i, ip) -> raw.periods.add(period(ip)));
                    break;
                case "reforms":
                    sawReforms = true;
                    array(path, (i, ip) -> raw.reforms.add(reform(ip)));
                    break;
                default:
                    unknown(path, key, "format, title, generated, generator, sources, fixes, doubts, periods, reforms");
            }
        }
        String[] required = {"format", "title", "generated", "generator", "sources", "periods", "reforms"};
        for (String r : required) {
            if (!seen.contains(r)) {
                problems.add(new Problem(source, "$." + r, start.getLineNr(), start.getColumnNr(),
                        "missing key '" + r + "'"));
            }
        }
    }

    private UnitsProvenance.Source sourceObject(String path) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        if (!expect(JsonToken.START_OBJECT, path, "an object")) {
            return null;
        }
        Map<String, Object> v = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            String kp = path + "." + key;
            p.nextToken();
            if (!seen.add(key)) {
                problem(kp, "duplicate key '" + key + "'");
                p.skipChildren();
                continue;
            }
            switch (key) {
                case "id":
                case "title":
                case "file":
                    v.put(key, string(kp));
                    break;
                case "sha256":
                    String h = string(kp);
                    if (h != null && !SHA256.matcher(h).matches()) {
                        problem(kp, "expected 64 lower-case hexadecimal digits");
                    }
                    v.put(key, h);
                    break;
                case "asOf":
                    v.put(key, date(kp, false));
                    break;
                case "rows":
                    v.put(key, integer(kp));
                    break;
                default:
                    unknown(kp, key, "id, title, asOf, file, sha256, rows");
            }
        }
        for (String k : List.of("id", "title", "asOf", "file", "sha256", "rows")) {
            if (!v.containsKey(k)) {
                problems.add(new Problem(source, path + "." + k, at.getLineNr(), at.getColumnNr(),
                        "missing key '" + k + "'"));
            }
        }
        if (v.values().contains(null) || v.size() < 6) {
            return null;
        }
        return new UnitsProvenance.Source((String) v.get("id"), (String) v.get("title"), (LocalDate) v.get("asOf"),
                (String) v.get("file"), (String) v.get("sha256"), (Integer) v.get("rows"));
    }

    private RawPeriod period(String path) throws IOException {
        RawPeriod rp = new RawPeriod();
        JsonLocation at = p.currentTokenLocation();
        rp.path = path;
        rp.line = at.getLineNr();
        rp.column = at.getColumnNr();
        if (!expect(JsonToken.START_OBJECT, path, "an object")) {
            return rp;
        }
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            String kp = path + "." + key;
            p.nextToken();
            if (!seen.add(key)) {
                problem(kp, "duplicate key '" + key + "'");
                p.skipChildren();
                continue;
            }
            switch (key) {
                case "from":
                    rp.sawFrom = true;
                    rp.from = date(kp, true);
                    break;
                case "until":
                    rp.sawUntil = true;
                    rp.until = date(kp, true);
                    break;
                case "sources":
                    rp.sources = strings(kp);
                    break;
                case "counts":
                    rp.counts = counts(kp, RawUnits.LEVEL_KEYS);
                    break;
                case "provinces":
                case "districts":
                case "communes":
                    int level = List.of(RawUnits.LEVEL_KEYS).indexOf(key);
                    rp.saw[level] = true;
                    rp.rows.set(level, rows(kp, level == 0 ? 2 : 3, true));
                    break;
                default:
                    unknown(kp, key, "from, until, sources, counts, provinces, districts, communes");
            }
        }
        for (String k : List.of("from", "until", "sources", "counts", "provinces", "districts", "communes")) {
            if (!seen.contains(k)) {
                problems.add(new Problem(source, path + "." + k, rp.line, rp.column, "missing key '" + k + "'"));
            }
        }
        return rp;
    }

    private RawReform reform(String path) throws IOException {
        RawReform rr = new RawReform();
        JsonLocation at = p.currentTokenLocation();
        rr.path = path;
        rr.line = at.getLineNr();
        rr.column = at.getColumnNr();
        if (!expect(JsonToken.START_OBJECT, path, "an object")) {
            return rr;
        }
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            String kp = path + "." + key;
            p.nextToken();
            if (!seen.add(key)) {
                problem(kp, "duplicate key '" + key + "'");
                p.skipChildren();
                continue;
            }
            switch (key) {
                case "on":
                    rr.on = date(kp, false);
                    break;
                case "counts":
                    rr.counts = counts(kp, new String[] {"provinces", "units"});
                    break;
                case "provinces":
                    rr.provinces = rows(kp, 3, false);
                    break;
                case "units":
                    rr.units = rows(kp, 3, false);
                    break;
                default:
                    unknown(kp, key, "on, counts, provinces, units");
            }
        }
        for (String k : List.of("on", "counts", "provinces", "units")) {
            if (!seen.contains(k)) {
                problems.add(new Problem(source, path + "." + k, rr.line, rr.column, "missing key '" + k + "'"));
            }
        }
        return rr;
    }

    private Map<String, Located<Integer>> counts(String path, String[] keys) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        Map<String, Located<Integer>> out = new HashMap<>();
        if (!expect(JsonToken.START_OBJECT, path, "an object")) {
            return null;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            String kp = path + "." + key;
            p.nextToken();
            JsonLocation vat = p.currentTokenLocation();
            if (!List.of(keys).contains(key)) {
                unknown(kp, key, String.join(", ", keys));
            } else if (out.containsKey(key)) {
                problem(kp, "duplicate key '" + key + "'");
                p.skipChildren();
            } else {
                Integer n = integer(kp);
                if (n != null) {
                    out.put(key, new Located<>(n, kp, vat.getLineNr(), vat.getColumnNr()));
                }
            }
        }
        for (String k : keys) {
            if (!out.containsKey(k)) {
                problems.add(new Problem(source, path + "." + k, at.getLineNr(), at.getColumnNr(),
                        "missing count '" + k + "'"));
            }
        }
        return out;
    }

    /**
     * Rows: arrays of {@code min} to {@code min + 1} strings (the last optional string is a note), or, for units,
     * {@code min} strings and an optional object of extras. Paths are built only for problems.
     */
    private List<Row> rows(String path, int min, boolean units) throws IOException {
        List<Row> out = new ArrayList<>();
        if (!expect(JsonToken.START_ARRAY, path, "an array")) {
            return out;
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(row(path, i++, min, units));
        }
        return out;
    }

    private Row row(String base, int index, int min, boolean units) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        Row r = new Row();
        r.base = base;
        r.index = index;
        r.line = at.getLineNr();
        r.column = at.getColumnNr();
        r.extrasIndex = min;
        if (p.currentToken() != JsonToken.START_ARRAY) {
            expect(JsonToken.START_ARRAY, r.path(), "an array");
            return r;
        }
        boolean ok = true;
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
            if (units && i == min && t == JsonToken.START_OBJECT) {
                ok &= extras(r.path() + "[" + i + "]", r);
            } else if (i > min || (units && i == min)) {
                problem(r.path() + "[" + i + "]", units
                        ? "expected an object of extras (listedIn, otherNames) or the end of the row"
                        : "expected at most " + (min + 1) + " values");
                p.skipChildren();
                ok = false;
            } else if (t == JsonToken.VALUE_STRING) {
                String s = units && i < 2 ? shared(clean(p.getText())) : clean(p.getText());
                if (s.isEmpty()) {
                    problem(r.path() + "[" + i + "]", "must not be blank");
                    ok = false;
                } else {
                    r.cells.add(s);
                }
            } else {
                string(r.path() + "[" + i + "]"); // records the problem
                ok = false;
            }
        }
        if (i < min) {
            problems.add(new Problem(source, r.path(), r.line, r.column, "expected at least " + min
                    + " values, found " + i));
            ok = false;
        }
        r.ok = ok;
        return r;
    }

    private boolean extras(String path, Row r) throws IOException {
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            String kp = path + "." + key;
            p.nextToken();
            if (!seen.add(key)) {
                problem(kp, "duplicate key '" + key + "'");
                p.skipChildren();
                ok = false;
                continue;
            }
            switch (key) {
                case "listedIn":
                    r.listedIn = strings(kp);
                    if (r.listedIn.isEmpty()) {
                        problem(kp, "must name at least one source");
                        ok = false;
                    }
                    break;
                case "otherNames":
                    r.otherNames = strings(kp);
                    if (r.otherNames.isEmpty()) {
                        problem(kp, "must not be empty (leave the key out)");
                        ok = false;
                    }
                    break;
                default:
                    unknown(kp, key, "listedIn, otherNames");
                    ok = false;
            }
        }
        return ok;
    }

    @FunctionalInterface
    private interface Element {
        void read(int index, String path) throws IOException;
    }

    private void array(String path, Element element) throws IOException {
        if (!expect(JsonToken.START_ARRAY, path, "an array")) {
            return;
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            element.read(i, path + "[" + i + "]");
            i++;
        }
    }

    private List<String> strings(String path) throws IOException {
        List<String> out = new ArrayList<>();
        array(path, (i, ip) -> {
            String s = string(ip);
            if (s != null) {
                out.add(s);
            }
        });
        return out;
    }

    /** The current value as a non-blank string in NFC with single spaces, or null after a problem. */
    private String string(String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            problem(path, "expected a string, found " + describe(p.currentToken()));
            p.skipChildren();
            return null;
        }
        String s = clean(p.getText());
        if (s.isEmpty()) {
            problem(path, "must not be blank");
            return null;
        }
        return s;
    }

    /** One instance per distinct code or name kept by a unit (old and new units share many). */
    private String shared(String s) {
        return strings.computeIfAbsent(s, x -> x);
    }

    /**
     * NFC, stripped, every run of white space as one space; in one pass, the text itself when it is already so
     * (a character NFC may change is one at or above U+0300 outside the precomposed letters U+1E00–U+1EFF).
     */
    private static String clean(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean change = isSpace(c) ? c != ' ' || i == 0 || i == n - 1 || isSpace(s.charAt(i + 1))
                    : c >= 0x0300 && (c < 0x1E00 || c > 0x1EFF);
            if (change) {
                return WHITE_SPACE.matcher(UnitNames.nfc(s)).replaceAll(" ").strip();
            }
        }
        return s;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private Integer integer(String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            problem(path, "expected a whole number, found " + describe(p.currentToken()));
            p.skipChildren();
            return null;
        }
        try {
            int n = p.getIntValue();
            if (n < 0) {
                problem(path, "must not be negative: " + n);
                return null;
            }
            return n;
        } catch (IOException e) { // out of int range
            problem(path, "number out of range: " + p.getText());
            return null;
        }
    }

    private LocalDate date(String path, boolean nullable) throws IOException {
        if (nullable && p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            problem(path, "expected a date yyyy-MM-dd" + (nullable ? " or null" : "") + ", found "
                    + describe(p.currentToken()));
            p.skipChildren();
            return null;
        }
        try {
            return LocalDate.parse(p.getText());
        } catch (DateTimeParseException e) {
            problem(path, "expected a date yyyy-MM-dd, found '" + p.getText() + "'");
            return null;
        }
    }

    private boolean expect(JsonToken token, String path, String what) throws IOException {
        if (p.currentToken() != token) {
            problem(path, "expected " + what + ", found " + describe(p.currentToken()));
            p.skipChildren();
            return false;
        }
        return true;
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the document";
        }
        switch (t) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return t.toString();
        }
    }

    private void unknown(String path, String key, String known) throws IOException {
        problem(path, "unknown key '" + key + "'; known keys here: " + known);
        p.skipChildren();
    }

    /** A problem at the parser's current token. */
    private void problem(String path, String message) {
        JsonLocation at = p.currentTokenLocation();
        problems.add(new Problem(source, path, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), message));
    }

}
