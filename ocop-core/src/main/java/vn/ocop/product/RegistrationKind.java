package vn.ocop.product;

import java.util.Locale;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/** Kind of a registration for evaluation (Điều 6.1 of Decision 26/2026/QĐ-TTg). */
public enum RegistrationKind implements Localized {
    /** Đánh giá, phân hạng lần đầu: first evaluation. */
    FIRST,
    /** Đánh giá, nâng hạng: a recognised product registering for a higher star. */
    UPGRADE,
    /** Đánh giá, phân hạng lại: re-evaluation at the end of the 36-month validity. */
    REEVALUATION;

    /**
     * @param locale the reader's locale, not null
     * @return the name in Vietnamese, or in English for an English locale
     */
    @Override
    public String text(Locale locale) {
        return Messages.of("product").text(locale, "registrationKind." + name());
    }
}
