package vn.ocop.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import vn.ocop.Problem;

/**
 * Reads a JSON tree into values while collecting every problem (missing keys, unknown keys, wrong types)
 * with its JSON path, instead of stopping at the first.
 */
public final class Binder {
    /** Points, maxima and bands have at most this many digits before the decimal point (the law's are ≤ 100). */
    public static final int MAX_INTEGER_DIGITS = 4;
    /** … and at most this many decimal places (the law's have at most 2). */
    public static final int MAX_DECIMALS = 4;
    private final String source;
    private final List<Problem> problems;

    /**
     * @param source name of the file or stream, used in problems
     * @param problems receives the problems found
     */
    public Binder(String source, List<Problem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** @return the source name */
    public String source() {
        return source;
    }

    /**
     * Records a problem.
     *
     * @param path JSON path
     * @param message what is wrong
     */
    public void problem(String path, String message) {
        problems.add(new Problem(source, path, message));
    }

    /**
     * Records a problem said by a text of the {@code loading} bundle.
     *
     * @param path JSON path
     * @param key the text's key in the {@code loading} bundle
     * @param args the values of its placeholders
     */
    public void report(String path, String key, Object... args) {
        problems.add(Problem.of(source, path, "loading:" + key, args));
    }

    /**
     * Wraps an object node, checking its keys.
     *
     * @param node the node (may be null or not an object: a problem is recorded and null returned)
     * @param path its JSON path
     * @param allowed the keys the format defines
     * @return a reader for the object, or null
     */
    public Obj obj(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            report(path, "bind.object", found(node));
            return null;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!allowed.contains(k)) {
                report(path + "." + k, "bind.unknownKey", k, String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
        return new Obj(node, path);
    }

    private static Term found(JsonNode n) {
        return new Term("loading", "found." + (n == null ? "nothing" : n.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Reader for one JSON object. */
    public final class Obj {
        private final JsonNode node;
        private final String path;

        Obj(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        /** @return the JSON path of this object */
        public String path() {
            return path;
        }

        /**
         * @param key a key
         * @return the JSON path of the key
         */
        public String path(String key) {
            return path + "." + key;
        }

        /**
         * @param key a key
         * @return whether the key is present and not null
         */
        public boolean has(String key) {
            return node.hasNonNull(key);
        }

        private JsonNode get(String key, boolean required) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                if (required) {
                    report(path(key), "bind.missing", key);
                }
                return null;
            }
            return v;
        }

        /**
         * @param key key
         * @param required whether absence is a problem
         * @return the NFC text, or null
         */
        public String str(String key, boolean required) {
            JsonNode v = get(key, required);
            if (v == null) {
                return null;
            }
            if (!v.isTextual()) {
                report(path(key), "bind.string", found(v));
                return null;
            }
            String s = Text.nfc(v.textValue());
            if (required && s.isEmpty()) {
                report(path(key), "bind.blank");
            }
            return s;
        }

        /**
         * @param key key
         * @param required whether absence is a problem
         * @return the exact decimal, or null
         */
        public BigDecimal dec(String key, boolean required) {
            JsonNode v = get(key, required);
            if (v == null) {
                return null;
            }
            if (!v.isNumber()) {
                report(path(key), "bind.number", found(v));
                return null;
            }
            BigDecimal d = v.decimalValue();
            // magnitude first (cheap even for 1E+999999999), then decimal places
            if (d.signum() != 0 && d.precision() - d.scale() > MAX_INTEGER_DIGITS) {
                report(path(key), "bind.digits", MAX_INTEGER_DIGITS, d.toString());
                return null;
            }
            if (d.scale() > MAX_DECIMALS && d.stripTrailingZeros().scale() > MAX_DECIMALS) {
                report(path(key), "bind.decimals", MAX_DECIMALS, d.toString());
                return null;
            }
            return d;
        }

        /**
         * @param key key
         * @param required whether absence is a problem
         * @return the integer, or null
         */
        public Integer integer(String key, boolean required) {
            JsonNode v = get(key, required);
            if (v == null) {
                return null;
            }
            if (!v.isNumber() || v.decimalValue().stripTrailingZeros().scale() > 0) {
                report(path(key), "bind.whole", found(v));
                return null;
            }
            try {
                return v.decimalValue().intValueExact();
            } catch (ArithmeticException e) {
                report(path(key), "bind.range");
                return null;
            }
        }

        /**
         * @param key key
         * @return the boolean, false when absent
         */
        public boolean bool(String key) {
            JsonNode v = get(key, false);
            if (v == null) {
                return false;
            }
            if (!v.isBoolean()) {
                report(path(key), "bind.boolean", found(v));
                return false;
            }
            return v.booleanValue();
        }

        /**
         * @param key key
         * @param required whether absence is a problem
         * @return the ISO date, or null
         */
        public LocalDate date(String key, boolean required) {
            String s = str(key, required);
            if (s == null) {
                return null;
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                report(path(key), "bind.date", s);
                return null;
            }
        }

        /**
         * @param key key
         * @param required whether absence is a problem
         * @param allowed keys of the child object
         * @return the child reader, or null
         */
        public Obj child(String key, boolean required, Set<String> allowed) {
            JsonNode v = get(key, required);
            return v == null ? null : obj(v, path(key), allowed);
        }

        /**
         * @param key key
         * @param required whether absence is a problem
         * @param allowed keys of each element
         * @return readers for the elements (elements that are not objects are reported and skipped)
         */
        public List<Obj> objects(String key, boolean required, Set<String> allowed) {
            List<Obj> out = new ArrayList<>();
            JsonNode v = get(key, required);
            if (v == null) {
                return out;
            }
            if (!v.isArray()) {
                report(path(key), "bind.array", found(v));
                return out;
            }
            for (int i = 0; i < v.size(); i++) {
                Obj o = obj(v.get(i), path(key) + "[" + i + "]", allowed);
                if (o != null) {
                    out.add(o);
                }
            }
            return out;
        }

        /**
         * @param key key
         * @return the strings of an array (NFC), empty when absent
         */
        public List<String> strings(String key) {
            List<String> out = new ArrayList<>();
            JsonNode v = get(key, false);
            if (v == null) {
                return out;
            }
            if (!v.isArray()) {
                report(path(key), "bind.strings", found(v));
                return out;
            }
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                if (e == null || !e.isTextual()) {
                    report(path(key) + "[" + i + "]", "bind.string", found(e));
                } else {
                    out.add(Text.nfc(e.textValue()));
                }
            }
            return out;
        }
    }
}
