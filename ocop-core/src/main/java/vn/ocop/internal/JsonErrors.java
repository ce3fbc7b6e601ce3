package vn.ocop.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.ocop.Problem;

/**
 * The one place that turns a JSON read failure into a {@link Problem}: file, line, column and JSON path, and a
 * message without the parser's source dump or class names.
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    /**
     * @param e a failure while reading JSON (a Jackson exception, or another I/O failure), not null
     * @param source the name of the file or stream, not null
     * @return the problem, with line, column and JSON path where known
     */
    public static Problem problem(IOException e, String source) {
        if (!(e instanceof JacksonException)) {
            return new Problem(source, "$", "cannot read: " + e.getMessage());
        }
        JacksonException j = (JacksonException) e;
        JsonLocation at = j.getLocation();
        int line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
        int column = line == 0 || at.getColumnNr() < 1 ? 0 : at.getColumnNr();
        if (e instanceof JsonMappingException) {
            JsonMappingException m = (JsonMappingException) e;
            Throwable root = rootCause(m);
            if (root instanceof StreamReadException) { // a syntax error met while mapping
                return new Problem(source, path(m), line, column,
                        "malformed JSON: " + ((StreamReadException) root).getOriginalMessage());
            }
            return new Problem(source, path(m), line, column, mappingMessage(m, root));
        }
        return new Problem(source, "$", line, column, "malformed JSON: " + j.getOriginalMessage());
    }

    private static Throwable rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String mappingMessage(JsonMappingException m, Throwable root) {
        if (m instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) m;
            Set<String> known = new TreeSet<>();
            for (Object o : u.getKnownPropertyIds() == null ? List.of() : u.getKnownPropertyIds()) {
                known.add(String.valueOf(o));
            }
            return "unknown key '" + u.getPropertyName() + "'; known keys here: " + known;
        }
        if (m instanceof ValueInstantiationException && m.getCause() != null && m.getCause().getMessage() != null) {
            return m.getCause().getMessage();
        }
        if (root != m && root.getMessage() != null) {
            return root.getMessage();
        }
        return m.getOriginalMessage();
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
