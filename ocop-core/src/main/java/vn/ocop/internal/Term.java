package vn.ocop.internal;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.format.Localized;

/**
 * A word or phrase of a message bundle used as the argument of another message (the kind of a JSON value, the name
 * of a field), written in the reader's language when the message is.
 *
 * <p>Immutable, thread-safe and serialisable (a problem's arguments travel with it).
 *
 * @param bundle the bundle's base name, not null
 * @param key the text's key in that bundle, not null
 * @param args the values of its placeholders (serialisable), not null
 */
public record Term(String bundle, String key, List<Object> args) implements Localized, Serializable {
    /**
     * @param bundle the bundle's base name, not null
     * @param key the text's key in that bundle, not null
     * @param args the values of its placeholders (serialisable), not null
     */
    public Term {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(key, "key");
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    /**
     * @param bundle the bundle's base name, not null
     * @param key the text's key in that bundle, not null
     * @param args the values of its placeholders
     */
    public Term(String bundle, String key, Object... args) {
        this(bundle, key, Arrays.asList(args));
    }

    @Override
    public String text(Locale locale) {
        return Messages.of(bundle).text(locale, key, args.toArray());
    }

    @Override
    public String toString() {
        return bundle + ":" + key;
    }
}
