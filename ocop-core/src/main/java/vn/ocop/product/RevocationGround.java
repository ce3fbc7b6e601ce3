package vn.ocop.product;

import java.util.Locale;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/** The six grounds for revoking a certificate (Điều 8.1 of Decision 26/2026/QĐ-TTg). */
public enum RevocationGround implements Localized {
    /** a) untruthful information or forged dossier. */
    FALSE_DOSSIER("Điều 8.1.a"),
    /** b) no longer meets the rubric, per an inspection conclusion. */
    NO_LONGER_MEETS_CRITERIA("Điều 8.1.b"),
    /** c) violation of law on quality, food safety, environment, IP, labelling or other law. */
    LEGAL_VIOLATION("Điều 8.1.c"),
    /** d) misuse of the OCOP mark causing confusion. */
    MISUSE_OF_MARK("Điều 8.1.d"),
    /** đ) the producer no longer produces the product. */
    STOPPED_PRODUCING("Điều 8.1.đ"),
    /** e) other conclusion of a competent authority. */
    OTHER_AUTHORITY_FINDING("Điều 8.1.e");

    private final String citation;

    RevocationGround(String citation) {
        this.citation = citation;
    }

    /** @return the article */
    public String citation() {
        return citation;
    }

    /**
     * @param locale the reader's locale, not null
     * @return the name in Vietnamese, or in English for an English locale
     */
    @Override
    public String text(Locale locale) {
        return Messages.of("product").text(locale, "revocationGround." + name());
    }
}
