package vn.ocop.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.InvalidInputException;
import vn.ocop.OcopJson;
import vn.ocop.Problem;
import vn.ocop.internal.JsonErrors;
import vn.ocop.internal.JsonLimits;

/**
 * Reads one JSON document (a plan, a register of units, a registry, published statistics) into a domain type with
 * the library's mapper, and turns every failure into problems with the file, line, column and JSON path:
 * <ul>
 *   <li>a malformed document or a value of the wrong type: the one problem Jackson stops at, through
 *       {@link JsonErrors};</li>
 *   <li>a domain check that failed with an {@link InvalidInputException} while the document was bound (a register
 *       whose units overlap): every problem of that exception, its paths placed under the value that failed and
 *       located in the document.</li>
 * </ul>
 */
public final class JsonDocuments {
    private static final ObjectMapper MAPPER = OcopJson.mapper();
    /** A UTF-8 character takes at most 4 bytes. */
    private static final int MAX_BYTES = JsonLimits.MAX_DOCUMENT_CHARS * 4;

    /** Makes the exception a reader throws, from its problems and the underlying failure. */
    @FunctionalInterface
    public interface Failure {
        /**
         * @param problems the problems, not empty
         * @param cause the underlying failure
         * @return the exception to throw
         */
        InvalidInputException of(List<Problem> problems, Throwable cause);
    }

    private JsonDocuments() {
    }

    /**
     * @param in the document, UTF-8, not null; not closed
     * @param source the name of the file or stream, for problems, not null
     * @param type the type to bind to, not null
     * @param failure makes the exception to throw, not null
     * @param <T> the type
     * @return the value
     */
    public static <T> T read(InputStream in, String source, Class<T> type, Failure failure) {
        return read(in, source, MAPPER.constructType(type), failure);
    }

    /**
     * @param in the document, UTF-8, not null; not closed
     * @param source the name of the file or stream, for problems, not null
     * @param type the type to bind to (e.g. a list of values), not null
     * @param failure makes the exception to throw, not null
     * @param <T> the type
     * @return the value
     */
    public static <T> T read(InputStream in, String source, TypeReference<T> type, Failure failure) {
        return read(in, source, MAPPER.constructType(type), failure);
    }

    private static <T> T read(InputStream in, String source, JavaType type, Failure failure) {
        String document = text(in, source, failure);
        try {
            return MAPPER.readValue(document, type);
        } catch (IOException e) {
            InvalidInputException inner = invalidInput(e);
            if (inner != null && e instanceof JsonMappingException) {
                throw failure.of(relocate(inner.problems(), JsonErrors.path((JsonMappingException) e), source,
                        document), e);
            }
            throw failure.of(List.of(JsonErrors.problem(e, source)), e);
        }
    }

    /**
     * @return the document as text: UTF-8, a leading byte order mark dropped; columns of problems then count
     *         characters, not bytes
     */
    static String text(InputStream in, String source, Failure failure) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw failure.of(List.of(JsonErrors.problem(e, source)), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw failure.of(List.of(Problem.of(source, "$", "loading:json.limit.document",
                    JsonLimits.MAX_DOCUMENT_CHARS)), null);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = utf8.decode(buffer).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw failure.of(List.of(Problem.of(source, "$", "loading:json.notUtf8", buffer.position())), e);
        }
    }

    static InvalidInputException invalidInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInputException) {
                return (InvalidInputException) t;
            }
        }
        return null;
    }

    /**
     * @param problems problems whose paths are relative to the value that failed
     * @param at the JSON path of that value in the document
     * @param source the document's name
     * @param document the document
     * @return the problems with the document's name, their full paths, and line and column where found
     */
    static List<Problem> relocate(List<Problem> problems, String at, String source, String document) {
        List<String> paths = new ArrayList<>();
        for (Problem p : problems) {
            paths.add(at + p.path().substring(p.path().startsWith("$") ? 1 : 0));
        }
        Map<String, JsonLocation> where = locate(document, paths);
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            JsonLocation l = where.get(paths.get(i));
            int line = l == null ? 0 : Math.max(l.getLineNr(), 0);
            int column = line == 0 ? 0 : Math.max(l.getColumnNr(), 0);
            out.add(problems.get(i).at(source, paths.get(i), line, column));
        }
        return out;
    }

    /**
     * @param document a well-formed JSON document
     * @param paths JSON paths ({@code $.units[3].parent})
     * @return where the value at each path starts, for the paths found
     */
    static Map<String, JsonLocation> locate(String document, List<String> paths) {
        Map<String, String> byPointer = new HashMap<>();
        for (String p : paths) {
            byPointer.put(pointer(p), p);
        }
        Map<String, JsonLocation> found = new HashMap<>();
        try (JsonParser p = JsonLimits.factory().createParser(document)) {
            for (JsonToken t = p.nextToken(); t != null && found.size() < byPointer.size(); t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                String path = byPointer.get(p.getParsingContext().pathAsPointer().toString());
                if (path != null) {
                    found.putIfAbsent(path, p.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            // the document was bound before, so it is well-formed: what was found stays
        }
        return found;
    }

    /** @return the JSON pointer of a path: {@code $.units[3].parent} → {@code /units/3/parent} */
    static String pointer(String path) {
        StringBuilder sb = new StringBuilder();
        int i = path.startsWith("$") ? 1 : 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            int next;
            if (c == '[') {
                next = path.indexOf(']', i);
                next = next < 0 ? path.length() : next;
                sb.append('/').append(path, i + 1, next);
                i = next + 1;
            } else {
                int start = c == '.' ? i + 1 : i;
                next = start;
                while (next < path.length() && path.charAt(next) != '.' && path.charAt(next) != '[') {
                    next++;
                }
                sb.append('/').append(escape(path.substring(start, next)));
                i = next;
            }
        }
        return sb.length() == 0 ? JsonPointer.empty().toString() : sb.toString();
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
