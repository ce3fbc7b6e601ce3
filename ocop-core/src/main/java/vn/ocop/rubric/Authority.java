package vn.ocop.rubric;

import java.util.Locale;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * Which authority recognises a product with its classification (Điều 4.1 and 7.3–7.4 of Decision 26/2026).
 */
public enum Authority implements Localized {
    /** 1★ and 2★: no recognition decision and no certificate. */
    NONE,
    /**
     * 3★ under Decision 148/QĐ-TTg before Decision 1489/QĐ-TTg (until 2025-07-05): the district People's Committee
     * (UBND cấp huyện). Never the outcome of a 26/2026 evaluation; kept for historic certificates.
     */
    DISTRICT,
    /** 3★ and 4★: the Chairman of the provincial People's Committee (UBND cấp tỉnh). */
    PROVINCE,
    /** 5★ (mean of 90 or more and every 5★ minimum met): the Ministry of Agriculture and Environment. */
    MINISTRY;

    /**
     * Who recognises a product of a star class under Decision 26/2026 (Điều 4.1): the province for 3★ and 4★, the
     * ministry for 5★, nobody for 1★ and 2★ (no recognition decision, no certificate). The one place this rule is
     * written; procedure-dependent authorities of earlier decisions (a district under 148/2023) are
     * {@code ProcessRules}'s.
     *
     * @param stars a star class, or null for a rejected dossier
     * @return the recognising authority, {@link #NONE} for null, 1★ and 2★
     */
    public static Authority recognising(Star stars) {
        if (stars == null || !stars.isCertifiable()) {
            return NONE;
        }
        return stars == Star.FIVE ? MINISTRY : PROVINCE;
    }

    /**
     * @param locale the reader's locale, not null
     * @return the name in Vietnamese, or in English for an English locale
     */
    @Override
    public String text(Locale locale) {
        return Messages.of("rubric").text(locale, "authority." + name());
    }
}
