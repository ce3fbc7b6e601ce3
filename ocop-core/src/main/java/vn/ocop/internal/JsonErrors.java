package vn.ocop.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.Problem;

/**
 * The one place that turns a JSON read failure into a {@link Problem}: file, line, column and JSON path, and a
 * message from the {@code loading} bundle (Vietnamese by default, English on request) without the parser's source
 * dump, class names or English text. The few values the parser names (an unexpected character, a token, a limit)
 * are kept as arguments.
 */
public final class JsonErrors {
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("^Unexpected character \\('(.{1,2})' \\(code");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) '([^']{0,200})'");
    private static final Pattern ACCEPTED = Pattern.compile("not one of the values accepted for Enum class: (\\[[^\\]]{0,2000}\\])");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '([^']{0,40})");

    private JsonErrors() {
    }

    /**
     * @param e a failure while reading JSON (a Jackson exception, or another I/O failure), not null
     * @param source the name of the file or stream, not null
     * @return the problem, with line, column and JSON path where known
     */
    public static Problem problem(IOException e, String source) {
        if (!(e instanceof JacksonException)) {
            return Problem.of(source, "$", "loading:json.cannotRead", String.valueOf(e.getMessage()));
        }
        JacksonException j = (JacksonException) e;
        JsonLocation at = j.getLocation();
        int line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
        int column = line == 0 || at.getColumnNr() < 1 ? 0 : at.getColumnNr();
        if (e instanceof JsonMappingException) {
            JsonMappingException m = (JsonMappingException) e;
            Throwable root = rootCause(m);
            if (root instanceof StreamReadException) { // a syntax error met while mapping
                return syntax((StreamReadException) root, source, path(m), line, column);
            }
            return mapping(m, root, source, path(m), line, column);
        }
        return syntax(j, source, "$", line, column);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static Problem syntax(JacksonException e, String source, String path, int line, int column) {
        String m = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException || m.contains("exceeds the maximum allowed")) {
            String which = limit(m);
            return Problem.of(source, path, line, column, "loading:json.limit." + which, maximum(which));
        }
        if (m.startsWith("number out of range")) {
            return Problem.of(source, path, line, column, "loading:json.numberRange");
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return Problem.of(source, path, line, column, "loading:json.endOfInput");
        }
        Matcher d = DUPLICATE.matcher(m);
        if (d.find()) {
            return Problem.of(source, path, line, column, "loading:json.duplicateKey", d.group(1));
        }
        Matcher c = UNEXPECTED_CHAR.matcher(m);
        if (c.find()) {
            return Problem.of(source, path, line, column, "loading:json.unexpectedCharacter", c.group(1));
        }
        Matcher t = UNRECOGNIZED_TOKEN.matcher(m);
        if (t.find()) {
            return Problem.of(source, path, line, column, "loading:json.unrecognizedToken", t.group(1));
        }
        if (m.startsWith("Non-standard token")) {
            return Problem.of(source, path, line, column, "loading:json.nonStandardNumber");
        }
        return Problem.of(source, path, line, column, "loading:json.malformed");
    }

    private static String limit(String m) {
        if (m.contains("nesting depth")) {
            return "depth";
        }
        if (m.startsWith("String value length")) {
            return "string";
        }
        if (m.startsWith("Number value length")) {
            return "number";
        }
        return m.startsWith("Document length") ? "document" : "other";
    }

    private static Object maximum(String limit) {
        switch (limit) {
            case "depth":
                return JsonLimits.MAX_DEPTH;
            case "string":
                return JsonLimits.MAX_STRING_CHARS;
            case "number":
                return JsonLimits.MAX_NUMBER_CHARS;
            case "document":
                return JsonLimits.MAX_DOCUMENT_CHARS;
            default:
                return "";
        }
    }

    private static Problem mapping(JsonMappingException m, Throwable root, String source, String path, int line,
            int column) {
        if (m instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) m;
            Set<String> known = new TreeSet<>();
            for (Object o : u.getKnownPropertyIds() == null ? List.of() : u.getKnownPropertyIds()) {
                known.add(String.valueOf(o));
            }
            return Problem.of(source, path, line, column, "loading:json.unknownKey", u.getPropertyName(),
                    known.toString());
        }
        if (m instanceof ValueInstantiationException && m.getCause() != null && m.getCause().getMessage() != null) {
            // the domain type refused the value: its own message, as the library's checks write it
            return new Problem(source, path, line, column, m.getCause().getMessage());
        }
        if (root != m && root.getMessage() != null && !(root instanceof JacksonException)) {
            return new Problem(source, path, line, column, root.getMessage());
        }
        String original = String.valueOf(m.getOriginalMessage());
        if (original.startsWith("Missing required creator property")) {
            return Problem.of(source, path, line, column, "loading:json.missing");
        }
        Matcher accepted = ACCEPTED.matcher(original);
        if (m instanceof InvalidFormatException && ((InvalidFormatException) m).getValue() != null && accepted.find()) {
            return Problem.of(source, path, line, column, "loading:json.notOneOf",
                    String.valueOf(((InvalidFormatException) m).getValue()), accepted.group(1));
        }
        if (m instanceof InvalidFormatException && ((InvalidFormatException) m).getValue() != null) {
            InvalidFormatException f = (InvalidFormatException) m;
            return Problem.of(source, path, line, column, "loading:json.badValue", String.valueOf(f.getValue()),
                    new Term("loading", "type." + kind(f.getTargetType())));
        }
        if (m instanceof MismatchedInputException) {
            return Problem.of(source, path, line, column, "loading:json.wrongType",
                    new Term("loading", "type." + kind(((MismatchedInputException) m).getTargetType())));
        }
        return Problem.of(source, path, line, column, "loading:json.cannotMap");
    }

    /** @return the kind of JSON value a Java type is read from, as a key of the {@code loading} bundle */
    private static String kind(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == String.class || type == Character.class || type == char.class || type.isEnum()) {
            return "text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == BigInteger.class || type == Short.class || type == short.class) {
            return "whole";
        }
        if (type == BigDecimal.class || Number.class.isAssignableFrom(type) || type == double.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "date";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "object" : "value";
    }

    /**
     * @param m a mapping failure, not null
     * @return the JSON path of the value it is about ({@code $.members[2].answers}), {@code $} for the root
     */
    public static String path(JsonMappingException m) {
        StringBuilder sb = new StringBuilder("$");
        List<JsonMappingException.Reference> refs = m.getPath();
        if (m instanceof UnrecognizedPropertyException) {
            // the last reference may name the property being filled, not the unknown key: name the unknown key
            String unknown = ((UnrecognizedPropertyException) m).getPropertyName();
            if (!refs.isEmpty() && refs.get(refs.size() - 1).getFieldName() != null) {
                refs = refs.subList(0, refs.size() - 1);
            }
            return path(refs, sb).append('.').append(unknown).toString();
        }
        return path(refs, sb).toString();
    }

    private static StringBuilder path(List<JsonMappingException.Reference> refs, StringBuilder sb) {
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb;
    }
}
