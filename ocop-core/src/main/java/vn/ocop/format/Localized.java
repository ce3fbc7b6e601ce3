package vn.ocop.format;

import java.util.Locale;

/**
 * A value with a name a person reads, in Vietnamese (the default) and English: a star class, a status, a producer
 * type, a minimum policy. Human-facing text never shows an enum constant's name or an internal code; it shows this.
 *
 * <pre>{@code
 * ProducerType.HOP_TAC_XA.text(Formats.VIETNAMESE_LOCALE);   // "Hợp tác xã"
 * ProducerType.HOP_TAC_XA.text(Locale.ENGLISH);             // "cooperative"
 * }</pre>
 */
public interface Localized {
    /**
     * @param locale the reader's locale, not null; English for an English locale, Vietnamese for every other
     * @return the value's name in that language, not null
     */
    String text(Locale locale);

    /** @return the value's name in Vietnamese */
    default String text() {
        return text(Formats.VIETNAMESE_LOCALE);
    }
}
