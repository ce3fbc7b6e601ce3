package vn.ocop.internal.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import vn.ocop.InvalidInputException;
import vn.ocop.OcopException;
import vn.ocop.OcopJson;
import vn.ocop.Problem;
import vn.ocop.internal.JsonErrors;
import vn.ocop.internal.JsonTree;

/**
 * Reads a JSON document into records while reporting every problem, where {@link JsonDocuments} reports the one
 * Jackson stops at: a record of the given types is read key by key (an unknown key, a value of the wrong type, a
 * list element that fails: each a problem, and the reading goes on), then built with its canonical constructor,
 * whose own problems (an {@link InvalidInputException} with paths relative to the record) are placed under the
 * record's path. A record with a part that could not be read is still checked by its constructor for its other
 * parts (given the readable elements of a list, nothing for a value that failed), so that its own problems are
 * reported too; the problems that only echo the part that failed are left out. Any other value (an indicator, a date, a number) is bound by the library's mapper, one problem at
 * most. Every problem gets the file's name, its JSON path and, where the path is found, its line and column. Every
 * duplicate key of the document is a problem too.
 *
 * <p>Only records whose JSON keys are their component names and that are built through their canonical constructor
 * can be opened (a plan, its targets and allocations): their mix-ins must not rename or reshape them.
 */
public final class RecordReader {
    private static final ObjectMapper MAPPER = OcopJson.mapper();
    /** Marks a value that could not be read (its problems are recorded). */
    private static final Object FAILED = new Object();

    /** A list some of whose elements could not be read: the others. */
    private static final class Partial {
        final List<Object> readable;

        Partial(List<Object> readable) {
            this.readable = readable;
        }
    }
    private final String source;
    private final Set<Class<?>> open;
    private final List<Problem> problems = new ArrayList<>();

    private RecordReader(String source, Set<Class<?>> open) {
        this.source = source;
        this.open = Set.copyOf(open);
    }

    /**
     * @param in the document, UTF-8, not null; not closed
     * @param source the name of the file or stream, for problems, not null
     * @param type the type to bind to, not null
     * @param open the record types read key by key (the root's, if it is one, among them), not null
     * @param failure makes the exception to throw, not null
     * @param <T> the type
     * @return the value
     */
    public static <T> T read(InputStream in, String source, JavaType type, Set<Class<?>> open,
            JsonDocuments.Failure failure) {
        return read(in, source, type, open, failure, (T t) -> t);
    }

    /**
     * Reads a document, then builds the result from what was read; the problems of that last step (an
     * {@link InvalidInputException} whose paths are the document's: a registry's duplicate ids) are located in the
     * document like the others.
     *
     * @param in the document, UTF-8, not null; not closed
     * @param source the name of the file or stream, for problems, not null
     * @param type the type to bind to, not null
     * @param open the record types read key by key, not null
     * @param failure makes the exception to throw, not null
     * @param build makes the result from the value read, not null
     * @param <T> the type read
     * @param <R> the result
     * @return the result
     */
    public static <T, R> R read(InputStream in, String source, JavaType type, Set<Class<?>> open,
            JsonDocuments.Failure failure, Function<T, R> build) {
        String document = JsonDocuments.text(in, source, failure);
        List<Problem> syntax = new ArrayList<>();
        JsonTree.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), source, syntax);
        if (!syntax.isEmpty()) { // malformed (one problem, located) or duplicate keys (every one, located below)
            throw failure.of(located(syntax, source, document), null);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(document);
        } catch (IOException e) {
            throw failure.of(List.of(JsonErrors.problem(e, source)), e);
        }
        RecordReader r = new RecordReader(source, open);
        Object value = r.bind(root, "$", type);
        if (!r.problems.isEmpty() || value == FAILED || value instanceof Partial) {
            throw failure.of(located(r.problems, source, document), null);
        }
        @SuppressWarnings("unchecked")
        T t = (T) value;
        try {
            return build.apply(t);
        } catch (InvalidInputException e) {
            List<Problem> ps = new ArrayList<>();
            for (Problem p : e.problems()) {
                ps.add(p.at(source, p.path(), 0, 0));
            }
            throw failure.of(located(ps, source, document), e);
        }
    }

    /** @return the problems with their line and column where their path is found (those that have none) */
    private static List<Problem> located(List<Problem> ps, String source, String document) {
        List<Problem> unlocated = new ArrayList<>();
        List<Problem> out = new ArrayList<>();
        for (Problem p : ps) {
            if (p.line() == 0) {
                unlocated.add(p);
            }
        }
        List<Problem> relocated = JsonDocuments.relocate(unlocated, "$", source, document);
        int k = 0;
        for (Problem p : ps) {
            out.add(p.line() == 0 ? relocated.get(k++) : p);
        }
        return out;
    }

    private void problem(String path, String message) {
        problems.add(new Problem(source, path, message));
    }

    private Object bind(JsonNode node, String path, JavaType type) {
        Class<?> raw = type.getRawClass();
        if (open.contains(raw) && raw.isRecord()) {
            return record(node, path, raw);
        }
        if (Collection.class.isAssignableFrom(raw) && open.contains(type.getContentType().getRawClass())) {
            return list(node, path, type.getContentType());
        }
        return leaf(node, path, type);
    }

    private Object list(JsonNode node, String path, JavaType element) {
        if (!node.isArray()) {
            problem(path, "expected an array, found " + kind(node));
            return FAILED;
        }
        List<Object> out = new ArrayList<>(node.size());
        boolean failed = false;
        for (int i = 0; i < node.size(); i++) {
            JsonNode e = node.get(i);
            Object v = bind(e, path + "[" + i + "]", element);
            if (v == FAILED || v instanceof Partial) {
                failed = true;
            } else {
                out.add(v);
            }
        }
        return failed ? new Partial(out) : out;
    }

    private Object record(JsonNode node, String path, Class<?> type) {
        if (!node.isObject()) {
            problem(path, "expected an object, found " + kind(node));
            return FAILED;
        }
        RecordComponent[] components = type.getRecordComponents();
        Set<String> known = new TreeSet<>();
        for (RecordComponent c : components) {
            known.add(c.getName());
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!known.contains(key)) {
                problem(path + "." + key, "unknown key '" + key + "'; known keys here: " + known);
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            JsonNode v = node.get(c.getName());
            String at = path + "." + c.getName();
            if (v == null || v.isNull()) {
                if (c.getType().isPrimitive() && missing(at, c.getName())) {
                    return FAILED;
                }
                continue;
            }
            args[i] = bind(v, at, MAPPER.getTypeFactory().constructType(c.getGenericType()));
            if (args[i] == FAILED) {
                failed.add(at);
                args[i] = c.getType().isPrimitive() ? zero(c.getType()) : null;   // a primitive cannot be null
            } else if (args[i] instanceof Partial) {
                failed.add(at);
                args[i] = ((Partial) args[i]).readable;
            }
        }
        Object built = construct(type, types, args, path, failed);
        return failed.isEmpty() ? built : FAILED;
    }

    /** @return the default value of a primitive type (a stand-in for a part that failed, never reported) */
    private static Object zero(Class<?> primitive) {
        return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(primitive, 1), 0);
    }

    private boolean missing(String path, String key) {
        problem(path, "missing value for '" + key + "'");
        return true;
    }

    /**
     * Builds a record; its constructor's problems are recorded, but those under a part that already failed (its
     * reading was reported) are left out.
     */
    private Object construct(Class<?> type, Class<?>[] types, Object[] args, String path, List<String> failed) {
        try {
            Constructor<?> c = type.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidInputException) {
                for (Problem p : ((InvalidInputException) cause).problems()) {
                    String at = path + p.path().substring(p.path().startsWith("$") ? 1 : 0);
                    if (failed.stream().noneMatch(f -> at.equals(f) || at.startsWith(f + ".") || at.startsWith(f + "["))) {
                        problem(at, p.message());
                    }
                }
            } else if (!failed.isEmpty()) {
                return FAILED; // a failure of its own that may echo a part that failed: that part is reported
            } else if (cause instanceof OcopException || cause instanceof IllegalArgumentException
                    || cause instanceof NullPointerException) {
                problem(path, cause instanceof NullPointerException ? "missing value: " + cause.getMessage()
                        : cause.getMessage());
            } else {
                throw new IllegalStateException("reading " + type.getSimpleName() + " at " + path, cause);
            }
            return FAILED;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " cannot be read key by key", e);
        }
    }

    private Object leaf(JsonNode node, String path, JavaType type) {
        try {
            return MAPPER.readerFor(type).readValue(node);
        } catch (IOException e) {
            InvalidInputException inner = JsonDocuments.invalidInput(e);
            String at = e instanceof JsonMappingException
                    ? path + JsonErrors.path((JsonMappingException) e).substring(1) : path;
            if (inner != null) {
                for (Problem p : inner.problems()) {
                    problem(at + p.path().substring(p.path().startsWith("$") ? 1 : 0), p.message());
                }
            } else {
                problem(at, JsonErrors.problem(e, source).message());
            }
            return FAILED;
        }
    }

    private static String kind(JsonNode n) {
        return n.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
