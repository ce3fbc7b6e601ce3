package vn.ocop.product;

import java.time.LocalDate;
import java.util.Locale;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * The evaluation procedure (levels and recognising authorities) in force at a time.
 */
public enum Procedure implements Localized {
    /** Decision 1048/QĐ-TTg (2019, with 781/2020): district, province and central councils. */
    QD_1048_2019("QD-1048-2019", LocalDate.of(2019, 8, 21)),
    /** Decision 148/QĐ-TTg Phụ lục II (2023): district recognises 3★, province 4★, central 5★. */
    QD_148_2023("QD-148-2023", LocalDate.of(2023, 2, 24)),
    /**
     * Decision 148 as amended by 1489/QĐ-TTg (from 2025-07-06, districts abolished): commune pre-check, province
     * recognises 3★ and 4★, Ministry of Agriculture and Environment 5★.
     */
    QD_148_AS_AMENDED_BY_1489("QD-148-2023", LocalDate.of(2025, 7, 6)),
    /** Decision 26/2026/QĐ-TTg (from 2026-05-22): commune pre-check, province 3★ and 4★, ministry 5★. */
    QD_26_2026("QD-26-2026", LocalDate.of(2026, 5, 22));

    private final String rubricEdition;
    private final LocalDate from;

    Procedure(String rubricEdition, LocalDate from) {
        this.rubricEdition = rubricEdition;
        this.from = from;
    }

    /** @return id of the rubric edition used with this procedure */
    public String rubricEdition() {
        return rubricEdition;
    }

    /** @return first day of the procedure */
    public LocalDate from() {
        return from;
    }

    /**
     * The procedure in force on a date for new dossiers (the transition of pending dossiers is
     * {@link ProcessRules#transition}).
     *
     * @param date a date on or after 2019-08-21, not null
     * @return the procedure
     * @throws LifecycleException before 2019-08-21 ({@link LifecycleRule#PROGRAMME_START})
     */
    public static Procedure inForceOn(LocalDate date) {
        Procedure found = null;
        for (Procedure p : values()) {
            if (!date.isBefore(p.from)) {
                found = p;
            }
        }
        if (found == null) {
            throw new LifecycleException(LifecycleRule.PROGRAMME_START, "no OCOP procedure before "
                    + QD_1048_2019.from + " (asked for " + date + ")");
        }
        return found;
    }

    /**
     * @param locale the reader's locale, not null
     * @return the name in Vietnamese, or in English for an English locale
     */
    @Override
    public String text(Locale locale) {
        return Messages.of("product").text(locale, "procedure." + name());
    }
}
