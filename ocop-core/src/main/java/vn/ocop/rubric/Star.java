package vn.ocop.rubric;

import java.util.Locale;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * A star class ("hạng sao") of the OCOP rubric, 1★ to 5★ (Điều 3.3 of Decision 26/2026/QĐ-TTg).
 *
 * <p>Serialised to JSON as its number (1 to 5).
 */
public enum Star implements Localized {
    /** 1★: under 30 points. */
    ONE(1),
    /** 2★: 30 to under 50 points. */
    TWO(2),
    /** 3★: 50 to under 70 points; the lowest recognised class (certificate issued). */
    THREE(3),
    /** 4★: 70 to under 90 points. */
    FOUR(4),
    /** 5★: 90 to 100 points; recognised by the ministry. */
    FIVE(5);

    private final int level;

    Star(int level) {
        this.level = level;
    }

    /** @return the number of stars, 1 to 5 */
    public int level() {
        return level;
    }

    /** @return whether this class is recognised with a decision and a certificate (3★ and above, Điều 4.1) */
    public boolean isCertifiable() {
        return level >= 3;
    }

    /** @return the next higher class, or null for 5★ */
    public Star next() {
        return level == 5 ? null : of(level + 1);
    }

    /**
     * @param level 1 to 5
     * @return the star class
     * @throws IllegalArgumentException if the level is not 1 to 5
     */
    public static Star of(int level) {
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("star level must be 1 to 5, was " + level);
        }
        return values()[level - 1];
    }

    @Override
    public String toString() {
        return level + "★";
    }

    /**
     * @param locale the reader's locale, not null
     * @return the name in Vietnamese, or in English for an English locale
     */
    @Override
    public String text(Locale locale) {
        return Messages.of("rubric").text(locale, "star." + name());
    }
}
