package vn.ocop.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import vn.ocop.format.Formats;
import vn.ocop.format.Localized;

/**
 * The library's human-facing texts, read from UTF-8 {@code .properties} files beside this class's package in
 * {@code vn/ocop/format/<bundle>_vi.properties} and {@code <bundle>_en.properties}: Vietnamese unless the locale's
 * language is English (no fall-back to the JVM's default locale).
 *
 * <p>A text's placeholders are {@code {0}}, {@code {1}}…, replaced by the arguments: a {@link BigDecimal} is
 * written exactly with the language's decimal mark, a {@link LocalDate} in the language's date format, a
 * {@link Localized} value in the language, anything else (whole numbers included: a year is not grouped) with
 * {@code String.valueOf}. There is no quoting rule
 * (an apostrophe is an apostrophe).
 *
 * <p>Immutable and thread-safe; each bundle is read once.
 */
public final class Messages {
    private static final Map<String, Messages> LOADED = new ConcurrentHashMap<>();
    private final String name;
    private final Map<String, String> vietnamese;
    private final Map<String, String> english;

    private Messages(String name) {
        this.name = name;
        this.vietnamese = load(name + "_vi.properties");
        this.english = load(name + "_en.properties");
    }

    /**
     * @param bundle the bundle's base name (e.g. {@code "scoring"}), not null
     * @return its texts
     * @throws IllegalStateException if either language's file is missing or unreadable (a packaging bug)
     */
    public static Messages of(String bundle) {
        return LOADED.computeIfAbsent(bundle, Messages::new);
    }

    private static Map<String, String> load(String file) {
        String resource = "/vn/ocop/format/" + file;
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing message bundle " + resource);
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> m = new TreeMap<>();
            for (String k : p.stringPropertyNames()) {
                m.put(k, p.getProperty(k));
            }
            return Collections.unmodifiableMap(m);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read message bundle " + resource, e);
        }
    }

    /**
     * @param locale the reader's locale, not null
     * @param key the text's key, not null
     * @param args the values of its placeholders
     * @return the text in the locale's language with the placeholders replaced
     * @throws IllegalStateException if the bundle has no such key (a bug: every key exists in both languages)
     */
    public String text(Locale locale, String key, Object... args) {
        Formats f = Formats.of(locale);
        String pattern = (f.english() ? english : vietnamese).get(key);
        if (pattern == null) {
            throw new IllegalStateException("no text '" + key + "' in bundle " + name);
        }
        return args.length == 0 ? pattern : fill(pattern, f, args);
    }

    /**
     * @param english whether the English texts are meant
     * @return every key of that language's file
     */
    public Set<String> keys(boolean english) {
        return (english ? this.english : vietnamese).keySet();
    }

    /**
     * @param english whether the English text is meant
     * @param key a key
     * @return the raw pattern, or null
     */
    public String pattern(boolean english, String key) {
        return (english ? this.english : vietnamese).get(key);
    }

    private static String fill(String pattern, Formats f, Object[] args) {
        StringBuilder sb = new StringBuilder(pattern.length() + 16 * args.length);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                sb.append(index < args.length ? format(args[index], f) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean isIndex(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return to - from <= 2;
    }

    /**
     * @param value a placeholder's value, may be null
     * @param f the language's formats, not null
     * @return the value as this language writes it
     */
    public static String format(Object value, Formats f) {
        Objects.requireNonNull(f, "f");
        if (value instanceof BigDecimal) {
            return f.decimal((BigDecimal) value);
        }
        if (value instanceof LocalDate) {
            return f.date((LocalDate) value);
        }
        if (value instanceof Localized) {
            return ((Localized) value).text(f.locale());
        }
        return String.valueOf(value); // whole numbers plainly: a year or a set number is not grouped
    }
}
