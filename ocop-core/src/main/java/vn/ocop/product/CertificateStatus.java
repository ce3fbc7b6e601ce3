package vn.ocop.product;

import java.util.Locale;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/** Status of a certificate on a given date. */
public enum CertificateStatus implements Localized {
    /** Before the decision date. */
    NOT_YET_ISSUED,
    /** Within its 36 months (Điều 4.3). */
    VALID,
    /** Past its end date but kept valid while a re-evaluation is pending, at most 180 days (Điều 12.3). */
    EXTENDED,
    /** Past its end date (and any extension). */
    EXPIRED,
    /** Revoked (Điều 8). */
    REVOKED,
    /** Replaced by a newer certificate of the same product (upgrade or re-evaluation). */
    REPLACED;

    /**
     * @param locale the reader's locale, not null
     * @return the name in Vietnamese, or in English for an English locale
     */
    @Override
    public String text(Locale locale) {
        return Messages.of("product").text(locale, "certificateStatus." + name());
    }
}
