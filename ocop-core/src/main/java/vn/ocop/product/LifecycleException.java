package vn.ocop.product;

import java.util.Locale;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.format.Formats;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * Thrown for a step a product's life cannot take: revoking an expired certificate, upgrading to a lower star, a
 * re-evaluation filed outside its window, a revocation by an authority without the power to do it. Carries the
 * broken {@link LifecycleRule} (with its article) as data; the message gives the details and ends with the article.
 *
 * <pre>{@code
 * catch (LifecycleException e) {
 *     e.rule();              // LifecycleRule.REVOKING_AUTHORITY
 *     e.rule().citation();   // "Điều 8.2"
 * }
 * }</pre>
 *
 * <p>The message ({@link #getMessage()}) is in Vietnamese; {@link #text(Locale)} gives it in English on request.
 */
public final class LifecycleException extends OcopException implements Localized {
    private static final long serialVersionUID = 3L;
    /** The rule the step breaks. */
    private final LifecycleRule rule;
    /** Key of the detail in the {@code process} bundle, or null when the detail is a fixed text. */
    private final String key;
    /** The detail's arguments (dates, stars, authorities, ids), as their texts in Vietnamese. */
    private final String[] vi;
    /** The detail's arguments, as their texts in English. */
    private final String[] en;

    /**
     * @param rule the rule the step breaks, not null
     * @param detail what is wrong in this case (the certificate, the dates), not null
     */
    public LifecycleException(LifecycleRule rule, String detail) {
        super(Objects.requireNonNull(detail, "detail") + " (" + Objects.requireNonNull(rule, "rule").citation() + ")");
        this.rule = rule;
        this.key = null;
        this.vi = new String[] {detail};
        this.en = vi;
    }

    /**
     * An exception whose detail is a text of the {@code process} bundle, in Vietnamese (the message) and English.
     *
     * @param rule the rule the step breaks, not null
     * @param key the detail's key in the {@code process} bundle, prefixed {@code "lifecycle."} there, not null
     * @param args the detail's arguments: dates, stars, authorities and ids, each written in the reader's language
     */
    LifecycleException(LifecycleRule rule, String key, Object... args) {
        super(format(Formats.VIETNAMESE_LOCALE, rule, key, args));
        this.rule = rule;
        this.key = key;
        this.vi = texts(Formats.VIETNAMESE_LOCALE, args);
        this.en = texts(Locale.ENGLISH, args);
    }

    private static String[] texts(Locale locale, Object... args) {
        String[] out = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof Localized ? ((Localized) args[i]).text(locale)
                    : args[i] instanceof java.time.LocalDate ? Formats.of(locale).date((java.time.LocalDate) args[i])
                    : String.valueOf(args[i]);
        }
        return out;
    }

    private static String format(Locale locale, LifecycleRule rule, String key, Object... args) {
        return Messages.of("process").text(locale, "lifecycle." + Objects.requireNonNull(key, "key"),
                (Object[]) texts(locale, args)) + " (" + Objects.requireNonNull(rule, "rule").citation() + ")";
    }

    /**
     * @param locale the reader's locale, not null
     * @return the message in Vietnamese, or in English for an English locale (a detail given as a fixed text is
     *         returned as given)
     */
    @Override
    public String text(Locale locale) {
        if (key == null) {
            return getMessage();
        }
        boolean english = Formats.of(locale).english();
        return Messages.of("process").text(locale, "lifecycle." + key, (Object[]) (english ? en : vi)) + " ("
                + rule.citation() + ")";
    }

    /** @return the rule the step breaks, with its article */
    public LifecycleRule rule() {
        return rule;
    }
}
